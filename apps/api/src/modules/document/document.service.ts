import { DocumentRenderError, getTemplate, renderDocx, renderPdf, sm2Sign, sm3Hex, type AgencySnapshot, type PartySnapshot } from '@zhifa/documents';
import { Permission, type DocumentDetail, type DocumentListItem, type FieldError, type Page, type PartyInput, type DocumentCreate as DocumentCreateSchema, type DocumentUpdate as DocumentUpdateSchema } from '@zhifa/shared';
import type { ApprovalObjectView } from '@zhifa/shared/contract/approval';
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import type { z } from 'zod';
import { emptyScope, scopeFor } from '../../platform/auth/scope';
import type { DocumentTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import { fileStoreFor, FileIntegrityError } from '../../platform/files/file-store';
import { findFile, recordFile } from '../../platform/files/file.repository';
import type { Ctx } from '../../platform/http/context';
import { AppError, conflict, forbidden, invalidField, invalidFields, notFound, unauthenticated } from '../../platform/http/errors';
import { ErrorCode } from '@zhifa/shared';
import { newId } from '../../platform/ids';
import * as enterprises from '../registry/enterprise.service';
import * as officers from '../registry/officer.service';
import { documentObjectType, hasActiveChain, submitForApproval, uniqueViolation, type ApprovalObjectType } from './approval-adapter';
import { approvalCellKeys, withApprovalCells } from './approval-cells';
import { checkDraftable, checkDraftFields, checkDraftOfficers, withoutSystemFields } from './document-fields';
import { decide, documentStatusLabel, type DocumentCommand, type DocumentStatus } from './document-state';
import { filesOf, hydrate, loadImages, type FrozenInput, type SignatureRole } from './document-render';
import * as typeRepo from './document-type.repository';
import * as gates from './issue-gates';
import { fieldsSchemaFor, versionInForce } from './document-type.service';
import { labelledFields } from './document-field-view';
import * as repo from './document.repository';
import * as numbering from './numbering.service';
import { serviceDeadlinesOf, servicesOfDocument } from './serving-queries';
import { signingKeyFor, publicKeyOf } from './signing-keys';
import { displayToken, mintVerifyToken } from './verify-token';

/**
 * 执法文书: drafts, approval, issuance (number, frozen PDF in the file store with its SM3 hash,
 * SM2 signature of the agency, seal), corrections as new versions, voiding, archiving, downloads.
 */

type CreateInput = z.output<typeof DocumentCreateSchema>;
type UpdateInput = z.output<typeof DocumentUpdateSchema>;

interface OfficerRef {
  id: string;
  name: string;
  certNo: string;
}
interface StoredParty {
  source: 'enterprise' | 'manual';
  party: PartyInput;
}

const ISSUED: DocumentStatus[] = ['issued', 'served', 'archived', 'corrected', 'voided'];

function userActor(ctx: Ctx) {
  if (!ctx.actor) throw unauthenticated();
  if (ctx.actor.kind !== 'user') throw forbidden('接口令牌不能起草或签发文书');
  return ctx.actor;
}

/** The same request with the data scope of another permission (registry look-ups). */
const scopedFor = (ctx: Ctx, p: Permission): Ctx => ({ ...ctx, scope: ctx.actor ? scopeFor(ctx.actor, p) : emptyScope() });
const store = (ctx: Pick<Ctx, 'config'>) => fileStoreFor(ctx.config.dataDir);
const today = (ctx: Ctx): string => toChinaDate(ctx.clock.now());

const parseJson = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);
const officersOf = (r: Pick<DocumentTable, 'officer_ids'>): OfficerRef[] => parseJson<OfficerRef[]>(r.officer_ids, []);
const partyOf = (r: Pick<DocumentTable, 'party'>): StoredParty | null => parseJson<StoredParty | null>(r.party, null);
const signatureFilesOf = (r: Pick<DocumentTable, 'signature_files'>): Partial<Record<SignatureRole, string | null>> => parseJson(r.signature_files, {});

/** A FileIntegrityError from the store is the server's fault, not the client's: say so plainly. */
function integrity(e: unknown): never {
  if (e instanceof FileIntegrityError) throw new AppError(500, ErrorCode.Internal, `文件校验失败：存储的文件与登记的哈希不一致，请联系系统管理员（${e.sha256.slice(0, 12)}）`);
  throw e;
}

// ── types and approval requirement ────────────────────────────────────────────────────────────

async function typeOf(ctx: Ctx, code: string): Promise<typeRepo.TypeRow> {
  const t = await typeRepo.findType(ctx.db, code);
  if (!t) throw notFound('文书类型');
  return t;
}

/** A type a drafter of this agency may use now: active, a catalogue type or one of the agency's own, with a template. */
async function usableType(ctx: Ctx, code: string, agencyId: string): Promise<typeRepo.TypeRow> {
  const t = await typeRepo.findType(ctx.db, code);
  if (!t || (t.owner_agency_id && t.owner_agency_id !== agencyId)) throw invalidField('body.typeCode', `文书类型：“${code}”不存在`);
  if (t.status !== 'active') throw invalidField('body.typeCode', `文书类型：“${t.name}”尚未启用`);
  try {
    getTemplate(t.code);
  } catch {
    throw conflict(`文书类型“${t.name}”还没有模板（@zhifa/documents 中需有同名模板模块），暂不能起草`);
  }
  return t;
}

/** The type needs approval, or the agency configured an approval chain for it. */
async function approvalNeeded(db: Ctx['db'] | Tx, agencyId: string, t: Pick<typeRepo.TypeRow, 'needs_approval' | 'code'>): Promise<boolean> {
  return t.needs_approval === 1 || gates.declaresApproval(t.code) || (await hasActiveChain(db, agencyId, documentObjectType(t.code)));
}

const facts = (t: typeRepo.TypeRow, needsApproval: boolean) => ({ needsApproval, served: t.kind === 'served' || t.kind === 'thirdParty', ...gates.typeFacts(t.code) });

// ── references in a draft: party, officers, accounts, signature images ────────────────────────

function partyFromEnterprise(e: Awaited<ReturnType<typeof enterprises.getEnterprise>>): PartyInput {
  return {
    kind: 'organization',
    name: e.name,
    creditCode: e.creditCode,
    address: e.address ?? e.registeredAddress ?? null,
    legalRepresentative: e.legalRepresentative ?? e.principalName ?? null,
    phone: e.principalPhone ?? null,
  };
}

async function enterpriseOrNull(ctx: Ctx, id: string) {
  return enterprises.getEnterprise(scopedFor(ctx, Permission.EnterpriseRead), id).catch((e: unknown) => {
    if (e instanceof AppError && e.status === 404) return null;
    throw e;
  });
}

async function officerOrNull(ctx: Ctx, id: string) {
  return officers.getOfficer(scopedFor(ctx, Permission.OfficerRead), id).catch((e: unknown) => {
    if (e instanceof AppError && e.status === 404) return null;
    throw e;
  });
}

async function checkSignatureFiles(ctx: Ctx, files: Partial<Record<string, string | null>> | undefined): Promise<void> {
  for (const [role, sha] of Object.entries(files ?? {})) {
    if (!sha) continue;
    const f = await findFile(ctx.db, sha);
    if (!f || f.media_type !== 'image/png') throw invalidField(`body.signatureFiles.${role}`, '签名图片：应为已上传的 PNG 签名图片');
  }
}

async function resolveParty(ctx: Ctx, enterpriseId: string | null | undefined, party: PartyInput | null | undefined): Promise<StoredParty | null> {
  if (enterpriseId) {
    const e = await enterpriseOrNull(ctx, enterpriseId);
    if (!e) throw invalidField('body.enterpriseId', '当事人（企业库）：不存在或不在您的数据范围内');
    return party ? { source: 'manual', party } : { source: 'enterprise', party: partyFromEnterprise(e) };
  }
  return party ? { source: 'manual', party } : null;
}

async function resolveOfficers(ctx: Ctx, ids: string[]): Promise<OfficerRef[]> {
  if (new Set(ids).size !== ids.length) throw invalidField('body.officerIds', '执法人员：同一人不能选两次');
  const out: OfficerRef[] = [];
  for (const [i, id] of ids.entries()) {
    const o = await officerOrNull(ctx, id);
    if (!o) throw invalidField(`body.officerIds.${i}`, '执法人员：不存在或不在您的数据范围内');
    out.push({ id: o.id, name: o.name, certNo: o.certNo });
  }
  return out;
}

/** Officers by registry id, checked against the caller's officer scope (送达人 of a service record). */
export const officerRefsFor = (ctx: Ctx, ids: string[]): Promise<OfficerRef[]> => resolveOfficers(ctx, ids);

async function checkAccounts(ctx: Ctx, agencyId: string, ids: string[]): Promise<void> {
  const rows = await repo.paymentAccountsByIds(ctx.db, agencyId, ids);
  ids.forEach((id, i) => {
    const r = rows.find((a) => a.id === id);
    if (!r || !r.active) throw invalidField(`body.paymentAccountIds.${i}`, '缴款账户：应从本机关配置的在用账户中选择（问题解释第4条）');
  });
}

// ── reading ───────────────────────────────────────────────────────────────────────────────────

function toListItem(r: repo.DocumentRow): DocumentListItem {
  return {
    id: r.id, rootId: r.root_id, versionNo: r.version_no, typeCode: r.type_code, typeName: r.type_name ?? r.type_code, title: r.title, number: r.number, status: r.status,
    partyName: partyOf(r)?.party.name ?? null, ownerName: r.owner_name, agencyName: r.agency_name, issuedOn: r.issued_on, updatedAt: r.updated_at,
  };
}

export async function listDocuments(ctx: Ctx, q: { box: 'mine' | 'all'; page: number; pageSize: number; status?: DocumentStatus | undefined; typeCode?: string | undefined; q?: string | undefined }): Promise<Page<DocumentListItem>> {
  const actor = userActor(ctx);
  const { rows, total } = await repo.listDocuments(ctx.db, ctx.scope, { ...q, ownerId: actor.id }, q.page, q.pageSize);
  return { items: rows.map(toListItem), total, page: q.page, pageSize: q.pageSize };
}

async function scopedDocument(ctx: Ctx, id: string): Promise<repo.DocumentRow> {
  const row = await repo.findDocument(ctx.db, ctx.scope, id);
  if (!row) throw notFound('文书');
  return row;
}

/** Template fields with the chosen payment accounts filled in (Q4), when the template lists accounts. */
async function fieldsWithAccounts(db: Ctx['db'] | Tx, row: Pick<DocumentTable, 'id' | 'fields' | 'payment_account_ids' | 'agency_id' | 'type_code' | 'approval_id'>, version: string, date?: string): Promise<Record<string, unknown>> {
  // Approval opinions come from the approval engine, never from what is stored (issue 8).
  const typed = await withApprovalCells(db, row.approval_id, row.type_code, version, parseJson<Record<string, unknown>>(row.fields, {}));
  // Citations as the law library cites them (issue 8), for the date of issue.
  const fields = date ? await gates.renderCitations(db, row, typed, date) : typed;
  const shape = (getTemplate(row.type_code, version).fields as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape || !('paymentAccounts' in shape)) return fields;
  const ids = parseJson<string[]>(row.payment_account_ids, []);
  const accounts = await repo.paymentAccountsByIds(db, row.agency_id, ids);
  return { ...fields, paymentAccounts: ids.flatMap((id) => accounts.filter((a) => a.id === id).map((a) => ({ bank: a.bank, accountName: a.account_name, accountNumber: a.account_number }))) };
}

const issuePath = (path: string): string => (path ? `body.${path}` : 'body');

/** What still prevents issuance, as field errors (empty = ready). */
async function draftProblems(db: Ctx['db'] | Tx, row: repo.DocumentRow, t: typeRepo.TypeRow, date: string): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const { version } = await versionInForce(db, row.agency_id, row.type_code, date);
  let template;
  try {
    template = getTemplate(row.type_code, version);
  } catch (e) {
    return [{ path: 'body.typeCode', message: `文书类型：${e instanceof Error ? e.message : '没有模板'}` }];
  }
  const parsed = template.fields.safeParse(await fieldsWithAccounts(db, row, version, date));
  if (!parsed.success) {
    for (const i of parsed.error.issues) errors.push({ path: ['body', 'fields', ...i.path.map(String)].join('.'), message: i.message });
  }
  const party = partyOf(row)?.party;
  if (t.kind === 'served' && !party) errors.push({ path: 'body.party', message: '当事人：送达当事人的文书须填写当事人（从企业库选择或手工填写）' });
  if (party && t.party_kind === 'individual' && party.kind !== 'individual') errors.push({ path: 'body.party.kind', message: `当事人类型：“${t.name}”的当事人应为个人` });
  if (party && t.party_kind === 'organization' && party.kind === 'individual') errors.push({ path: 'body.party.kind', message: `当事人类型：“${t.name}”的当事人应为单位（个体工商户按单位）` });
  const signatories = parseJson<string[]>(t.signatories, []);
  if (signatories.includes('officers') && officersOf(row).length < 2) errors.push({ path: 'body.officerIds', message: '执法人员：须选择两名执法人员（文书上显示两名，问题解释第9条）' });
  errors.push(...(await gates.limitsOf(db, { typeCode: row.type_code, fields: parseJson(row.fields, {}), partyJson: row.party, agencyId: row.agency_id }, date)));
  return errors;
}

function can(row: repo.DocumentRow, t: typeRepo.TypeRow, needsApproval: boolean): DocumentDetail['can'] {
  const f = facts(t, needsApproval);
  const ok = (c: DocumentCommand) => decide(row.status, c, f).ok;
  return { edit: ok('edit'), submit: ok('submit'), issue: ok('issue'), serve: ok('serve'), archive: ok('archive'), correct: ok('correct') && !row.superseded_by_id, void: ok('void') };
}

async function toDetail(ctx: Ctx, row: repo.DocumentRow): Promise<DocumentDetail> {
  const t = await typeOf(ctx, row.type_code);
  const needsApproval = await approvalNeeded(ctx.db, row.agency_id, t);
  const editable = !ISSUED.includes(row.status) && row.status !== 'rejected';
  const [versions, services, key] = await Promise.all([
    repo.versionsOf(ctx.db, row.root_id),
    servicesOfDocument(ctx.db, row.id),
    row.signing_key_id ? repo.findKey(ctx.db, row.signing_key_id) : Promise.resolve(undefined),
  ]);
  const frozen = parseJson<FrozenInput | null>(row.render_input, null);
  return {
    ...toListItem(row),
    agencyId: row.agency_id,
    unitId: row.unit_id,
    ownerId: row.owner_id,
    kind: t.kind,
    mustServe: t.must_serve === 1,
    needsApproval,
    enterpriseId: row.enterprise_id,
    party: partyOf(row)?.party ?? null,
    officers: officersOf(row),
    fields: frozen?.fields ?? (await withApprovalCells(ctx.db, row.approval_id, row.type_code, undefined, parseJson(row.fields, {}))),
    caseKey: row.case_key,
    paymentAccountIds: parseJson(row.payment_account_ids, []),
    signatureFiles: signatureFilesOf(row) as Record<string, string | null>,
    useUnitSeries: row.use_unit_series === 1,
    templateVersion: row.template_version,
    issuedAt: row.issued_at,
    pdfSm3: row.pdf_sm3,
    signature: row.signature,
    publicKey: key ? publicKeyOf(key) : null,
    verifyUrl: frozen?.verification?.url ?? null,
    approvalId: row.approval_id,
    supersedesId: row.supersedes_id,
    supersededById: row.superseded_by_id,
    correctionReason: row.correction_reason,
    voidReason: row.void_reason,
    problems: editable ? await draftProblems(ctx.db, row, t, today(ctx)) : [],
    versions: versions.map((v) => ({ id: v.id, versionNo: v.version_no, status: v.status, number: v.number, issuedAt: v.issued_at, correctionReason: v.correction_reason, pdfSm3: v.pdf_sm3 })),
    services,
    deadlines: [...(row.issued_on ? await serviceDeadlinesOf(ctx.db, row, t, frozen) : []), ...(await gates.approvalDeadlines(ctx.db, row, ctx.now()))],
    flags: await gates.documentFlags(ctx.db, row, ctx.now(), editable ? today(ctx) : null),
    can: can(row, t, needsApproval),
  };
}

export async function getDocument(ctx: Ctx, id: string): Promise<DocumentDetail> {
  return toDetail(ctx, await scopedDocument(ctx, id));
}

// ── drafting ──────────────────────────────────────────────────────────────────────────────────

export async function createDocument(ctx: Ctx, input: CreateInput): Promise<DocumentDetail> {
  const actor = userActor(ctx);
  const t = await usableType(ctx, input.typeCode, actor.agencyId);
  checkDraftable(t);
  checkDraftFields(t.code, (await versionInForce(ctx.db, actor.agencyId, t.code, today(ctx))).version, input.fields);
  checkDraftOfficers(t, input.officerIds);
  const party = await resolveParty(ctx, input.enterpriseId, input.party);
  const officerRefs = await resolveOfficers(ctx, input.officerIds);
  await checkAccounts(ctx, actor.agencyId, input.paymentAccountIds);
  await checkSignatureFiles(ctx, input.signatureFiles);
  const id = newId();
  const now = ctx.now();
  const row: DocumentTable = {
    id, root_id: id, version_no: 1, supersedes_id: null, superseded_by_id: null, correction_reason: null, agency_id: actor.agencyId, unit_id: actor.unitId, owner_id: actor.id,
    type_code: t.code, title: input.title || (party ? `${t.name}（${party.party.name}）` : t.name), status: 'draft', enterprise_id: input.enterpriseId ?? null,
    party: party ? JSON.stringify(party) : null, officer_ids: JSON.stringify(officerRefs), fields: JSON.stringify(input.fields), case_key: input.caseKey ?? null,
    payment_account_ids: JSON.stringify(input.paymentAccountIds), signature_files: JSON.stringify(input.signatureFiles ?? {}), use_unit_series: input.useUnitSeries ? 1 : 0,
    template_version: null, number: null, number_id: null, issued_on: null, issued_at: null, issued_by: null, render_input: null, pdf_sha256: null, pdf_sm3: null, signature: null,
    signing_key_id: null, verify_id: null, approval_id: null, void_reason: null, voided_at: null, served_at: null, archived_at: null, row_version: 0, created_at: now, updated_at: now,
  };
  await gates.assertWithinLimits(ctx, { typeCode: t.code, fields: input.fields, partyJson: row.party, agencyId: actor.agencyId }, today(ctx));
  await ctx.tx(async (tx) => {
    await repo.insertDocument(tx, row);
    await ctx.audit(tx, { action: 'document.draft.create', objectType: 'document', objectId: id, detail: { typeCode: t.code, enterpriseId: row.enterprise_id, caseKey: row.case_key } });
  });
  return getDocument({ ...ctx, scope: { all: true } }, id);
}

function refuse(row: repo.DocumentRow, command: DocumentCommand, f: { needsApproval: boolean; served: boolean }): void {
  const d = decide(row.status, command, f);
  if (!d.ok) throw conflict(d.message);
}

export async function updateDocument(ctx: Ctx, id: string, patch: UpdateInput): Promise<DocumentDetail> {
  const row = await scopedDocument(ctx, id);
  const t = await typeOf(ctx, row.type_code);
  refuse(row, 'edit', facts(t, false));
  if (row.owner_id !== ctx.actor?.id) throw forbidden('只有文书的起草人可以修改草稿');
  if (patch.fields !== undefined) checkDraftFields(t.code, (await versionInForce(ctx.db, row.agency_id, t.code, today(ctx))).version, patch.fields);
  checkDraftOfficers(t, patch.officerIds ?? officersOf(row).map((o) => o.id));
  const changes: Partial<DocumentTable> = {};
  if (patch.enterpriseId !== undefined || patch.party !== undefined) {
    const party = await resolveParty(ctx, patch.enterpriseId !== undefined ? patch.enterpriseId : row.enterprise_id, patch.party !== undefined ? patch.party : partyOf(row)?.source === 'manual' ? partyOf(row)!.party : null);
    changes.enterprise_id = patch.enterpriseId !== undefined ? (patch.enterpriseId ?? null) : row.enterprise_id;
    changes.party = party ? JSON.stringify(party) : null;
  }
  if (patch.officerIds !== undefined) changes.officer_ids = JSON.stringify(await resolveOfficers(ctx, patch.officerIds));
  if (patch.paymentAccountIds !== undefined) {
    await checkAccounts(ctx, row.agency_id, patch.paymentAccountIds);
    changes.payment_account_ids = JSON.stringify(patch.paymentAccountIds);
  }
  if (patch.signatureFiles !== undefined) {
    await checkSignatureFiles(ctx, patch.signatureFiles);
    changes.signature_files = JSON.stringify({ ...signatureFilesOf(row), ...patch.signatureFiles });
  }
  if (patch.fields !== undefined) changes.fields = JSON.stringify(patch.fields);
  if (patch.title) changes.title = patch.title;
  if (patch.caseKey !== undefined) changes.case_key = patch.caseKey ?? null;
  if (patch.useUnitSeries !== undefined) changes.use_unit_series = patch.useUnitSeries ? 1 : 0;
  await gates.assertWithinLimits(ctx, { typeCode: row.type_code, fields: parseJson(changes.fields ?? row.fields, {}), partyJson: changes.party !== undefined ? changes.party : row.party, agencyId: row.agency_id }, today(ctx));
  await ctx.tx(async (tx) => {
    if (!(await repo.updateDocumentGuarded(tx, id, row.row_version, { ...changes, updated_at: ctx.now() }, ['draft', 'returned']))) throw conflict('文书刚刚已被修改、提交或签发，请刷新后重试');
    await ctx.audit(tx, { action: 'document.draft.update', objectType: 'document', objectId: id, detail: { fields: Object.keys(changes) } });
  });
  return getDocument(ctx, id);
}

export async function submitDocument(ctx: Ctx, id: string, body: { opinion?: string | undefined } = {}): Promise<DocumentDetail> {
  const row = await scopedDocument(ctx, id);
  const t = await typeOf(ctx, row.type_code);
  const needsApproval = await approvalNeeded(ctx.db, row.agency_id, t);
  refuse(row, 'submit', facts(t, needsApproval));
  if (row.owner_id !== ctx.actor?.id) throw forbidden('只有文书的起草人可以提交审批');
  if (row.status === 'issued' || row.status === 'served') {
    // An urgent measure issued first: the head's approval follows (行政强制法第十九条).
    await gates.submitAfterIssue(ctx, row, t.name);
    return getDocument(ctx, id);
  }
  const problems = await draftProblems(ctx.db, row, t, today(ctx));
  if (problems.length) throw invalidFields(problems);
  // The 承办人意见 cell prints the drafter's own opinion written when submitting (issue 8).
  const opinion = body.opinion?.trim() || undefined;
  if (!opinion && [...approvalCellKeys(t.code).values()].includes('submission')) throw invalidField('body.opinion', '承办人意见：提交审批时请填写承办人意见（如“建议立案调查”），审批表的承办人意见栏据此填写');
  const party = partyOf(row)?.party.name;
  try {
    await ctx.tx(async (tx) => {
      const { id: approvalId } = await submitForApproval(tx, ctx, {
        objectType: documentObjectType(t.code),
        objectId: id,
        title: `${t.name}${party ? `（${party}）` : ''}${row.version_no > 1 ? `（更正，第 ${row.version_no} 版）` : ''}`,
        summary: opinion ?? (row.correction_reason ? `更正原因：${row.correction_reason}` : row.title),
      });
      if (!(await repo.updateDocumentGuarded(tx, id, row.row_version, { status: 'pendingApproval', approval_id: approvalId, updated_at: ctx.now() }, ['draft']))) throw conflict('文书刚刚已被修改或提交，请刷新后重试');
      await ctx.audit(tx, { action: 'document.submit', objectType: 'document', objectId: id, detail: { approvalId, typeCode: t.code } });
    });
  } catch (e) {
    if (uniqueViolation(e)) throw conflict('该文书已在审批中，不能重复提交');
    throw e;
  }
  return getDocument(ctx, id);
}

// ── issuance ──────────────────────────────────────────────────────────────────────────────────

interface Prepared {
  at: Date;
  issuedOn: string;
  version: string;
  base: Omit<FrozenInput, 'number' | 'verification' | 'deterministic'>;
  images: Map<string, Buffer>;
  key: Awaited<ReturnType<typeof signingKeyFor>>;
  format: numbering.NumberFormat;
  unit: { unitId: string; label: string } | null;
  token: { id: string; token: string };
  /** The party as snapshotted now, stored back on the document. */
  partyJson: string | null;
}

async function agencySnapshot(db: Ctx['db'] | Tx, agencyId: string, now: string): Promise<{ agency: AgencySnapshot; format: numbering.NumberFormat }> {
  const s = await numbering.settingsRow(db, agencyId, now);
  const opt = (v: string | null) => v ?? undefined;
  const agency: AgencySnapshot = { name: s.agency_name, shortName: s.short_name };
  for (const [k, v] of [['government', s.government], ['superiorAgency', s.superior_agency], ['court', s.court], ['address', s.address], ['postcode', s.postcode], ['phone', s.phone]] as const) {
    if (opt(v)) agency[k] = v!;
  }
  return { agency, format: { prefix: s.prefix, pattern: s.pattern, brackets: s.brackets, mode: s.mode } };
}

const toPartySnapshot = (p: PartyInput): PartySnapshot => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined && v !== '') out[k] = v;
  return out as PartySnapshot;
};

/** Everything issuance needs that does not have to happen under the number lock. */
async function prepareIssue(ctx: Ctx, row: repo.DocumentRow, t: typeRepo.TypeRow, opts: { extraSignatures?: FrozenInput['signatures'] } = {}): Promise<Prepared> {
  const at = ctx.clock.now();
  const issuedOn = toChinaDate(at);
  const problems = await draftProblems(ctx.db, row, t, issuedOn);
  if (problems.length) throw invalidFields(problems);
  const { version } = await versionInForce(ctx.db, row.agency_id, row.type_code, issuedOn);

  // Party: a snapshot taken now, from the registry when the party is an enterprise.
  let stored = partyOf(row);
  if (stored?.source === 'enterprise' && row.enterprise_id) {
    const e = await enterpriseOrNull(ctx, row.enterprise_id);
    if (!e) throw invalidField('body.enterpriseId', '当事人（企业库）：不存在或不在您的数据范围内');
    stored = { source: 'enterprise', party: partyFromEnterprise(e) };
  }
  // Officers: current names and certificates, each eligible on the day (valid certificate, 在岗, no recusal).
  const refs = officersOf(row);
  const errors: FieldError[] = [];
  const snapshots: FrozenInput['officers'] = [];
  for (const [i, ref] of refs.entries()) {
    const o = await officerOrNull(ctx, ref.id);
    if (!o) {
      errors.push({ path: `body.officerIds.${i}`, message: `执法人员：${ref.name}不存在或不在您的数据范围内` });
      continue;
    }
    const reasons: string[] = [];
    if (row.enterprise_id) {
      const el = await officers.maySignFieldDocument(ctx, o.id, row.enterprise_id, issuedOn);
      if (!el.ok) reasons.push(...el.reasons);
    } else {
      if (o.certValidFrom > issuedOn || o.certValidTo < issuedOn) reasons.push(`执法证（${o.certNo}）在 ${issuedOn} 不在有效期内`);
      if (o.status !== 'active') reasons.push(`${o.name}不在岗，不得执法`);
    }
    if (reasons.length) errors.push({ path: `body.officerIds.${i}`, message: `执法人员：${reasons.join('；')}` });
    snapshots.push({ name: o.name, certNo: o.certNo });
  }
  if (errors.length) throw invalidFields(errors);
  const sigs = await repo.officerSignatures(ctx.db, refs.map((r) => r.id));
  refs.forEach((r, i) => {
    const s = sigs.find((x) => x.officer_id === r.id);
    if (s && snapshots[i]) snapshots[i].signatureFile = s.file_sha256;
  });

  const signatures: FrozenInput['signatures'] = {};
  for (const [role, sha] of Object.entries(signatureFilesOf(row)) as [SignatureRole, string | null][]) {
    if (sha) signatures[role] = { imageFile: sha, signedOn: issuedOn };
  }
  Object.assign(signatures, opts.extraSignatures ?? {});
  const seals: FrozenInput['seals'] = {};
  if (t.seal !== 'none') {
    const active = (await repo.activeSeals(ctx.db, row.agency_id)).find((s) => s.kind === t.seal);
    if (active) seals[t.seal] = active.file_sha256;
  }
  const { agency, format } = await agencySnapshot(ctx.db, row.agency_id, at.toISOString());
  const unit = row.use_unit_series ? await numbering.unitSeriesFor(ctx.db, row.agency_id, row.unit_id) : null;
  if (row.use_unit_series && !unit) throw invalidField('body.useUnitSeries', '使用本科室子序列编号：起草人所在科室未配置编号子序列');
  const base: Prepared['base'] = {
    agency,
    documentType: t.code,
    templateVersion: version,
    issuedOn,
    ...(stored ? { party: toPartySnapshot(stored.party) } : {}),
    fields: await fieldsWithAccounts(ctx.db, row, version, issuedOn),
    officers: snapshots,
    signatures,
    seals,
  };
  const images = await loadImages(store(ctx), filesOf(base)).catch(integrity);
  const key = await signingKeyFor(ctx, row.agency_id);
  return { at, issuedOn, version, base, images, key, format, unit, token: mintVerifyToken(ctx.config.secret), partyJson: stored ? JSON.stringify(stored) : null };
}

const verifyUrl = (ctx: Pick<Ctx, 'config'>, token: string): string => `${ctx.config.publicUrl.replace(/\/$/, '')}/public/verify/${token}`;

function renderErrors(e: DocumentRenderError): AppError {
  const errors = e.issues.length ? e.issues.map((i) => ({ path: issuePath(i.path), message: i.message })) : [{ path: 'body', message: e.message }];
  return invalidFields(errors);
}

/**
 * Issues inside the caller's transaction: locks the document row (optimistic guard), takes the
 * number under the series lock, renders the PDF with the frozen input, stores it (write-once),
 * signs its exact bytes with the agency's SM2 key and records everything.
 */
async function issueInTx(tx: Tx, ctx: Ctx, row: repo.DocumentRow, t: typeRepo.TypeRow, p: Prepared, opts: { reservation?: { reservationId: string; serial: number } | undefined; from: DocumentStatus[] }): Promise<void> {
  const actor = userActor(ctx);
  const now = p.at.toISOString();
  if (!(await repo.updateDocumentGuarded(tx, row.id, row.row_version, { updated_at: now }, opts.from))) throw conflict('文书刚刚已被修改或签发，请刷新后重试');
  let number: string | null = null;
  let numberId: string | null = null;
  const previous = row.supersedes_id ? await repo.findDocumentById(tx, row.supersedes_id) : undefined;
  if (previous) {
    // A correction keeps the number of the document it corrects (Q3).
    if (previous.status !== 'issued' && previous.status !== 'served') throw conflict(`被更正的版本${documentStatusLabel[previous.status]}，不能再更正`);
    if (opts.reservation) throw invalidField('body.reservation', '使用预留编号：更正版本沿用原文书编号，不能使用预留编号');
    number = previous.number;
    numberId = previous.number_id;
    if (numberId) await numbering.moveNumber(tx, numberId, row.id, now);
  } else if (t.numbered && t.number_code) {
    const got = opts.reservation
      ? await numbering.useReservedNumber(tx, ctx, { ...opts.reservation, agencyId: row.agency_id, typeCode: t.code, documentId: row.id, caseKey: row.case_key })
      : await numbering.allocateNumber(tx, { agencyId: row.agency_id, typeCode: t.code, numberCode: t.number_code, documentId: row.id, unit: p.unit, caseKey: row.case_key, format: p.format, at: p.at });
    number = got.number;
    numberId = got.id;
  } else if (opts.reservation) {
    throw invalidField('body.reservation', `使用预留编号：“${t.name}”没有文书编号`);
  }
  const frozen: FrozenInput = {
    ...p.base,
    ...(number ? { number } : {}),
    verification: { url: verifyUrl(ctx, p.token.token), token: displayToken(p.token.token) },
    deterministic: { creationDate: now, documentId: row.id },
  };
  let pdf: Buffer;
  try {
    pdf = await renderPdf(hydrate(frozen, p.images));
  } catch (e) {
    if (e instanceof DocumentRenderError) throw renderErrors(e);
    throw e;
  }
  const file = await store(ctx).put(pdf);
  await recordFile(tx, file, 'application/pdf', now, actor.id);
  const signature = sm2Sign(pdf, p.key.pair);
  await repo.updateDocument(tx, row.id, {
    status: 'issued', number, number_id: numberId, template_version: p.version, issued_on: p.issuedOn, issued_at: now, issued_by: actor.id, render_input: JSON.stringify(frozen),
    pdf_sha256: file.sha256, pdf_sm3: file.sm3, signature, signing_key_id: p.key.id, verify_id: p.token.id, party: p.partyJson, updated_at: now,
  });
  if (previous) await repo.updateDocument(tx, previous.id, { status: 'corrected', superseded_by_id: row.id, updated_at: now });
  await ctx.audit(tx, {
    action: previous ? 'document.correction.issue' : 'document.issue',
    objectType: 'document',
    objectId: row.id,
    detail: { typeCode: t.code, number, templateVersion: p.version, sm3: file.sm3, versionNo: row.version_no, ...(previous ? { supersedes: previous.id } : {}), ...(opts.reservation ? { reservation: opts.reservation } : {}) },
  });
}

export async function issueDocument(ctx: Ctx, id: string, body: { reservation?: { reservationId: string; serial: number } | undefined }): Promise<DocumentDetail> {
  const row = await scopedDocument(ctx, id);
  const t = await typeOf(ctx, row.type_code);
  refuse(row, 'issue', facts(t, await approvalNeeded(ctx.db, row.agency_id, t)));
  await gates.assertRequiredApproval(ctx.db, row);
  const citations = await gates.assertCitations(ctx.db, row, today(ctx));
  const prepared = await prepareIssue(ctx, row, t);
  await ctx.tx(async (tx) => {
    await issueInTx(tx, ctx, row, t, prepared, { reservation: body.reservation, from: ['draft', 'approved'] });
    await gates.recordCitations(tx, row.id, citations, ctx.now());
  });
  return getDocument(ctx, id);
}

/**
 * Creates and issues a document in one step inside the caller's transaction (the 文书送达回执 of a
 * service record). The caller has prepared the draft row (not yet inserted) and its images.
 */
export async function issueGenerated(tx: Tx, ctx: Ctx, row: DocumentTable, prepared: Prepared): Promise<void> {
  await repo.insertDocument(tx, row);
  const full = await repo.findDocumentById(tx, row.id);
  const t = await typeRepo.findType(tx, row.type_code);
  if (!full || !t) throw notFound('文书');
  await issueInTx(tx, ctx, full, t, prepared, { from: ['draft'] });
}

/** Prepares a generated document (see issueGenerated) outside the transaction. */
export async function prepareGenerated(ctx: Ctx, row: DocumentTable, extraSignatures: FrozenInput['signatures']): Promise<Prepared> {
  const t = await typeOf(ctx, row.type_code);
  const view = { ...row, owner_name: '', agency_name: '', agency_short_name: '', type_name: t.name } satisfies repo.DocumentRow;
  return prepareIssue(ctx, view, t, { extraSignatures });
}

// ── corrections, voiding, archiving ───────────────────────────────────────────────────────────

/** A correction of an issued document: a new version (draft) with the reason; the old one stays. */
export async function correctDocument(ctx: Ctx, id: string, reason: string): Promise<DocumentDetail> {
  const actor = userActor(ctx);
  const row = await scopedDocument(ctx, id);
  const t = await typeOf(ctx, row.type_code);
  refuse(row, 'correct', facts(t, false));
  if (row.superseded_by_id || (await repo.hasOpenCorrection(ctx.db, row.root_id))) throw conflict('该文书已有未签发的更正版本，请先完成或作废它');
  const nid = newId();
  const now = ctx.now();
  const frozen = parseJson<FrozenInput | null>(row.render_input, null);
  const next: DocumentTable = {
    ...row, id: nid, version_no: row.version_no + 1, supersedes_id: row.id, superseded_by_id: null, correction_reason: reason, owner_id: actor.id, unit_id: actor.agencyId === row.agency_id ? actor.unitId : row.unit_id,
    status: 'draft', fields: JSON.stringify(withoutSystemFields(row.type_code, frozen ? stripAccounts(frozen.fields, row) : parseJson(row.fields, {}))),
    template_version: null, number: null, number_id: null, issued_on: null, issued_at: null, issued_by: null, render_input: null, pdf_sha256: null, pdf_sm3: null, signature: null,
    signing_key_id: null, verify_id: null, approval_id: null, void_reason: null, voided_at: null, served_at: null, archived_at: null, row_version: 0, created_at: now, updated_at: now,
  };
  const { owner_name: _o, agency_name: _a, agency_short_name: _s, type_name: _t, ...plain } = next as repo.DocumentRow;
  await ctx.tx(async (tx) => {
    await repo.insertDocument(tx, plain);
    await ctx.audit(tx, { action: 'document.correction.create', objectType: 'document', objectId: nid, detail: { supersedes: row.id, number: row.number, reason } });
  });
  return getDocument({ ...ctx, scope: { all: true } }, nid);
}

/** The stored fields, without the accounts that issuance filled in from their ids. */
function stripAccounts(fields: Record<string, unknown>, row: Pick<DocumentTable, 'fields'>): Record<string, unknown> {
  const draft = parseJson<Record<string, unknown>>(row.fields, {});
  if ('paymentAccounts' in draft) return fields;
  const { paymentAccounts: _p, ...rest } = fields;
  return rest;
}

export async function voidDocument(ctx: Ctx, id: string, reason: string): Promise<DocumentDetail> {
  const actor = userActor(ctx);
  const row = await scopedDocument(ctx, id);
  const t = await typeOf(ctx, row.type_code);
  refuse(row, 'void', facts(t, false));
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    if (!(await repo.updateDocumentGuarded(tx, id, row.row_version, { status: 'voided', void_reason: reason, voided_at: now, updated_at: now }, ['issued', 'served']))) throw conflict('文书刚刚已被更改，请刷新后重试');
    if (row.number_id) await numbering.voidNumber(tx, row.number_id, reason, actor.id, now);
    await ctx.audit(tx, { action: 'document.void', objectType: 'document', objectId: id, detail: { number: row.number, reason } });
  });
  return getDocument(ctx, id);
}

export async function archiveDocument(ctx: Ctx, id: string): Promise<DocumentDetail> {
  const row = await scopedDocument(ctx, id);
  const t = await typeOf(ctx, row.type_code);
  refuse(row, 'archive', facts(t, false));
  const now = ctx.now();
  // Q3: a refused 立案审批表 is archived with the refusal.
  const refusal = row.status === 'rejected' ? await gates.refusalOf(ctx.db, row) : null;
  await ctx.tx(async (tx) => {
    if (!(await repo.updateDocumentGuarded(tx, id, row.row_version, { status: 'archived', archived_at: now, updated_at: now }, refusal ? ['rejected'] : ['issued', 'served']))) throw conflict('文书刚刚已被更改，请刷新后重试');
    await ctx.audit(tx, { action: 'document.archive', objectType: 'document', objectId: id, detail: { number: row.number, ...(refusal ? { refusal } : {}) } });
  });
  return getDocument(ctx, id);
}

// ── files: PDF (stored or draft preview), DOCX, re-render check ───────────────────────────────

/** A draft rendered as it stands: no number, no QR code, no seal, nothing stored. */
async function draftInput(ctx: Ctx, row: repo.DocumentRow): Promise<FrozenInput> {
  const { version } = await versionInForce(ctx.db, row.agency_id, row.type_code, today(ctx));
  const { agency } = await agencySnapshot(ctx.db, row.agency_id, ctx.now());
  const party = partyOf(row)?.party;
  return {
    agency, documentType: row.type_code, templateVersion: version, issuedOn: today(ctx), ...(party ? { party: toPartySnapshot(party) } : {}),
    fields: await fieldsWithAccounts(ctx.db, row, version, today(ctx)), officers: officersOf(row).map((o) => ({ name: o.name, certNo: o.certNo })), signatures: {}, seals: {},
    deterministic: { creationDate: ctx.now(), documentId: `draft-${row.id}` },
  };
}

export interface FileOut {
  bytes: Buffer;
  filename: string;
}

const fileBase = (row: repo.DocumentRow): string => `${row.type_name ?? row.type_code}${row.number ? `-${row.number}` : '-草稿'}${row.version_no > 1 ? `-第${row.version_no}版` : ''}`;

export async function documentPdf(ctx: Ctx, id: string): Promise<FileOut> {
  return pdfOf(ctx, await scopedDocument(ctx, id));
}

/** The PDF for the approval page: the engine has checked that the caller takes part in the approval (no data scope). */
async function approvalPdf(ctx: Ctx, objectId: string): Promise<FileOut | null> {
  const row = await repo.findDocumentById(ctx.db, objectId);
  return row ? pdfOf(ctx, row) : null;
}

async function pdfOf(ctx: Ctx, row: repo.DocumentRow): Promise<FileOut> {
  const id = row.id;
  if (row.pdf_sha256) {
    const bytes = await store(ctx).get(row.pdf_sha256).catch(integrity);
    if (sm3Hex(bytes) !== row.pdf_sm3) integrity(new FileIntegrityError(row.pdf_sha256, 'SM3 不一致'));
    await ctx.tx((tx) => ctx.audit(tx, { action: 'document.pdf.download', objectType: 'document', objectId: id, detail: { number: row.number, sm3: row.pdf_sm3 } }));
    return { bytes, filename: `${fileBase(row)}.pdf` };
  }
  try {
    return { bytes: await renderPdf(hydrate(await draftInput(ctx, row), new Map())), filename: `${fileBase(row)}.pdf` };
  } catch (e) {
    if (e instanceof DocumentRenderError) throw invalidFields([{ path: 'body', message: `草稿内容还不完整，无法预览：${e.message}` }]);
    throw e;
  }
}

export async function documentDocx(ctx: Ctx, id: string): Promise<FileOut> {
  const row = await scopedDocument(ctx, id);
  const frozen = parseJson<FrozenInput | null>(row.render_input, null) ?? (await draftInput(ctx, row));
  const images = await loadImages(store(ctx), filesOf(frozen)).catch(integrity);
  try {
    const bytes = await renderDocx(hydrate(frozen, images));
    if (row.pdf_sha256) await ctx.tx((tx) => ctx.audit(tx, { action: 'document.docx.download', objectType: 'document', objectId: id, detail: { number: row.number } }));
    return { bytes, filename: `${fileBase(row)}.docx` };
  } catch (e) {
    if (e instanceof DocumentRenderError) throw invalidFields([{ path: 'body', message: `草稿内容还不完整，无法导出：${e.message}` }]);
    throw e;
  }
}

/** Re-renders an issued document from its frozen input with its own template version and compares. */
export async function rerenderCheck(ctx: Ctx, id: string): Promise<{ identical: boolean; templateVersion: string; storedSm3: string; renderedSm3: string }> {
  const row = await scopedDocument(ctx, id);
  const frozen = parseJson<FrozenInput | null>(row.render_input, null);
  if (!frozen || !row.pdf_sm3) throw conflict('文书尚未签发，没有可比对的原件');
  const images = await loadImages(store(ctx), filesOf(frozen)).catch(integrity);
  const renderedSm3 = sm3Hex(await renderPdf(hydrate(frozen, images)));
  const identical = renderedSm3 === row.pdf_sm3;
  await ctx.tx((tx) => ctx.audit(tx, { action: 'document.rerender.check', objectType: 'document', objectId: id, result: identical ? 'success' : 'failure', detail: { templateVersion: frozen.templateVersion, identical } }));
  return { identical, templateVersion: frozen.templateVersion, storedSm3: row.pdf_sm3, renderedSm3 };
}

// ── approval hooks ────────────────────────────────────────────────────────────────────────────

const setStatusFromApproval = (status: DocumentStatus, from: DocumentStatus[]) => async (tx: Tx, ctx: Ctx, instance: { objectId: string }) => {
  const row = await repo.findDocumentById(tx, instance.objectId);
  if (!row || !from.includes(row.status)) return;
  await repo.updateDocument(tx, row.id, { status, row_version: row.row_version + 1, updated_at: ctx.now() });
};

export function documentApprovalType(code: string, label: string): ApprovalObjectType {
  return {
    type: documentObjectType(code),
    label,
    async load(ctx, objectId): Promise<ApprovalObjectView | null> {
      const d = await repo.findDocumentById(ctx.db, objectId);
      if (!d) return null;
      const party = partyOf(d)?.party;
      const fields = parseJson<Record<string, unknown>>(d.fields, {});
      const { version } = await versionInForce(ctx.db, d.agency_id, d.type_code, today(ctx));
      const content = labelledFields(fieldsSchemaFor(d.type_code, d.template_version ?? version), fields);
      return {
        title: `${d.type_name ?? label}：${d.title}`,
        fields: [
          { label: '文书类型', value: d.type_name ?? label },
          { label: '当事人', value: party ? party.name : '（无）' },
          { label: '执法人员', value: officersOf(d).map((o) => `${o.name}（${o.certNo}）`).join('、') || '（未选择）' },
          { label: '起草人', value: d.owner_name },
          { label: '所属机关', value: d.agency_name },
          { label: '文书状态', value: documentStatusLabel[d.status] },
          ...(d.correction_reason ? [{ label: '更正原因', value: d.correction_reason }] : []),
          ...(content.length ? content : [{ label: '文书内容', value: '（尚未填写）' }]),
        ],
        links: [{ label: '打开文书页面', href: `/documents/${d.id}` }],
      };
    },
    pdf: approvalPdf,
    onApproved: setStatusFromApproval('approved', ['pendingApproval']),
    // Q3: a document that is not approved is closed; it is not issued.
    onRejected: setStatusFromApproval('rejected', ['pendingApproval', 'returned']),
    onReturned: async (tx, ctx, instance, event) => setStatusFromApproval(event.toStep === null ? 'returned' : 'pendingApproval', ['pendingApproval'])(tx, ctx, instance),
    onWithdrawn: setStatusFromApproval('draft', ['pendingApproval', 'returned']),
    onResubmitted: setStatusFromApproval('pendingApproval', ['returned']),
  };
}
