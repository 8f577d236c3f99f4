import type { Generated } from 'kysely';

/**
 * Table types for Kysely. Portable conventions: ids are UUIDv7 text, booleans are 0/1 integers,
 * times are UTC ISO-8601 text, JSON is text, money is integer fen.
 */
export interface AgencyTable {
  id: string;
  parent_id: string | null;
  name: string;
  short_name: string;
  division_code: string | null;
  level: 'ministry' | 'province' | 'city' | 'county';
  /** Materialised path of ids, `/root/…/self/`, for "and below" scopes. */
  path: string;
  status: 'active' | 'inactive';
  sort_order: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface UnitTable {
  id: string;
  agency_id: string;
  parent_id: string | null;
  name: string;
  path: string;
  status: 'active' | 'inactive';
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  agency_id: string;
  unit_id: string | null;
  phone: string | null;
  password_hash: string;
  password_changed_at: string;
  must_change_password: number;
  status: 'active' | 'disabled';
  /** Set by an administrator's lock (permanent until unlocked) or left null. */
  admin_locked: number;
  totp_secret: string | null;
  totp_enabled: number;
  totp_last_step: number | null;
  is_demo: number;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PasswordHistoryTable {
  id: string;
  user_id: string;
  password_hash: string;
  created_at: string;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

/** Failures are counted per login name, existing or not, so a lockout reveals nothing. */
export interface LoginFailureTable {
  username: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface RoleTable {
  id: string;
  code: string;
  name: string;
  description: string | null;
  builtin: number;
  admin_kind: 'system' | 'security' | 'audit' | null;
  created_at: string;
  updated_at: string;
}

export interface RolePermissionTable {
  role_id: string;
  permission: string;
}

export interface UserRoleTable {
  id: string;
  user_id: string;
  role_id: string;
  data_scope: string;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  stage: 'full' | 'totp' | 'totpEnrol' | 'passwordChange';
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface ApiTokenTable {
  id: string;
  name: string;
  prefix: string;
  token_hash: string;
  permissions: string;
  agency_id: string;
  data_scope: string;
  created_by: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
  /** The business account the token acts for (null only on tokens revoked by migration 20261207T0702). */
  user_id: string | null;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: string | null;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  agency_id: string | null;
  ip: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: 'success' | 'failure' | 'denied';
  detail: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/** Rules as dated data: statutory numbers and thresholds with effective dates, per jurisdiction. */
export interface RuleValueTable {
  id: string;
  key: string;
  jurisdiction_agency_id: string | null;
  effective_from: string;
  effective_to: string | null;
  value: string;
  source: string | null;
  verified: number;
  note: string | null;
  created_at: string;
}

export interface JobTable {
  id: string;
  kind: string;
  payload: string;
  run_at: string;
  attempts: Generated<number>;
  locked_by: string | null;
  locked_until: string | null;
  done_at: string | null;
  last_error: string | null;
  created_at: string;
}

// --- 法律法规库 / 违法行为库 / 检查事项库 / 搜索 (modules/checklist, modules/search; migration 0003) ---

export interface LawTable {
  id: string;
  key: string | null;
  title: string;
  short_title: string;
  kind: string;
  issuer: string;
  created_at: string;
  updated_at: string;
}

export interface LawVersionTable {
  id: string;
  key: string | null;
  law_id: string;
  tag: string;
  title: string;
  document_number: string | null;
  adopted_on: string | null;
  effective_from: string;
  effective_to: string | null;
  source: string;
  text_source: string | null;
  verified: number;
  note: string | null;
  created_at: string;
  updated_at: string;
}

/** 条/款/项/目: an article has parent_id null; paragraph, item and sub_item narrow it down. */
export interface ProvisionTable {
  id: string;
  key: string | null;
  law_version_id: string;
  parent_id: string | null;
  article: number;
  paragraph: number | null;
  item: number | null;
  sub_item: number | null;
  heading: string | null;
  text: string;
  text_is_paraphrase: number;
  citation: string;
  note: string | null;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface ViolationTable {
  id: string;
  key: string | null;
  code: string;
  name: string;
  /** JSON array of 'unit' | 'person'. */
  party_kinds: string;
  status: string;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface ViolationProvisionTable {
  violation_id: string;
  provision_id: string;
  role: 'violated' | 'penalty';
  sort_order: number;
}

export interface DiscretionVersionTable {
  id: string;
  key: string | null;
  violation_id: string;
  effective_from: string;
  effective_to: string | null;
  basis: string;
  statutory_unit_min_fen: number | null;
  statutory_unit_max_fen: number | null;
  statutory_person_min_fen: number | null;
  statutory_person_max_fen: number | null;
  /** JSON array of OtherPenalty codes. */
  statutory_other_penalties: string;
  statutory_summary: string;
  verified: number;
  illustrative: number;
  source: string;
  note: string | null;
  created_at: string;
}

export interface DiscretionTierTable {
  id: string;
  key: string | null;
  version_id: string;
  level: number;
  label: string;
  circumstance: string;
  no_penalty: number;
  unit_min_fen: number | null;
  unit_max_fen: number | null;
  person_min_fen: number | null;
  person_max_fen: number | null;
  other_penalties: string;
  note: string | null;
}

export interface ChecklistTable {
  id: string;
  key: string | null;
  name: string;
  source_level: 'ministry' | 'province' | 'city' | 'county';
  owner_agency_id: string | null;
  version: number;
  status: string;
  effective_from: string;
  description: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface CheckUnitTable {
  id: string;
  key: string | null;
  checklist_id: string;
  name: string;
  sort_order: number;
  created_at: string;
}

export interface CheckItemTable {
  id: string;
  key: string | null;
  /** The id of the item's first version; shared by all its versions. */
  lineage_id: string;
  version: number;
  checklist_id: string;
  unit_id: string;
  code: string;
  sort_order: number;
  content: string;
  /** JSON array of CheckMethod. */
  methods: string;
  compliant_wording: string;
  non_compliant_wording: string;
  violation_id: string | null;
  /** JSON array of violation ids. */
  related_violation_ids: string;
  on_site_measure: string;
  on_site_default_days: number | null;
  major_hazard: number;
  needs_review: number;
  /** JSON array of Sector, or null for every sector. */
  sectors: string | null;
  /** JSON array of RiskFlag. */
  risk_flags: string;
  source_level: 'ministry' | 'province' | 'city' | 'county';
  owner_agency_id: string | null;
  status: 'draft' | 'legalReview' | 'published' | 'retired';
  note: string | null;
  created_by: string | null;
  created_by_name: string | null;
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitted_at: string | null;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: string | null;
  review_comment: string | null;
  published_at: string | null;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CheckItemProvisionTable {
  item_id: string;
  provision_id: string;
  role: 'basis' | 'onSite' | 'majorHazard';
  sort_order: number;
}

export interface CampaignTable {
  id: string;
  key: string | null;
  name: string;
  short_name: string;
  source_level: 'ministry' | 'province' | 'city' | 'county';
  owner_agency_id: string | null;
  parent_id: string | null;
  year: number;
  effective_from: string;
  effective_to: string | null;
  sectors: string | null;
  risk_flags: string;
  description: string;
  status: string;
  is_demo: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface CampaignItemTable {
  campaign_id: string;
  item_lineage_id: string;
  sort_order: number;
}

/** One searchable record of any module (modules/search); search_* columns hold normalised text. */
export interface SearchDocumentTable {
  id: string;
  entity_type: string;
  entity_id: string;
  /** The owning agency for scoped records; null = visible to everyone holding the type's permission. */
  agency_id: string | null;
  title: string;
  subtitle: string | null;
  body: string;
  search_title: string;
  search_text: string;
  sort_key: string;
  updated_at: string;
}

/** 检查对象名录库. JSON columns are text; see modules/registry/enterprise.repository.ts for the shapes. */
export interface EnterpriseTable {
  id: string;
  name: string;
  /** Not unique: two sites of one legal entity share it; (credit_code, name) is. */
  credit_code: string;
  legal_entity_name: string | null;
  registered_address: string | null;
  address: string | null;
  division_code: string | null;
  town: string | null;
  located_agency_id: string;
  supervising_agency_id: string | null;
  lon: number | null;
  lat: number | null;
  legal_representative: string | null;
  principal_name: string | null;
  principal_phone: string | null;
  safety_manager_name: string | null;
  safety_manager_phone: string | null;
  industry_code: string | null;
  sector: string;
  sector_confirmed: string | null;
  scale: string | null;
  employee_count: number | null;
  standardization_level: string | null;
  status: string;
  risk_flags: string;
  major_hazard_sources: string | null;
  principal_assessed: number | null;
  combustible_dust_types: string | null;
  ammonia_inventory_kg: number | null;
  confined_space_count: number | null;
  deep_well_casting_lines: number | null;
  hazardous_processes: string | null;
  note: string | null;
  completeness: number;
  completeness_missing: string;
  is_pilot: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface EnterpriseLicenceTable {
  id: string;
  enterprise_id: string;
  type: string;
  number: string | null;
  valid_from: string | null;
  valid_to: string | null;
  sort_order: number;
}

export interface EnterpriseChangeTable {
  id: string;
  enterprise_id: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  source: 'form' | 'import' | 'seed';
  field: string;
  label: string;
  old_value: string | null;
  new_value: string | null;
  request_id: string | null;
}

/** 执法检查人员名录库. */
export interface OfficerTable {
  id: string;
  user_id: string | null;
  name: string;
  gender: 'male' | 'female' | null;
  agency_id: string;
  unit_id: string | null;
  title: string | null;
  phone: string | null;
  cert_no: string;
  cert_issuer: string;
  cert_valid_from: string;
  cert_valid_to: string;
  status: 'active' | 'suspended' | 'left';
  specialties: string;
  note: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface OfficerRecusalTable {
  id: string;
  officer_id: string;
  enterprise_id: string;
  reason: string;
  valid_from: string;
  valid_to: string | null;
  is_demo: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** An approval chain of one agency for one object type; `steps` is JSON (ApprovalChainStepInput[]). */
export interface ApprovalChainTable {
  id: string;
  agency_id: string;
  object_type: string;
  name: string;
  version: number;
  steps: string;
  status: 'active' | 'inactive';
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

/** One approval of one object; `steps` is the chain version frozen when it was submitted. */
export interface ApprovalInstanceTable {
  id: string;
  agency_id: string;
  unit_id: string | null;
  object_type: string;
  object_id: string;
  title: string;
  summary: string | null;
  submitter_id: string;
  status: 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
  current_step: number | null;
  /** Incremented each time a step is (re)activated; tasks carry the round they belong to. */
  round: number;
  decisions_since_submit: number;
  chain_id: string;
  chain_version: number;
  chain_name: string;
  steps: string;
  /** Optimistic lock: every action bumps it, so two concurrent actions cannot both apply. */
  version: number;
  submitted_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface ApprovalTaskTable {
  id: string;
  instance_id: string;
  step_index: number;
  round: number;
  assignee_id: string;
  status: 'open' | 'approved' | 'returned' | 'rejected' | 'delegated' | 'cancelled';
  delegated_from: string | null;
  created_at: string;
  acted_at: string | null;
  /** When the next reminder is due while the task stays open. */
  remind_at: string | null;
  reminder_count: number;
}

export interface ApprovalActionTable {
  id: string;
  instance_id: string;
  seq: number;
  action: 'submit' | 'approve' | 'return' | 'reject' | 'withdraw' | 'delegate' | 'resubmit';
  step_index: number | null;
  step_name: string | null;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  opinion: string | null;
  to_step: number | null;
  to_user_id: string | null;
  to_user_name: string | null;
  at: string;
}

/** The built-in object type `generic:matter` (行政执法有关事项审批表-style free text). */
export interface ApprovalMatterTable {
  id: string;
  agency_id: string;
  unit_id: string | null;
  owner_id: string;
  title: string;
  content: string;
  status: 'draft' | 'pending' | 'returned' | 'approved' | 'rejected';
  created_at: string;
  updated_at: string;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface DB {
  agencies: AgencyTable;
  units: UnitTable;
  users: UserTable;
  password_history: PasswordHistoryTable;
  recovery_codes: RecoveryCodeTable;
  login_failures: LoginFailureTable;
  roles: RoleTable;
  role_permissions: RolePermissionTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  settings: SettingTable;
  audit_log: AuditLogTable;
  rule_values: RuleValueTable;
  jobs: JobTable;
  approval_chains: ApprovalChainTable;
  approval_instances: ApprovalInstanceTable;
  approval_tasks: ApprovalTaskTable;
  approval_actions: ApprovalActionTable;
  approval_matters: ApprovalMatterTable;
  notifications: NotificationTable;
  enterprises: EnterpriseTable;
  enterprise_licences: EnterpriseLicenceTable;
  enterprise_changes: EnterpriseChangeTable;
  officers: OfficerTable;
  officer_recusals: OfficerRecusalTable;
  laws: LawTable;
  law_versions: LawVersionTable;
  provisions: ProvisionTable;
  violations: ViolationTable;
  violation_provisions: ViolationProvisionTable;
  discretion_versions: DiscretionVersionTable;
  discretion_tiers: DiscretionTierTable;
  checklists: ChecklistTable;
  check_units: CheckUnitTable;
  check_items: CheckItemTable;
  check_item_provisions: CheckItemProvisionTable;
  campaigns: CampaignTable;
  campaign_items: CampaignItemTable;
  search_documents: SearchDocumentTable;
}

// --- 执法文书 (modules/document, platform/files; migration 0005) ---

/** The index of the content-addressed file store: write-once, the bytes live under DATA_DIR/files. */
export interface FileTable {
  sha256: string;
  sm3: string;
  size_bytes: number;
  media_type: string;
  created_at: string;
  created_by: string | null;
}

/** One captured evidence item (issue 9): its content-addressed original, thumbnail and capture metadata. */
export interface EvidenceObjectTable {
  id: string;
  sha256: string;
  declared_sha256: string;
  size_bytes: number;
  media_type: string;
  thumbnail_sha256: string | null;
  /** Device time at capture (ISO 8601), never overwritten. */
  captured_at: string;
  lat: number | null;
  lon: number | null;
  gps_accuracy_m: number | null;
  device_id: string;
  uploaded_by: string | null;
  received_at: string;
  /** 'local' or 's3': where the original was stored. */
  store: string;
}

export interface DocumentTypeTable {
  id: string;
  code: string;
  name: string;
  number_code: string | null;
  number_code_assumed: number;
  kind: 'internal' | 'served' | 'record' | 'thirdParty';
  stage: string;
  numbered: number;
  must_serve: number;
  needs_approval: number;
  seal: 'agencySeal' | 'enforcementSeal' | 'none';
  /** JSON array of signatory codes. */
  signatories: string;
  has_remedies: number;
  category: 'standard' | 'other';
  party_kind: 'organization' | 'individual' | null;
  doc_set: string;
  builtin: number;
  /** An agency's own type (Q6); null for the catalogue. */
  owner_agency_id: string | null;
  status: 'draft' | 'legalReview' | 'legalApproved' | 'active' | 'inactive' | 'rejected';
  legal_approval_id: string | null;
  legal_approved_at: string | null;
  filed_on: string | null;
  filed_with_agency_id: string | null;
  filing_reference: string | null;
  filed_by: string | null;
  activated_at: string | null;
  activated_by: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentTemplateVersionTable {
  type_code: string;
  version: string;
  registered_at: string;
}

export interface DocumentTemplateSettingTable {
  id: string;
  agency_id: string;
  type_code: string;
  version: string;
  effective_from: string;
  created_by: string | null;
  created_at: string;
}

export interface DocumentAgencySettingTable {
  agency_id: string;
  prefix: string;
  pattern: string;
  brackets: 'square' | 'hexagonal';
  mode: 'perType' | 'perCase';
  government: string | null;
  superior_agency: string | null;
  court: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface NumberingUnitSeriesTable {
  id: string;
  agency_id: string;
  unit_id: string;
  label: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface NumberingCounterTable {
  id: string;
  agency_id: string;
  series_key: string;
  year: number;
  last_serial: number;
  updated_at: string;
}

export interface NumberingReservationTable {
  id: string;
  agency_id: string;
  unit_id: string | null;
  type_code: string;
  series_key: string;
  year: number;
  from_serial: number;
  to_serial: number;
  device_id: string;
  officer_id: string;
  status: 'open' | 'closed';
  created_at: string;
  closed_at: string | null;
}

export interface DocumentNumberTable {
  id: string;
  agency_id: string;
  series_key: string;
  type_code: string;
  /** 文书简称 the serial counts for: types sharing one (罚 for 单位 and 个人) share the series. */
  number_code: string;
  year: number;
  serial: number;
  sub: number;
  /** The unit of a sub-series (its label is in the number), null for the agency's own series. */
  unit_id: string | null;
  number: string;
  status: 'issued' | 'voided' | 'reserved' | 'returned';
  document_id: string | null;
  reservation_id: string | null;
  case_key: string | null;
  issued_at: string | null;
  returned_at: string | null;
  void_reason: string | null;
  voided_at: string | null;
  voided_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentCaseSerialTable {
  agency_id: string;
  case_key: string;
  series_key: string;
  year: number;
  serial: number;
  created_at: string;
}

export interface DocumentSigningKeyTable {
  id: string;
  agency_id: string;
  public_key: string;
  /** SecretBox-sealed SM2 private key (hex inside). */
  private_key_sealed: string;
  status: 'active' | 'retired';
  created_at: string;
}

export interface DocumentTable {
  id: string;
  /** The first version's id; every correction shares it. */
  root_id: string;
  version_no: number;
  supersedes_id: string | null;
  superseded_by_id: string | null;
  correction_reason: string | null;
  agency_id: string;
  unit_id: string | null;
  owner_id: string;
  type_code: string;
  title: string;
  status: 'draft' | 'pendingApproval' | 'returned' | 'approved' | 'rejected' | 'issued' | 'served' | 'archived' | 'corrected' | 'voided';
  enterprise_id: string | null;
  /** JSON: the party as drafted (before issuance), or null when taken from the enterprise. */
  party: string | null;
  officer_ids: string;
  fields: string;
  case_key: string | null;
  payment_account_ids: string;
  /** JSON: signature images by role (party, witness …) as file sha256. */
  signature_files: string;
  use_unit_series: number;
  template_version: string | null;
  number: string | null;
  number_id: string | null;
  issued_on: string | null;
  issued_at: string | null;
  issued_by: string | null;
  /** JSON: the frozen render input (images as file references) the PDF was made from. */
  render_input: string | null;
  pdf_sha256: string | null;
  pdf_sm3: string | null;
  signature: string | null;
  signing_key_id: string | null;
  verify_id: string | null;
  approval_id: string | null;
  void_reason: string | null;
  voided_at: string | null;
  served_at: string | null;
  archived_at: string | null;
  row_version: number;
  created_at: string;
  updated_at: string;
}

export interface DocumentSealTable {
  id: string;
  agency_id: string;
  kind: 'agencySeal' | 'enforcementSeal';
  file_sha256: string;
  width: number;
  height: number;
  active: number;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface OfficerSignatureImageTable {
  id: string;
  officer_id: string;
  agency_id: string;
  file_sha256: string;
  active: number;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface PaymentAccountTable {
  id: string;
  agency_id: string;
  bank: string;
  account_name: string;
  account_number: string;
  active: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface ServiceConsentTable {
  id: string;
  agency_id: string;
  enterprise_id: string | null;
  party_name: string;
  party_code: string | null;
  channel: string;
  address: string;
  signed_on: string;
  file_sha256: string | null;
  revoked_at: string | null;
  created_by: string | null;
  created_at: string;
}

export interface DocumentServiceTable {
  id: string;
  document_id: string;
  agency_id: string;
  method: 'direct' | 'left' | 'post' | 'entrusted' | 'publicNotice' | 'electronic';
  served_at: string;
  recipient: string;
  place: string;
  receiver_relation: string | null;
  witness_name: string | null;
  witness_signature_sha256: string | null;
  recipient_signature_sha256: string | null;
  receipt_sha256: string | null;
  consent_id: string | null;
  note: string | null;
  receipt_document_id: string | null;
  recorded_by: string;
  created_at: string;
}

/** The documents module's tables, merged into DB (declaration merging keeps this block self-contained). */
export interface DB {
  files: FileTable;
  evidence_objects: EvidenceObjectTable;
  document_types: DocumentTypeTable;
  document_template_versions: DocumentTemplateVersionTable;
  document_template_settings: DocumentTemplateSettingTable;
  document_agency_settings: DocumentAgencySettingTable;
  numbering_unit_series: NumberingUnitSeriesTable;
  numbering_counters: NumberingCounterTable;
  numbering_reservations: NumberingReservationTable;
  document_numbers: DocumentNumberTable;
  document_case_serials: DocumentCaseSerialTable;
  document_signing_keys: DocumentSigningKeyTable;
  documents: DocumentTable;
  document_seals: DocumentSealTable;
  officer_signature_images: OfficerSignatureImageTable;
  payment_accounts: PaymentAccountTable;
  service_consents: ServiceConsentTable;
  document_services: DocumentServiceTable;
}

/** Login attempts per fixed window, keyed by account, IP, or both (shared by every process). */
export interface LoginAttemptTable {
  key: string;
  window_start: string;
  attempts: number;
}

export interface DB {
  login_attempts: LoginAttemptTable;
}

// ── issue 8: legal gates of documents (migration 20261207T0802-document-legal-gates) ─────────────

/** obligation = a mandatory provision (义务性条款), penalty = 罚则, procedure = 程序性条款. */
export type ProvisionKind = 'obligation' | 'penalty' | 'procedure';

export interface ProvisionTable {
  /** Null for a provision not yet classified. */
  kind?: ProvisionKind | null;
}

export interface DocumentServiceTable {
  /** 公告送达: the recorded ground (受送达人下落不明 / 其他方式无法送达). */
  public_notice_ground?: string | null;
  /** 公告送达: JSON list of the failed attempts it rests on ({ method, attemptedOn, result }). */
  failed_attempts?: string | null;
}

/** A citation of an issued document, resolved against the law library in the version in force on its date. */
export interface DocumentCitationTable {
  id: string;
  document_id: string;
  /** Field path in the document's fields, e.g. `violatedProvisions`, `problems.0.violatedProvision`. */
  path: string;
  role: 'violated' | 'penalty' | 'basis';
  /** The date the version was chosen for (the act's date for the violated provision). */
  relevant_date: string;
  provision_id: string | null;
  law_version_id: string | null;
  /** The citation as rendered from the library, or the drafter's text when it did not resolve. */
  citation: string;
  resolved: number;
  /** Why it was issued although it did not resolve. */
  reason: string | null;
  created_at: string;
}

/** Per draft: the date of the act (for the violated provisions) and reasons recorded for unresolved citations. */
export interface DocumentCitationSettingTable {
  document_id: string;
  act_date: string | null;
  /** JSON object: field path → reason. */
  reasons: string;
  updated_by: string;
  updated_at: string;
}

export interface DB {
  document_citations: DocumentCitationTable;
  document_citation_settings: DocumentCitationSettingTable;
}

// --- 分级分类, plans, schemes, draws, tasks, 一公开 (modules/planning, modules/draw; migration 20261207T1101) ---

export interface EnterpriseRiskInputTable {
  enterprise_id: string;
  credit_status: 'good' | 'normal' | 'poor' | 'dishonest';
  last_accident_on: string | null;
  last_fatal_accident_on: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface EnterpriseClassTable {
  enterprise_id: string;
  year: number;
  agency_level: string;
  risk_class: string;
  frequency_floor: number;
  frequency_cap: number;
  history_id: string;
  computed_at: string;
}

export interface EnterpriseClassHistoryTable {
  id: string;
  enterprise_id: string;
  run_id: string;
  year: number;
  agency_level: string;
  risk_class: string;
  frequency_floor: number;
  frequency_cap: number;
  rule_id: string | null;
  /** JSON: the inputs that decided the class. */
  inputs: string;
  /** JSON string[]: why, in Chinese. */
  reasons: string;
  computed_at: string;
}

export interface ClassificationRunTable {
  id: string;
  year: number;
  trigger: 'command' | 'demand' | 'yearly';
  agency_id: string | null;
  enterprise_count: number;
  counts: string;
  started_at: string;
  finished_at: string;
  actor_id: string | null;
}

export interface AnnualPlanTable {
  id: string;
  agency_id: string;
  unit_id: string | null;
  owner_id: string;
  year: number;
  title: string;
  /** Percent of the plan's inspections drawn at random (双随机). */
  random_ratio: number;
  random_pool_size: number;
  note: string | null;
  status: 'draft' | 'pending' | 'returned' | 'approved' | 'rejected';
  approval_id: string | null;
  approved_at: string | null;
  filed_with_agency_id: string | null;
  filed_on: string | null;
  filing_reference: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanItemTable {
  id: string;
  plan_id: string;
  sort_order: number;
  name: string;
  campaign_id: string | null;
  basis: string | null;
  content: string | null;
  method: 'key' | 'random' | 'mixed';
  sector: string | null;
  key_count: number;
  random_count: number;
  frequency: number;
  frequency_cap: number;
  /** JSON number[] (1–12). */
  months: string;
  unit_id: string | null;
  joint_departments: string | null;
  note: string | null;
}

export interface PlanKeyEnterpriseTable {
  plan_id: string;
  enterprise_id: string;
  reason: string | null;
}

export interface MonthlyPlanTable {
  id: string;
  plan_id: string;
  item_id: string;
  month: number;
  unit_id: string | null;
  sector: string | null;
  planned_count: number;
}

export interface InspectionSchemeTable {
  id: string;
  agency_id: string;
  unit_id: string | null;
  owner_id: string;
  plan_id: string | null;
  plan_item_id: string | null;
  title: string;
  inspection_kind: string;
  basis: string;
  /** JSON {content, method}[]. */
  items: string;
  /** JSON {enterpriseId, officerIds[]}[]. */
  objects: string;
  start_on: string;
  end_on: string;
  status: 'draft' | 'pending' | 'returned' | 'approved' | 'rejected';
  approval_id: string | null;
  document_ids: string;
  created_at: string;
  updated_at: string;
}

export interface DrawTable {
  id: string;
  agency_id: string;
  unit_id: string | null;
  owner_id: string;
  plan_id: string | null;
  plan_item_id: string | null;
  title: string;
  attempt_no: number;
  previous_id: string | null;
  redraw_reason: string | null;
  filters: string;
  strata: string;
  officers_per_enterprise: number;
  draw_date: string;
  due_from: string;
  due_to: string;
  /** JSON: the frozen pool, canonically ordered. */
  pool: string;
  officers: string;
  exclusions: string;
  pool_hash: string;
  officer_hash: string;
  seed_commitment: string;
  /** Secret until revealed (never sent before `seed_revealed`). */
  seed: string;
  seed_revealed: number;
  result: string | null;
  status: 'committed' | 'drawn' | 'voided';
  void_reason: string | null;
  committed_at: string;
  committed_by: string;
  drawn_at: string | null;
  drawn_by: string | null;
  voided_at: string | null;
}

export interface InspectionTaskTable {
  id: string;
  agency_id: string;
  unit_id: string | null;
  enterprise_id: string;
  source_kind: 'scheme' | 'draw';
  source_id: string;
  plan_id: string | null;
  title: string;
  due_from: string;
  due_to: string;
  state: 'assigned' | 'inProgress' | 'done' | 'cancelled';
  completed_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface InspectionTaskOfficerTable {
  task_id: string;
  officer_id: string;
  sort_order: number;
}

export interface PublicNoticeTable {
  id: string;
  agency_id: string;
  kind: 'drawPlan' | 'drawResult' | 'inspectionOutcome' | 'penaltyDecision';
  object_type: string;
  object_id: string;
  title: string;
  /** JSON, personal data already masked. */
  body: string;
  formed_on: string;
  due_on: string;
  status: 'published' | 'withdrawn';
  published_at: string | null;
  withdraw_reason: string | null;
  withdraw_due_on: string | null;
  withdrawn_at: string | null;
  created_at: string;
}

export interface DB {
  enterprise_risk_inputs: EnterpriseRiskInputTable;
  enterprise_classes: EnterpriseClassTable;
  enterprise_class_history: EnterpriseClassHistoryTable;
  classification_runs: ClassificationRunTable;
  annual_plans: AnnualPlanTable;
  plan_items: PlanItemTable;
  plan_key_enterprises: PlanKeyEnterpriseTable;
  monthly_plans: MonthlyPlanTable;
  inspection_schemes: InspectionSchemeTable;
  draws: DrawTable;
  inspection_tasks: InspectionTaskTable;
  inspection_task_officers: InspectionTaskOfficerTable;
  public_notices: PublicNoticeTable;
}
