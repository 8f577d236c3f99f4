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
}
