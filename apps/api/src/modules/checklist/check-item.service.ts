import { Permission, type Page } from '@zhifa/shared';
import type { z } from 'zod';
import type { ApplicableItems, CheckItem, CheckItemCreate, CheckItemStatus, CheckItemSummary, Checklist, CheckMethod, OnSiteMeasure, ReviewInboxItem, SourceLevel } from '@zhifa/shared/contract/checklist';
import type { RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import type { Sector } from '@zhifa/shared/rules/industry';
import { inScope, scopeFor } from '../../platform/auth/scope';
import type { CheckItemProvisionTable, CheckItemTable, ChecklistTable, CheckUnitTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import * as registry from '../registry/enterprise.service';
import { removeSearchDocument, upsertSearchDocument, type SearchDocumentInput } from '../search/search.service';
import { appliesTo, isActiveOn } from './applicability';
import * as campaigns from './campaign.repository';
import * as repo from './check-item.repository';
import { publishGateProblem, statusAfter, transitionProblem, type ItemAction } from './item-lifecycle';
import * as laws from './law.repository';
import { basisKindProblem } from './provision-rules';
import { today } from './law.service';
import { visibilityFor, type Visibility } from './owner-visibility';
import * as violations from './violation.repository';

type ItemRow = repo.ItemRow;
const json = (v: unknown) => JSON.stringify(v);

const readVisibility = (ctx: Ctx): Visibility => visibilityFor(ctx.actor, ctx.actor ? scopeFor(ctx.actor, Permission.ChecklistRead) : ctx.scope);

// ---------------------------------------------------------------------------------------------
// Checklists
// ---------------------------------------------------------------------------------------------

export async function listChecklists(ctx: Ctx): Promise<Checklist[]> {
  const v = visibilityFor(ctx.actor, ctx.scope);
  const lists = await repo.listChecklists(ctx.db, v);
  const [units, counts] = await Promise.all([repo.listUnits(ctx.db, lists.map((l) => l.id)), repo.countItemsPerUnit(ctx.db, v)]);
  return lists.map((l) => {
    const own = units.filter((u) => u.checklist_id === l.id).map((u) => ({ id: u.id, key: u.key, checklistId: l.id, name: u.name, sortOrder: u.sort_order, itemCount: counts.get(u.id) ?? 0 }));
    return {
      id: l.id, key: l.key, name: l.name, sourceLevel: l.source_level, ownerAgencyId: l.owner_agency_id, ownerAgencyName: l.owner_agency_name, version: l.version,
      status: l.status, effectiveFrom: l.effective_from, description: l.description, units: own, itemCount: own.reduce((a, u) => a + u.itemCount, 0),
    };
  });
}

async function actorAgency(ctx: Ctx): Promise<{ id: string; level: SourceLevel }> {
  const a = await repo.agencyLevel(ctx.db, ctx.actor!.agencyId);
  if (!a) throw notFound('所在机关');
  return { id: a.id, level: a.level };
}

/** A local checklist of the caller's agency, for its own items (seed 001 Q10/Q11). */
export async function createChecklist(ctx: Ctx, input: { name: string; description: string; effectiveFrom: string }): Promise<Checklist> {
  const agency = await actorAgency(ctx);
  if (await repo.findChecklistByName(ctx.db, agency.id, input.name)) throw invalidField('body.name', '检查表名称：本机关已有同名检查表');
  const now = ctx.now();
  const row: ChecklistTable = {
    id: newId(), key: null, name: input.name, source_level: agency.level, owner_agency_id: agency.id, version: 1, status: 'published',
    effective_from: input.effectiveFrom, description: input.description, sort_order: 1000, created_at: now, updated_at: now,
  };
  await ctx.tx(async (tx) => {
    await repo.insertChecklist(tx, row);
    await ctx.audit(tx, { action: 'checklist.checklist.create', objectType: 'checklist', objectId: row.id, detail: { name: input.name } });
  });
  return (await listChecklists(ctx)).find((l) => l.id === row.id)!;
}

export async function createUnit(ctx: Ctx, checklistId: string, input: { name: string; sortOrder: number }) {
  const list = await repo.findChecklistInScope(ctx.db, ctx.scope, checklistId);
  if (!list) {
    if (await repo.findChecklist(ctx.db, visibilityFor(ctx.actor, ctx.scope), checklistId)) throw forbidden('只能在本机关（数据范围内）的检查表中新增检查单元');
    throw notFound('检查表');
  }
  if (await repo.findUnitByName(ctx.db, checklistId, input.name)) throw invalidField('body.name', '检查单元名称：该检查表中已有同名单元');
  const now = ctx.now();
  const row: CheckUnitTable = { id: newId(), key: null, checklist_id: checklistId, name: input.name, sort_order: input.sortOrder, created_at: now };
  await ctx.tx(async (tx) => {
    await repo.insertUnit(tx, row);
    await ctx.audit(tx, { action: 'checklist.unit.create', objectType: 'checkUnit', objectId: row.id, detail: { checklistId, name: input.name } });
  });
  return { id: row.id, key: null, checklistId, name: row.name, sortOrder: row.sort_order, itemCount: 0 };
}

// ---------------------------------------------------------------------------------------------
// Items: reads
// ---------------------------------------------------------------------------------------------

async function campaignRefs(ctx: Ctx, v: Visibility, rows: readonly ItemRow[]): Promise<Map<string, CheckItemSummary['campaigns']>> {
  const refs = await repo.campaignRefsOfLineages(ctx.db, v, [...new Set(rows.map((r) => r.lineage_id))]);
  const out = new Map<string, CheckItemSummary['campaigns']>();
  for (const r of refs) out.set(r.item_lineage_id, [...(out.get(r.item_lineage_id) ?? []), { id: r.id, shortName: r.short_name, sourceLevel: r.source_level }]);
  return out;
}

export interface ItemListQuery extends repo.ItemFilter {
  page: number;
  pageSize: number;
}

export async function listItems(ctx: Ctx, q: Omit<ItemListQuery, 'majorHazard'> & { majorHazard?: 'true' | 'false' | undefined }): Promise<Page<CheckItemSummary>> {
  const v = visibilityFor(ctx.actor, ctx.scope);
  const filter = { ...q, majorHazard: q.majorHazard === undefined ? undefined : q.majorHazard === 'true' };
  const { rows, total } = await repo.listItems(ctx.db, v, filter, q);
  const refs = await campaignRefs(ctx, v, rows);
  return { items: rows.map((r) => repo.toItemSummary(r, refs.get(r.lineage_id) ?? [])), total, page: q.page, pageSize: q.pageSize };
}

function can(ctx: Ctx, row: ItemRow, hasOpenVersion: boolean): CheckItem['can'] {
  const actor = ctx.actor;
  const owned = (p: Permission) =>
    Boolean(actor && row.owner_agency_id && row.owner_agency_path && actor.permissions.has(p) && inScope(scopeFor(actor, p), { agencyId: row.owner_agency_id, agencyPath: row.owner_agency_path }));
  const manage = owned(Permission.ChecklistManage);
  return {
    edit: manage && (row.status === 'draft' || (row.status === 'published' && !hasOpenVersion)),
    submit: manage && row.status === 'draft',
    review: owned(Permission.ChecklistLegalReview) && row.status === 'legalReview' && row.submitted_by !== actor?.id,
    retire: manage && row.status === 'published',
  };
}

async function toDetail(ctx: Ctx, row: ItemRow): Promise<CheckItem> {
  const v = readVisibility(ctx);
  const date = today(ctx);
  const links = await repo.itemProvisionLinks(ctx.db, [row.id]);
  const related = JSON.parse(row.related_violation_ids) as string[];
  const [refs, vio, versions, campaignsOf] = await Promise.all([
    laws.provisionRefs(ctx.db, [...new Set(links.map((l) => l.provision_id))]),
    violations.violationsByIds(ctx.db, [...(row.violation_id ? [row.violation_id] : []), ...related]),
    repo.lineageVersions(ctx.db, row.lineage_id),
    campaignRefs(ctx, v, [row]),
  ]);
  const ref = new Map(refs.map((r) => [r.id, laws.toProvisionRef(r, date)]));
  const ofRole = (role: CheckItemProvisionTable['role']) => links.filter((l) => l.role === role).map((l) => ref.get(l.provision_id)!).filter(Boolean);
  const vRef = new Map(vio.map((x) => [x.id, { id: x.id, code: x.code, name: x.name }]));
  const onSite = links.find((l) => l.role === 'onSite');
  const hasOpen = versions.some((x) => x.id !== row.id && (x.status === 'draft' || x.status === 'legalReview'));
  return {
    ...repo.toItemSummary(row, campaignsOf.get(row.lineage_id) ?? []),
    methods: JSON.parse(row.methods) as CheckMethod[],
    compliantWording: row.compliant_wording,
    nonCompliantWording: row.non_compliant_wording,
    violation: row.violation_id ? (vRef.get(row.violation_id) ?? null) : null,
    relatedViolations: related.map((id) => vRef.get(id)).filter((x): x is NonNullable<typeof x> => Boolean(x)),
    onSite: { measure: row.on_site_measure as OnSiteMeasure, provision: onSite ? (ref.get(onSite.provision_id) ?? null) : null, defaultDays: row.on_site_default_days },
    basisProvisions: ofRole('basis'),
    majorHazardBasis: ofRole('majorHazard'),
    note: row.note,
    review: { submittedAt: row.submitted_at, submittedBy: row.submitted_by_name, reviewedAt: row.reviewed_at, reviewedBy: row.reviewed_by_name, comment: row.review_comment },
    versions: versions.map((x) => ({ id: x.id, version: x.version, status: x.status, publishedAt: x.published_at, retiredAt: x.retired_at, updatedAt: x.updated_at })),
    createdBy: row.created_by_name,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    retiredAt: row.retired_at,
    can: can(ctx, row, hasOpen),
  };
}

export async function getItem(ctx: Ctx, id: string): Promise<CheckItem> {
  const row = await repo.findItem(ctx.db, visibilityFor(ctx.actor, ctx.scope), id);
  if (!row) throw notFound('检查事项');
  return toDetail(ctx, row);
}

/** 待审核: items in 法制审核 whose owner lies in the reviewer's scope, each with the provisions it cites. */
export async function reviewInbox(ctx: Ctx): Promise<ReviewInboxItem[]> {
  const rows = await repo.itemsInReview(ctx.db, ctx.scope);
  const date = today(ctx);
  const links = await repo.itemProvisionLinks(ctx.db, rows.map((r) => r.id));
  const [refs, provisions] = await Promise.all([campaignRefs(ctx, readVisibility(ctx), rows), laws.provisionRefs(ctx.db, [...new Set(links.map((l) => l.provision_id))])]);
  const ref = new Map(provisions.map((p) => [p.id, laws.toProvisionRef(p, date)]));
  const cited = (itemId: string, role: CheckItemProvisionTable['role']) =>
    links.filter((l) => l.item_id === itemId && l.role === role).map((l) => ref.get(l.provision_id)).filter((x): x is NonNullable<typeof x> => Boolean(x));
  return rows.map((r) => ({
    ...repo.toItemSummary(r, refs.get(r.lineage_id) ?? []),
    basisProvisions: cited(r.id, 'basis'),
    onSiteProvision: cited(r.id, 'onSite')[0] ?? null,
    majorHazardBasis: cited(r.id, 'majorHazard'),
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by_name,
  }));
}

// ---------------------------------------------------------------------------------------------
// Items: writes
// ---------------------------------------------------------------------------------------------

/** What the create route hands over: the contract's schema with its defaults applied. */
export type ItemInput = z.output<typeof CheckItemCreate>;

interface Links {
  basis: string[];
  onSite: string | null;
  majorHazard: string[];
}

const linkRows = (itemId: string, l: Links): CheckItemProvisionTable[] => [
  ...l.basis.map((provision_id, i) => ({ item_id: itemId, provision_id, role: 'basis' as const, sort_order: i + 1 })),
  ...(l.onSite ? [{ item_id: itemId, provision_id: l.onSite, role: 'onSite' as const, sort_order: 1 }] : []),
  ...l.majorHazard.map((provision_id, i) => ({ item_id: itemId, provision_id, role: 'majorHazard' as const, sort_order: i + 1 })),
];

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** Every referenced provision and violation must exist; each failure names its field. */
async function checkReferences(ctx: Ctx, i: Pick<ItemInput, 'basisProvisionIds' | 'violationId' | 'relatedViolationIds' | 'onSite' | 'majorHazardBasisIds'>): Promise<void> {
  const provisionIds = unique([...i.basisProvisionIds, ...i.majorHazardBasisIds, ...(i.onSite.provisionId ? [i.onSite.provisionId] : [])]);
  const rows = await laws.provisionsByIds(ctx.db, provisionIds);
  const found = new Set(rows.map((p) => p.id));
  if (i.basisProvisionIds.some((id) => !found.has(id))) throw invalidField('body.basisProvisionIds', '法律依据：所选条款在法律法规库中不存在，请从法律法规库中选择');
  const notObligation = basisKindProblem(i.basisProvisionIds.map((id) => rows.find((p) => p.id === id)!));
  if (notObligation) throw invalidField('body.basisProvisionIds', notObligation);
  if (i.onSite.provisionId && !found.has(i.onSite.provisionId)) throw invalidField('body.onSite.provisionId', '现场处理依据：所选条款在法律法规库中不存在');
  if (i.majorHazardBasisIds.some((id) => !found.has(id))) throw invalidField('body.majorHazardBasisIds', '重大事故隐患判定依据：所选条款在法律法规库中不存在');
  const vio = new Set((await violations.violationsByIds(ctx.db, unique([...(i.violationId ? [i.violationId] : []), ...i.relatedViolationIds]))).map((x) => x.id));
  if (i.violationId && !vio.has(i.violationId)) throw invalidField('body.violationId', '对应违法行为：在违法行为库中不存在');
  if (i.relatedViolationIds.some((id) => !vio.has(id))) throw invalidField('body.relatedViolationIds', '其他违法行为：在违法行为库中不存在');
}

function contentColumns(i: Omit<ItemInput, 'checklistId' | 'basisProvisionIds' | 'majorHazardBasisIds'>) {
  return {
    unit_id: i.unitId,
    code: i.code,
    content: i.content,
    methods: json(unique(i.methods)),
    compliant_wording: i.compliantWording,
    non_compliant_wording: i.nonCompliantWording,
    violation_id: i.violationId,
    related_violation_ids: json(unique(i.relatedViolationIds)),
    on_site_measure: i.onSite.measure,
    on_site_default_days: i.onSite.defaultDays,
    major_hazard: i.majorHazard ? 1 : 0,
    needs_review: i.needsReview ? 1 : 0,
    sectors: i.appliesTo.sectors === null ? null : json(unique(i.appliesTo.sectors)),
    risk_flags: json(unique(i.appliesTo.riskFlags)),
    note: i.note,
  };
}

export async function createItem(ctx: Ctx, input: ItemInput): Promise<CheckItem> {
  const list = await repo.findChecklist(ctx.db, readVisibility(ctx), input.checklistId);
  if (!list) throw invalidField('body.checklistId', '检查表：不存在或不在您的数据范围内');
  const unit = await repo.findUnit(ctx.db, input.unitId);
  if (!unit || unit.checklist_id !== list.id) throw invalidField('body.unitId', '检查单元：不属于所选检查表');
  await checkReferences(ctx, input);
  if (await repo.findCodeInUse(ctx.db, list.id, input.code, null)) throw invalidField('body.code', '事项编号：该检查表中已有相同编号的事项');
  const agency = await actorAgency(ctx);
  const actor = ctx.actor!;
  const now = ctx.now();
  const id = newId();
  const row: CheckItemTable = {
    id, key: null, lineage_id: id, version: 1, checklist_id: list.id, sort_order: (await repo.maxSortOrder(ctx.db, unit.id)) + 1,
    ...contentColumns(input),
    source_level: agency.level, owner_agency_id: agency.id, status: 'draft',
    created_by: actor.id, created_by_name: actor.displayName, submitted_by: null, submitted_by_name: null, submitted_at: null,
    reviewed_by: null, reviewed_by_name: null, reviewed_at: null, review_comment: null, published_at: null, retired_at: null, created_at: now, updated_at: now,
  };
  const links = linkRows(id, { basis: unique(input.basisProvisionIds), onSite: input.onSite.provisionId, majorHazard: unique(input.majorHazardBasisIds) });
  await ctx.tx(async (tx) => {
    await repo.insertItems(tx, [row], links);
    await ctx.audit(tx, { action: 'checklist.item.create', objectType: 'checkItem', objectId: id, detail: { code: input.code, checklistId: list.id, basisProvisionIds: input.basisProvisionIds } });
  });
  return getItem(ctx, id);
}

/** A record the manage scope may change: local and owned inside the scope (else 403 if visible, 404 if not). */
async function ownedItem(ctx: Ctx, id: string, what: string): Promise<ItemRow> {
  const row = await repo.findItemInScope(ctx.db, ctx.scope, id);
  if (row) return row;
  const visible = await repo.findItem(ctx.db, readVisibility(ctx), id);
  if (visible) throw forbidden(`只能${what}本机关（数据范围内）新增的检查事项；部级和上级机关发布的事项由发布机关维护`);
  throw notFound('检查事项');
}

function refuse(status: CheckItemStatus, action: ItemAction): void {
  const problem = transitionProblem(status, action);
  if (problem) throw conflict(problem);
}

export type ItemPatch = Partial<Omit<ItemInput, 'checklistId'>>;

/**
 * Edits a draft in place; editing a published item creates its next version as a draft (the
 * published one stays in force until the new one is published).
 */
export async function updateItem(ctx: Ctx, id: string, patch: ItemPatch): Promise<CheckItem> {
  const row = await ownedItem(ctx, id, '修改');
  refuse(row.status, 'edit');
  if (row.status === 'published') {
    const open = await repo.openVersion(ctx.db, row.lineage_id);
    if (open) throw conflict(`该事项已有待发布的第 ${open.version} 版（${open.status === 'draft' ? '草稿' : '法制审核中'}），请在该版本上修改`);
  }
  const current = await repo.itemProvisionLinks(ctx.db, [id]);
  const links: Links = {
    basis: unique(patch.basisProvisionIds ?? current.filter((l) => l.role === 'basis').map((l) => l.provision_id)),
    onSite: patch.onSite ? patch.onSite.provisionId : (current.find((l) => l.role === 'onSite')?.provision_id ?? null),
    majorHazard: unique(patch.majorHazardBasisIds ?? current.filter((l) => l.role === 'majorHazard').map((l) => l.provision_id)),
  };
  const merged = {
    unitId: patch.unitId ?? row.unit_id,
    code: patch.code ?? row.code,
    content: patch.content ?? row.content,
    methods: patch.methods ?? (JSON.parse(row.methods) as CheckMethod[]),
    compliantWording: patch.compliantWording ?? row.compliant_wording,
    nonCompliantWording: patch.nonCompliantWording ?? row.non_compliant_wording,
    violationId: patch.violationId !== undefined ? patch.violationId : row.violation_id,
    relatedViolationIds: patch.relatedViolationIds ?? (JSON.parse(row.related_violation_ids) as string[]),
    onSite: { measure: patch.onSite?.measure ?? (row.on_site_measure as OnSiteMeasure), provisionId: links.onSite, defaultDays: patch.onSite ? patch.onSite.defaultDays : row.on_site_default_days },
    majorHazard: patch.majorHazard ?? row.major_hazard === 1,
    needsReview: patch.needsReview ?? row.needs_review === 1,
    appliesTo: patch.appliesTo ?? { sectors: row.sectors === null ? null : (JSON.parse(row.sectors) as Sector[]), riskFlags: JSON.parse(row.risk_flags) as RiskFlag[] },
    note: patch.note !== undefined ? patch.note : row.note,
  };
  if (merged.unitId !== row.unit_id) {
    const unit = await repo.findUnit(ctx.db, merged.unitId);
    if (!unit || unit.checklist_id !== row.checklist_id) throw invalidField('body.unitId', '检查单元：不属于该事项所在的检查表');
  }
  await checkReferences(ctx, { ...merged, basisProvisionIds: links.basis, majorHazardBasisIds: links.majorHazard, onSite: merged.onSite });
  if (merged.code !== row.code && (await repo.findCodeInUse(ctx.db, row.checklist_id, merged.code, row.lineage_id))) throw invalidField('body.code', '事项编号：该检查表中已有相同编号的事项');
  const now = ctx.now();
  const actor = ctx.actor!;
  const changed = Object.keys(patch);
  if (row.status === 'draft') {
    await ctx.tx(async (tx) => {
      await repo.updateItem(tx, id, { ...contentColumns(merged), updated_at: now });
      await repo.replaceItemProvisions(tx, id, linkRows(id, links));
      await ctx.audit(tx, { action: 'checklist.item.update', objectType: 'checkItem', objectId: id, detail: { version: row.version, changed } });
    });
    return getItem(ctx, id);
  }
  const nextId = newId();
  const version = (await repo.maxVersion(ctx.db, row.lineage_id)) + 1;
  const next: CheckItemTable = {
    id: nextId, key: null, lineage_id: row.lineage_id, version, checklist_id: row.checklist_id, sort_order: row.sort_order,
    ...contentColumns(merged),
    source_level: row.source_level, owner_agency_id: row.owner_agency_id, status: 'draft',
    created_by: actor.id, created_by_name: actor.displayName, submitted_by: null, submitted_by_name: null, submitted_at: null,
    reviewed_by: null, reviewed_by_name: null, reviewed_at: null, review_comment: null, published_at: null, retired_at: null, created_at: now, updated_at: now,
  };
  await ctx.tx(async (tx) => {
    await repo.insertItems(tx, [next], linkRows(nextId, links));
    await ctx.audit(tx, { action: 'checklist.item.newVersion', objectType: 'checkItem', objectId: nextId, detail: { lineageId: row.lineage_id, fromVersion: row.version, version, changed } });
  });
  return getItem(ctx, nextId);
}

async function gateProblem(ctx: Ctx, row: ItemRow): Promise<string | null> {
  const links = (await repo.itemProvisionLinks(ctx.db, [row.id])).filter((l) => l.role === 'basis');
  const refs = await laws.provisionRefs(ctx.db, links.map((l) => l.provision_id));
  return publishGateProblem({ ownerAgencyId: row.owner_agency_id }, refs.map((r) => ({ citation: r.citation, versionEffectiveFrom: r.effective_from, versionEffectiveTo: r.effective_to })), today(ctx));
}

async function move(ctx: Ctx, row: ItemRow, action: Exclude<ItemAction, 'edit'>, patch: Partial<CheckItemTable>, detail: Record<string, unknown>, extra?: (tx: Tx) => Promise<void>): Promise<CheckItem> {
  await ctx.tx(async (tx) => {
    if (!(await repo.transitionItem(tx, row.id, row.status, { ...patch, status: statusAfter[action], updated_at: ctx.now() }))) throw conflict('该事项的状态已被他人更改，请刷新后重试');
    if (extra) await extra(tx);
    await ctx.audit(tx, { action: `checklist.item.${action}`, objectType: 'checkItem', objectId: row.id, detail: { code: row.code, version: row.version, from: row.status, to: statusAfter[action], ...detail } });
  });
  return getItem(ctx, row.id);
}

/** 提交法制审核: only with a legal basis from the law library (seed 001 Q10). */
export async function submitItem(ctx: Ctx, id: string): Promise<CheckItem> {
  const row = await ownedItem(ctx, id, '提交');
  refuse(row.status, 'submit');
  const problem = await gateProblem(ctx, row);
  if (problem) throw invalidField('basisProvisionIds', problem);
  const actor = ctx.actor!;
  return move(ctx, row, 'submit', { submitted_by: actor.id, submitted_by_name: actor.displayName, submitted_at: ctx.now(), reviewed_by: null, reviewed_by_name: null, reviewed_at: null, review_comment: null }, {});
}

async function reviewableItem(ctx: Ctx, id: string): Promise<ItemRow> {
  const row = await repo.findItemInScope(ctx.db, ctx.scope, id);
  if (!row) throw notFound('检查事项');
  return row;
}

export function itemSearchDocument(r: Pick<ItemRow, 'id' | 'code' | 'content' | 'compliant_wording' | 'non_compliant_wording' | 'owner_agency_id' | 'checklist_name' | 'unit_name' | 'checklist_sort' | 'unit_sort' | 'sort_order' | 'updated_at'>): SearchDocumentInput {
  const pad = (n: number) => String(n).padStart(5, '0');
  return {
    entityType: 'checkItem',
    entityId: r.id,
    agencyId: r.owner_agency_id,
    title: `${r.code} ${r.content}`,
    subtitle: `${r.checklist_name} · ${r.unit_name}`,
    body: `不符合情形：${r.non_compliant_wording}\n符合情形：${r.compliant_wording}`,
    sortKey: `${pad(r.checklist_sort)}:${pad(r.unit_sort)}:${pad(r.sort_order)}`,
    updatedAt: r.updated_at,
  };
}

/** 审核通过 → 已发布; the previously published version of the item, if any, is retired. */
export async function approveItem(ctx: Ctx, id: string, comment: string | null): Promise<CheckItem> {
  const row = await reviewableItem(ctx, id);
  refuse(row.status, 'approve');
  const actor = ctx.actor!;
  if (row.submitted_by === actor.id) throw conflict('不能审核本人提交的检查事项');
  const problem = await gateProblem(ctx, row);
  if (problem) throw invalidField('basisProvisionIds', problem);
  const previous = await repo.publishedVersion(ctx.db, row.lineage_id);
  const now = ctx.now();
  return move(ctx, row, 'approve', { reviewed_by: actor.id, reviewed_by_name: actor.displayName, reviewed_at: now, review_comment: comment, published_at: now }, { comment, retiredVersionId: previous?.id ?? null }, async (tx) => {
    if (previous) {
      await repo.updateItem(tx, previous.id, { status: 'retired', retired_at: now, updated_at: now });
      await removeSearchDocument(tx, 'checkItem', previous.id);
      await ctx.audit(tx, { action: 'checklist.item.retire', objectType: 'checkItem', objectId: previous.id, detail: { version: previous.version, from: 'published', to: 'retired', replacedBy: row.id } });
    }
    await upsertSearchDocument(tx, itemSearchDocument({ ...row, updated_at: now }));
  });
}

/** 退回: back to draft with the reviewer's reason. */
export async function returnItem(ctx: Ctx, id: string, reason: string): Promise<CheckItem> {
  const row = await reviewableItem(ctx, id);
  refuse(row.status, 'return');
  const actor = ctx.actor!;
  return move(ctx, row, 'return', { reviewed_by: actor.id, reviewed_by_name: actor.displayName, reviewed_at: ctx.now(), review_comment: reason }, { reason });
}

/** 停用 a published item (no new version replaces it). */
export async function retireItem(ctx: Ctx, id: string): Promise<CheckItem> {
  const row = await ownedItem(ctx, id, '停用');
  refuse(row.status, 'retire');
  return move(ctx, row, 'retire', { retired_at: ctx.now() }, {}, (tx) => removeSearchDocument(tx, 'checkItem', row.id));
}

// ---------------------------------------------------------------------------------------------
// Items that apply to an enterprise
// ---------------------------------------------------------------------------------------------

export interface EnterpriseProfileInput {
  id: string | null;
  name: string | null;
  sector: Sector;
  riskFlags: RiskFlag[];
}

/**
 * The published items that apply to an enterprise (sector + risk flags), grouped by checklist and
 * unit, each marked with the active campaigns (visible to the caller's agency, under way on
 * `date`, applying to the enterprise) that contain it.
 */
export async function applicableItems(ctx: Ctx, enterprise: EnterpriseProfileInput, date: string): Promise<ApplicableItems> {
  const v = visibilityFor(ctx.actor, ctx.scope);
  const [rows, campaignRows] = await Promise.all([repo.publishedItems(ctx.db, v), campaigns.listCampaigns(ctx.db, v)]);
  const profile = { sector: enterprise.sector, riskFlags: enterprise.riskFlags };
  const parse = (c: { sectors: string | null; risk_flags: string }) => ({ sectors: c.sectors === null ? null : (JSON.parse(c.sectors) as Sector[]), riskFlags: JSON.parse(c.risk_flags) as RiskFlag[] });
  const items = rows.filter((r) => appliesTo(parse(r), profile));
  const active = campaignRows.filter((c) => isActiveOn({ status: c.status, effectiveFrom: c.effective_from, effectiveTo: c.effective_to }, date) && appliesTo(parse(c), profile));
  const members = await campaigns.campaignLineages(ctx.db, active.map((c) => c.id));
  const marks = new Map<string, CheckItemSummary['campaigns']>();
  for (const m of members) {
    const c = active.find((x) => x.id === m.campaign_id)!;
    marks.set(m.item_lineage_id, [...(marks.get(m.item_lineage_id) ?? []), { id: c.id, shortName: c.short_name, sourceLevel: c.source_level }]);
  }
  const lists: ApplicableItems['checklists'] = [];
  for (const r of items) {
    let list = lists.find((l) => l.id === r.checklist_id);
    if (!list) lists.push((list = { id: r.checklist_id, name: r.checklist_name, sourceLevel: r.checklist_source_level, units: [] }));
    let unit = list.units.find((u) => u.id === r.unit_id);
    if (!unit) list.units.push((unit = { id: r.unit_id, name: r.unit_name, items: [] }));
    unit.items.push(repo.toItemSummary(r, marks.get(r.lineage_id) ?? []));
  }
  const lineages = new Set(items.map((i) => i.lineage_id));
  return {
    enterprise,
    date,
    campaigns: active.map((c) => ({ id: c.id, name: c.name, shortName: c.short_name, sourceLevel: c.source_level, itemCount: members.filter((m) => m.campaign_id === c.id && lineages.has(m.item_lineage_id)).length })),
    checklists: lists,
    total: items.length,
  };
}


/**
 * The query form of applicableItems: an enterprise id, resolved through the registry module within
 * the caller's enterprise data scope, or the enterprise's sector and risk flags.
 */
export async function applicableFor(ctx: Ctx, q: { enterpriseId?: string | undefined; sector?: Sector | undefined; riskFlags?: RiskFlag[] | undefined; date?: string | undefined }): Promise<ApplicableItems> {
  const date = q.date ?? today(ctx);
  if (q.enterpriseId) {
    const actor = ctx.actor!;
    if (!actor.permissions.has(Permission.EnterpriseRead)) throw invalidField('query.enterpriseId', '企业：您没有查看企业库的权限，请提供行业领域（sector）和风险特征（riskFlags）');
    const e = await registry.getEnterprise({ ...ctx, scope: scopeFor(actor, Permission.EnterpriseRead) }, q.enterpriseId);
    return applicableItems(ctx, { id: e.id, name: e.name, sector: e.sector, riskFlags: e.riskFlags }, date);
  }
  if (q.sector) return applicableItems(ctx, { id: null, name: null, sector: q.sector, riskFlags: q.riskFlags ?? [] }, date);
  throw invalidField('query.sector', '行业领域：请提供企业的行业领域（sector），或企业编号（enterpriseId）');
}
