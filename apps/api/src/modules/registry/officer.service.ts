import { Permission, type Page } from '@zhifa/shared';
import { genderLabel, officerStatusLabel, type Eligibility, type Officer, type OfficerCreate, type OfficerDetail, type OfficerListFilter, type OfficerPatch, type Recusal } from '@zhifa/shared/contract/registry';
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import { sectorLabel } from '@zhifa/shared/rules/industry';
import { emptyScope, scopeFor } from '../../platform/auth/scope';
import type { Db } from '../../platform/db/connect';
import type { OfficerTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import * as org from '../org/org.service';
import * as users from '../org/user.service';
import * as enterprises from './enterprise.service';
import * as enterpriseRepo from './enterprise.repository';
import { isUniqueViolation } from './unique-violation';
import { officerColumns, officerRow } from './officer-sheet';
import { eligibility } from './officer-rules';
import * as repo from './officer.repository';
import { agencyContext, type AgencyContext } from './registry-agencies';
import { writeWorkbook, type CodeList } from './workbook';

/** Every editable field of an officer, present (null when empty). */
export type OfficerData = Required<OfficerPatch>;

export const today = (ctx: Pick<Ctx, 'clock'>): string => toChinaDate(ctx.clock.now());

async function present(ctx: Ctx, rows: repo.OfficerRow[]): Promise<Officer[]> {
  const date = today(ctx);
  const counts = await repo.activeRecusalCounts(ctx.db, rows.map((r) => r.id), date);
  return rows.map((r) => repo.toOfficer(r, date, counts.get(r.id) ?? 0));
}

export async function listOfficers(ctx: Ctx, q: OfficerListFilter & { page: number; pageSize: number }): Promise<Page<Officer>> {
  const { rows, total } = await repo.listOfficers(ctx.db, ctx.scope, q, q.page, q.pageSize, today(ctx));
  return { items: await present(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function getOfficer(ctx: Ctx, id: string): Promise<OfficerDetail> {
  const row = await repo.findOfficer(ctx.db, ctx.scope, id);
  if (!row) throw notFound('执法人员');
  const [officer] = await present(ctx, [row]);
  const recusals = (await repo.recusalsOf(ctx.db, [id])).map(repo.toRecusal);
  return { ...officer!, recusals };
}

export function toData(r: OfficerTable): OfficerData {
  return {
    name: r.name, gender: r.gender, userId: r.user_id, agencyId: r.agency_id, unitId: r.unit_id, title: r.title, phone: r.phone,
    certNo: r.cert_no, certIssuer: r.cert_issuer, certValidFrom: r.cert_valid_from, certValidTo: r.cert_valid_to, status: r.status,
    specialties: JSON.parse(r.specialties) as OfficerData['specialties'], note: r.note,
  };
}

export function toOfficerRow(id: string, d: OfficerData, meta: { isDemo: boolean; createdAt: string; updatedAt: string }): OfficerTable {
  return {
    id, user_id: d.userId, name: d.name, gender: d.gender, agency_id: d.agencyId, unit_id: d.unitId, title: d.title, phone: d.phone,
    cert_no: d.certNo, cert_issuer: d.certIssuer, cert_valid_from: d.certValidFrom, cert_valid_to: d.certValidTo, status: d.status,
    specialties: JSON.stringify(d.specialties), note: d.note, is_demo: meta.isDemo ? 1 : 0, created_at: meta.createdAt, updated_at: meta.updatedAt,
  };
}

/** Agency in the caller's scope, unit inside that agency, account of that agency and not linked to another officer. */
async function checkPlacement(ctx: Ctx, d: OfficerData, selfId: string | null, ac: AgencyContext): Promise<void> {
  const agency = ac.byId.get(d.agencyId);
  if (!agency || agency.status !== 'active' || !ac.inScope.has(agency.id)) throw invalidField('body.agencyId', '所属机关：不存在、已停用或不在您的数据范围内');
  if (d.unitId) {
    const units = await org.listUnits({ ...ctx, scope: { all: true } }, d.agencyId);
    if (!units.some((u) => u.id === d.unitId && u.status === 'active')) throw invalidField('body.unitId', '所属科室：不存在、已停用或不属于所选机关');
  }
  if (d.userId) {
    const user = await users.getUser({ ...ctx, scope: { all: true } }, d.userId).catch((e: unknown) => {
      if (e instanceof AppError && e.status === 404) return null;
      throw e;
    });
    if (!user) throw invalidField('body.userId', '关联账号：不存在');
    if (user.agencyId !== d.agencyId) throw invalidField('body.userId', `关联账号：${user.username} 属于${user.agencyName}，应与执法人员属于同一机关`);
    const linked = await repo.findByUser(ctx.db, d.userId);
    if (linked && linked.id !== selfId) throw invalidField('body.userId', `关联账号：${user.username} 已关联执法人员${linked.name}（一个账号只能关联一名执法人员）`);
  }
  const sameCert = await repo.findByCertNo(ctx.db, d.certNo);
  if (sameCert && sameCert.id !== selfId) throw invalidField('body.certNo', `执法证号：已登记给${sameCert.name}`);
}

async function writeGuarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('执法证号或关联账号刚被他人登记，请刷新后重试');
    throw e;
  }
}

export async function createOfficer(ctx: Ctx, input: OfficerCreate): Promise<OfficerDetail> {
  const d: OfficerData = {
    name: input.name, gender: input.gender ?? null, userId: input.userId ?? null, agencyId: input.agencyId, unitId: input.unitId ?? null, title: input.title ?? null,
    phone: input.phone ?? null, certNo: input.certNo, certIssuer: input.certIssuer, certValidFrom: input.certValidFrom, certValidTo: input.certValidTo,
    status: input.status ?? 'active', specialties: input.specialties ?? [], note: input.note ?? null,
  };
  await checkPlacement(ctx, d, null, await agencyContext(ctx));
  const id = newId();
  const now = ctx.now();
  await writeGuarded(() =>
    ctx.tx(async (tx) => {
      await repo.insertOfficers(tx, [toOfficerRow(id, d, { isDemo: false, createdAt: now, updatedAt: now })]);
      await ctx.audit(tx, { action: 'registry.officer.create', objectType: 'officer', objectId: id, detail: { name: d.name, certNo: d.certNo, agencyId: d.agencyId, userId: d.userId } });
    }),
  );
  return getOfficer({ ...ctx, scope: { all: true } }, id);
}

export async function updateOfficer(ctx: Ctx, id: string, patch: OfficerPatch): Promise<OfficerDetail> {
  const row = await repo.findOfficer(ctx.db, ctx.scope, id);
  if (!row) throw notFound('执法人员');
  const before = toData(row);
  const after = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as OfficerData;
  if (patch.agencyId && patch.agencyId !== before.agencyId && patch.unitId === undefined) after.unitId = null;
  if (after.certValidFrom > after.certValidTo) throw invalidField('body.certValidTo', '执法证有效期止：不能早于有效期起');
  await checkPlacement(ctx, after, id, await agencyContext(ctx));
  const changed = (Object.keys(after) as (keyof OfficerData)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (!changed.length) return getOfficer(ctx, id);
  await writeGuarded(() =>
    ctx.tx(async (tx) => {
      const { id: _i, created_at: _c, is_demo: _d, ...next } = toOfficerRow(id, after, { isDemo: row.is_demo === 1, createdAt: row.created_at, updatedAt: ctx.now() });
      await repo.updateOfficer(tx, id, next);
      await ctx.audit(tx, {
        action: 'registry.officer.update',
        objectType: 'officer',
        objectId: id,
        detail: { name: after.name, before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, after[k]])) },
      });
    }),
  );
  return getOfficer({ ...ctx, scope: { all: true } }, id);
}

// ---------------------------------------------------------------------------------------------
// Recusals (回避)
// ---------------------------------------------------------------------------------------------

/** The enterprise must be one the caller can see in the enterprise library. */
async function checkEnterprise(ctx: Ctx, enterpriseId: string): Promise<{ id: string; name: string }> {
  const scope = ctx.actor ? scopeFor(ctx.actor, Permission.EnterpriseRead) : emptyScope();
  const e = await enterprises.getEnterprise({ ...ctx, scope }, enterpriseId).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) return null;
    throw err;
  });
  if (!e) throw invalidField('body.enterpriseId', '检查对象：不存在或不在您的数据范围内');
  return { id: e.id, name: e.name };
}

export async function addRecusal(ctx: Ctx, officerId: string, input: { enterpriseId: string; reason: string; validFrom: string; validTo: string | null }): Promise<Recusal> {
  if (!(await repo.findOfficer(ctx.db, ctx.scope, officerId))) throw notFound('执法人员');
  const e = await checkEnterprise(ctx, input.enterpriseId);
  const id = newId();
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.insertRecusals(tx, [{ id, officer_id: officerId, enterprise_id: e.id, reason: input.reason, valid_from: input.validFrom, valid_to: input.validTo, is_demo: 0, created_by: ctx.actor?.id ?? null, created_at: now, updated_at: now }]);
    await ctx.audit(tx, { action: 'registry.recusal.create', objectType: 'officer', objectId: officerId, detail: { recusalId: id, enterpriseId: e.id, enterpriseName: e.name, reason: input.reason, validFrom: input.validFrom, validTo: input.validTo } });
  });
  return repo.toRecusal((await repo.findRecusal(ctx.db, officerId, id))!);
}

export async function updateRecusal(ctx: Ctx, officerId: string, recusalId: string, patch: Partial<{ reason: string; validFrom: string; validTo: string | null }>): Promise<Recusal> {
  if (!(await repo.findOfficer(ctx.db, ctx.scope, officerId))) throw notFound('执法人员');
  const r = await repo.findRecusal(ctx.db, officerId, recusalId);
  if (!r) throw notFound('回避记录');
  const next = { reason: patch.reason ?? r.reason, valid_from: patch.validFrom ?? r.valid_from, valid_to: patch.validTo !== undefined ? patch.validTo : r.valid_to };
  if (next.valid_to && next.valid_to < next.valid_from) throw invalidField('body.validTo', '回避终止日期：不能早于起始日期');
  await ctx.tx(async (tx) => {
    await repo.updateRecusal(tx, recusalId, { ...next, updated_at: ctx.now() });
    await ctx.audit(tx, { action: 'registry.recusal.update', objectType: 'officer', objectId: officerId, detail: { recusalId, before: { reason: r.reason, validFrom: r.valid_from, validTo: r.valid_to }, after: patch } });
  });
  return repo.toRecusal((await repo.findRecusal(ctx.db, officerId, recusalId))!);
}

// ---------------------------------------------------------------------------------------------
// Eligibility: the rule other modules call before an officer signs a field document
// ---------------------------------------------------------------------------------------------

/**
 * May this officer sign field documents at this enterprise on this date ('YYYY-MM-DD', China time)?
 * Valid certificate on the date, status 在岗, no recusal for the enterprise in force. No data scope
 * applies: the caller has already decided the officer and the enterprise are its business.
 */
export async function maySignFieldDocument(ctxOrDb: Ctx | Db | Tx, officerId: string, enterpriseId: string, date: string): Promise<Eligibility> {
  const db = 'clock' in ctxOrDb && 'db' in ctxOrDb ? ctxOrDb.db : (ctxOrDb as Db | Tx);
  const [officer, enterprise, recusals] = await Promise.all([repo.findOfficerById(db, officerId), enterpriseRepo.findEnterpriseName(db, enterpriseId), repo.recusalsFor(db, officerId, enterpriseId)]);
  if (!officer) return { ok: false, reasons: ['执法人员不存在'] };
  if (!enterprise) return { ok: false, reasons: ['检查对象不存在'] };
  return eligibility(
    { name: officer.name, status: officer.status, certNo: officer.cert_no, certValidFrom: officer.cert_valid_from, certValidTo: officer.cert_valid_to },
    recusals.map((r) => ({ enterpriseId: r.enterprise_id, reason: r.reason, validFrom: r.valid_from, validTo: r.valid_to })),
    enterprise,
    date,
  );
}

/** The route: the officer in the caller's scope, the enterprise in their enterprise scope; the date defaults to today. */
export async function eligibilityOf(ctx: Ctx, officerId: string, q: { enterpriseId: string; date?: string | undefined }): Promise<Eligibility> {
  if (!(await repo.findOfficer(ctx.db, ctx.scope, officerId))) throw notFound('执法人员');
  await checkEnterprise(ctx, q.enterpriseId).catch((e: unknown) => {
    throw e instanceof AppError && e.status === 400 ? invalidField('query.enterpriseId', '检查对象：不存在或不在您的数据范围内') : e;
  });
  return maySignFieldDocument(ctx, officerId, q.enterpriseId, q.date ?? today(ctx));
}

// ---------------------------------------------------------------------------------------------
// Excel
// ---------------------------------------------------------------------------------------------

export function officerCodeLists(ac: AgencyContext): CodeList[] {
  return [
    { key: 'agency', title: '所属机关（您的数据范围）', values: [...ac.byId.values()].filter((a) => a.status === 'active' && ac.inScope.has(a.id)).map((a) => a.name) },
    { key: 'gender', title: '性别', values: Object.values(genderLabel) },
    { key: 'officerStatus', title: '状态', values: Object.values(officerStatusLabel) },
    { key: 'sector', title: '执法领域（可多选，用“、”分隔）', values: Object.values(sectorLabel) },
  ];
}

export const officerInstructions = [
  '执法人员导入说明',
  '1. 在“执法人员”表填写，每行一名执法人员；第 1 行是表头，请勿修改。带 * 的列必填。',
  '2. 执法证号唯一：再次导入时执法证号相同的行更新已有记录而不新建；空白单元格不改变已有数据。',
  '3. 有效期写作 YYYY-MM-DD；执法证过期的人员不能在现场执法文书上签名。',
  '4. 所属科室写科室名称（须属于所属机关）；关联账号写本系统用户名（须属于同一机关，一个账号只能关联一名执法人员）。',
  '5. 执法领域可填多项，用“、”分隔（可选项见“代码表”）。',
  '6. 系统先逐行校验并列出问题；可选择“全部正确才导入”或“只导入正确的行”。',
];

export async function officerTemplate(ctx: Ctx): Promise<Buffer> {
  return writeWorkbook({ name: '执法人员', columns: officerColumns, template: true, codeLists: officerCodeLists(await agencyContext(ctx)), instructions: officerInstructions });
}

export async function exportOfficers(ctx: Ctx, filter: OfficerListFilter): Promise<Buffer> {
  const rows = await repo.listForExport(ctx.db, ctx.scope, filter, today(ctx), enterprises.MAX_EXPORT);
  const items = await present(ctx, rows);
  await ctx.tx((tx) => ctx.audit(tx, { action: 'registry.officer.export', objectType: 'officer', detail: { count: items.length, filter } }));
  return writeWorkbook({ name: '执法人员', columns: officerColumns, rows: items.map(officerRow), codeLists: officerCodeLists(await agencyContext(ctx)) });
}

/** The officer record linked to a user account, if any (the drafting officer of a new document). */
export async function officerIdOfUser(db: Db | Tx, userId: string): Promise<string | null> {
  return (await repo.findByUser(db, userId))?.id ?? null;
}
