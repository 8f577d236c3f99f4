import type { CheckItemStatus, CheckItemSummary, SourceLevel } from '@zhifa/shared/contract/checklist';
import type { RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import type { Sector } from '@zhifa/shared/rules/industry';
import { sql, type SqlBool } from 'kysely';
import type { Scope } from '../../platform/auth/scope';
import type { Db } from '../../platform/db/connect';
import type { CheckItemProvisionTable, CheckItemTable, CheckUnitTable, ChecklistTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import { containsPattern } from '../search/search-text';
import { CHUNK } from './law.repository';
import { ownerInScope, ownerVisible, type Visibility } from './owner-visibility';

type Q = Db | Tx;

const parseJson = <T>(s: string | null, fallback: T): T => (s === null ? fallback : (JSON.parse(s) as T));

// ---------------------------------------------------------------------------------------------
// Checklists and units
// ---------------------------------------------------------------------------------------------

export async function insertChecklistData(tx: Tx, rows: { checklists: ChecklistTable[]; units: CheckUnitTable[] }): Promise<void> {
  for (let i = 0; i < rows.checklists.length; i += CHUNK) await tx.insertInto('checklists').values(rows.checklists.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < rows.units.length; i += CHUNK) await tx.insertInto('check_units').values(rows.units.slice(i, i + CHUNK)).execute();
}

export const listChecklists = (db: Q, v: Visibility) =>
  db
    .selectFrom('checklists')
    .leftJoin('agencies', 'agencies.id', 'checklists.owner_agency_id')
    .selectAll('checklists')
    .select('agencies.name as owner_agency_name')
    .where(ownerVisible(v, 'checklists.owner_agency_id', 'checklists.status'))
    .orderBy('checklists.sort_order')
    .orderBy('checklists.created_at')
    .execute();

export const findChecklist = (db: Q, v: Visibility, id: string) =>
  db
    .selectFrom('checklists')
    .leftJoin('agencies', 'agencies.id', 'checklists.owner_agency_id')
    .selectAll('checklists')
    .select('agencies.name as owner_agency_name')
    .where('checklists.id', '=', id)
    .where(ownerVisible(v, 'checklists.owner_agency_id', 'checklists.status'))
    .executeTakeFirst();

export const findChecklistInScope = (db: Q, scope: Scope, id: string) =>
  db.selectFrom('checklists').selectAll().where('id', '=', id).where(ownerInScope(scope, 'checklists.owner_agency_id')).executeTakeFirst();

export const findChecklistByName = (db: Q, ownerAgencyId: string, name: string) =>
  db.selectFrom('checklists').select('id').where('owner_agency_id', '=', ownerAgencyId).where('name', '=', name).executeTakeFirst();

export const insertChecklist = (tx: Tx, row: ChecklistTable) => tx.insertInto('checklists').values(row).execute();

export const listUnits = (db: Q, checklistIds: readonly string[]) =>
  checklistIds.length ? db.selectFrom('check_units').selectAll().where('checklist_id', 'in', checklistIds).orderBy('checklist_id').orderBy('sort_order').execute() : Promise.resolve([]);

export const findUnit = (db: Q, id: string) => db.selectFrom('check_units').selectAll().where('id', '=', id).executeTakeFirst();
export const findUnitByName = (db: Q, checklistId: string, name: string) => db.selectFrom('check_units').select('id').where('checklist_id', '=', checklistId).where('name', '=', name).executeTakeFirst();
export const insertUnit = (tx: Tx, row: CheckUnitTable) => tx.insertInto('check_units').values(row).execute();

/** Current (not retired) items visible to the caller, counted per unit. */
export const countItemsPerUnit = async (db: Q, v: Visibility): Promise<Map<string, number>> => {
  const rows = await db
    .selectFrom('check_items')
    .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '!=', 'retired')
    .where(ownerVisible(v, 'check_items.owner_agency_id', 'check_items.status'))
    .groupBy('unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id, Number(r.n)]));
};

// ---------------------------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------------------------

export async function insertItems(tx: Tx, rows: readonly CheckItemTable[], links: readonly CheckItemProvisionTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insertInto('check_items').values(rows.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < links.length; i += CHUNK) await tx.insertInto('check_item_provisions').values(links.slice(i, i + CHUNK)).execute();
}

export const updateItem = (tx: Tx, id: string, patch: Partial<CheckItemTable>) => tx.updateTable('check_items').set(patch).where('id', '=', id).execute();

/** Changes an item only if it is still in `from` (two reviewers cannot both act); returns whether it did. */
export const transitionItem = async (tx: Tx, id: string, from: CheckItemStatus, patch: Partial<CheckItemTable>): Promise<boolean> => {
  const r = await tx.updateTable('check_items').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
};

export async function replaceItemProvisions(tx: Tx, itemId: string, links: readonly CheckItemProvisionTable[]): Promise<void> {
  await tx.deleteFrom('check_item_provisions').where('item_id', '=', itemId).execute();
  if (links.length) await tx.insertInto('check_item_provisions').values([...links]).execute();
}

function itemQuery(db: Q) {
  return db
    .selectFrom('check_items')
    .innerJoin('checklists', 'checklists.id', 'check_items.checklist_id')
    .innerJoin('check_units', 'check_units.id', 'check_items.unit_id')
    .leftJoin('agencies', 'agencies.id', 'check_items.owner_agency_id')
    .selectAll('check_items')
    .select([
      'checklists.name as checklist_name',
      'checklists.sort_order as checklist_sort',
      'checklists.source_level as checklist_source_level',
      'check_units.name as unit_name',
      'check_units.sort_order as unit_sort',
      'agencies.name as owner_agency_name',
      'agencies.path as owner_agency_path',
    ]);
}

export type ItemRow = Awaited<ReturnType<typeof findItem>> & object;

export const toItemSummary = (r: ItemRow, campaigns: CheckItemSummary['campaigns']): CheckItemSummary => ({
  id: r.id,
  key: r.key,
  lineageId: r.lineage_id,
  version: r.version,
  code: r.code,
  content: r.content,
  checklistId: r.checklist_id,
  checklistName: r.checklist_name,
  unitId: r.unit_id,
  unitName: r.unit_name,
  sortOrder: r.sort_order,
  status: r.status,
  majorHazard: r.major_hazard === 1,
  needsReview: r.needs_review === 1,
  sourceLevel: r.source_level,
  ownerAgencyId: r.owner_agency_id,
  ownerAgencyName: r.owner_agency_name,
  appliesTo: { sectors: parseJson<Sector[] | null>(r.sectors, null), riskFlags: parseJson<RiskFlag[]>(r.risk_flags, []) },
  campaigns,
  updatedAt: r.updated_at,
});

export const findItem = (db: Q, v: Visibility, id: string) =>
  itemQuery(db).where('check_items.id', '=', id).where(ownerVisible(v, 'check_items.owner_agency_id', 'check_items.status')).executeTakeFirst();

export const findItems = (db: Q, v: Visibility, ids: readonly string[]) =>
  ids.length ? itemQuery(db).where('check_items.id', 'in', ids).where(ownerVisible(v, 'check_items.owner_agency_id', 'check_items.status')).execute() : Promise.resolve([]);

/** An item the scope's permission may act on: local, owner inside the scope. */
export const findItemInScope = (db: Q, scope: Scope, id: string) =>
  itemQuery(db).where('check_items.id', '=', id).where(ownerInScope(scope, 'check_items.owner_agency_id')).executeTakeFirst();

export interface ItemFilter {
  q?: string | undefined;
  checklistId?: string | undefined;
  unitId?: string | undefined;
  campaignId?: string | undefined;
  sector?: Sector | undefined;
  riskFlag?: RiskFlag | undefined;
  status?: CheckItemStatus | undefined;
  majorHazard?: boolean | undefined;
  sourceLevel?: SourceLevel | undefined;
}

function filteredItems(db: Q, v: Visibility, f: ItemFilter) {
  let q = itemQuery(db).where(ownerVisible(v, 'check_items.owner_agency_id', 'check_items.status'));
  q = f.status ? q.where('check_items.status', '=', f.status) : q.where('check_items.status', '!=', 'retired');
  if (f.checklistId) q = q.where('check_items.checklist_id', '=', f.checklistId);
  if (f.unitId) q = q.where('check_items.unit_id', '=', f.unitId);
  if (f.majorHazard !== undefined) q = q.where('check_items.major_hazard', '=', f.majorHazard ? 1 : 0);
  if (f.sourceLevel) q = q.where('check_items.source_level', '=', f.sourceLevel);
  if (f.sector) {
    const p = containsPattern(`"${f.sector}"`);
    q = q.where(sql<SqlBool>`(check_items.sectors is null or check_items.sectors like ${p} escape '\\')`);
  }
  if (f.riskFlag) q = q.where(sql<SqlBool>`check_items.risk_flags like ${containsPattern(`"${f.riskFlag}"`)} escape '\\'`);
  if (f.campaignId) {
    const campaignId = f.campaignId;
    q = q.where('check_items.lineage_id', 'in', (eb) => eb.selectFrom('campaign_items').select('item_lineage_id').where('campaign_id', '=', campaignId));
  }
  if (f.q) {
    const p = containsPattern(f.q);
    q = q.where((eb) => eb.or([sql<SqlBool>`check_items.code like ${p} escape '\\'`, sql<SqlBool>`check_items.content like ${p} escape '\\'`, sql<SqlBool>`check_items.non_compliant_wording like ${p} escape '\\'`]));
  }
  return q;
}

export async function listItems(db: Q, v: Visibility, f: ItemFilter, page: { page: number; pageSize: number }) {
  const [rows, count] = await Promise.all([
    filteredItems(db, v, f)
      .orderBy('checklists.sort_order')
      .orderBy('check_units.sort_order')
      .orderBy('check_items.sort_order')
      .orderBy('check_items.version')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    filteredItems(db, v, f)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every published item the caller sees, in tree order (for "applicable items"). */
export const publishedItems = (db: Q, v: Visibility) =>
  filteredItems(db, v, { status: 'published' }).orderBy('checklists.sort_order').orderBy('check_units.sort_order').orderBy('check_items.sort_order').execute();

/** Current published versions of some lineages, visible to the caller. */
export const publishedItemsOfLineages = (db: Q, v: Visibility, lineageIds: readonly string[]) =>
  lineageIds.length
    ? filteredItems(db, v, { status: 'published' }).where('check_items.lineage_id', 'in', lineageIds).execute()
    : Promise.resolve([]);

/** Items waiting for legal review whose owner lies in the reviewer's scope, oldest first. */
export const itemsInReview = (db: Q, scope: Scope) =>
  itemQuery(db).where('check_items.status', '=', 'legalReview').where(ownerInScope(scope, 'check_items.owner_agency_id')).orderBy('check_items.submitted_at').execute();

export const lineageVersions = (db: Q, lineageId: string) =>
  db.selectFrom('check_items').select(['id', 'version', 'status', 'published_at', 'retired_at', 'updated_at']).where('lineage_id', '=', lineageId).orderBy('version').execute();

export const openVersion = (db: Q, lineageId: string) =>
  db.selectFrom('check_items').select(['id', 'version', 'status']).where('lineage_id', '=', lineageId).where('status', 'in', ['draft', 'legalReview']).executeTakeFirst();

export const publishedVersion = (db: Q, lineageId: string) =>
  db.selectFrom('check_items').select(['id', 'version']).where('lineage_id', '=', lineageId).where('status', '=', 'published').executeTakeFirst();

export const maxVersion = async (db: Q, lineageId: string): Promise<number> => {
  const r = await db.selectFrom('check_items').select((eb) => eb.fn.max('version').as('v')).where('lineage_id', '=', lineageId).executeTakeFirst();
  return Number(r?.v ?? 0);
};

export const maxSortOrder = async (db: Q, unitId: string): Promise<number> => {
  const r = await db.selectFrom('check_items').select((eb) => eb.fn.max('sort_order').as('n')).where('unit_id', '=', unitId).executeTakeFirst();
  return Number(r?.n ?? 0);
};

/** Another current item of the checklist already uses `code`. */
export const findCodeInUse = (db: Q, checklistId: string, code: string, exceptLineageId: string | null) => {
  let q = db.selectFrom('check_items').select('id').where('checklist_id', '=', checklistId).where('code', '=', code).where('status', '!=', 'retired');
  if (exceptLineageId) q = q.where('lineage_id', '!=', exceptLineageId);
  return q.executeTakeFirst();
};

export const itemProvisionLinks = (db: Q, itemIds: readonly string[]) =>
  itemIds.length ? db.selectFrom('check_item_provisions').selectAll().where('item_id', 'in', itemIds).orderBy('item_id').orderBy('role').orderBy('sort_order').execute() : Promise.resolve([]);

/** Current items (not retired) visible to the caller that cite a provision, with the role. */
export const itemsCiting = (db: Q, v: Visibility, provisionId: string) =>
  db
    .selectFrom('check_item_provisions')
    .innerJoin('check_items', 'check_items.id', 'check_item_provisions.item_id')
    .innerJoin('checklists', 'checklists.id', 'check_items.checklist_id')
    .select(['check_items.id', 'check_items.code', 'check_items.content', 'check_items.status', 'checklists.name as checklist_name', 'check_item_provisions.role'])
    .where('check_item_provisions.provision_id', '=', provisionId)
    .where('check_items.status', '!=', 'retired')
    .where(ownerVisible(v, 'check_items.owner_agency_id', 'check_items.status'))
    .orderBy('checklists.sort_order')
    .orderBy('check_items.code')
    .execute();

/** Current items (not retired) visible to the caller whose main violation is `violationId`. */
export const itemsOfViolation = (db: Q, v: Visibility, violationId: string) =>
  itemQuery(db).where('check_items.violation_id', '=', violationId).where('check_items.status', '!=', 'retired').where(ownerVisible(v, 'check_items.owner_agency_id', 'check_items.status')).orderBy('checklists.sort_order').orderBy('check_items.code').execute();

/** Published campaigns visible to the caller that contain some lineages. */
export const campaignRefsOfLineages = (db: Q, v: Visibility, lineageIds: readonly string[]) =>
  lineageIds.length
    ? db
        .selectFrom('campaign_items')
        .innerJoin('campaigns', 'campaigns.id', 'campaign_items.campaign_id')
        .select(['campaign_items.item_lineage_id', 'campaigns.id', 'campaigns.short_name', 'campaigns.source_level'])
        .where('campaign_items.item_lineage_id', 'in', lineageIds)
        .where('campaigns.status', '=', 'published')
        .where(ownerVisible(v, 'campaigns.owner_agency_id', 'campaigns.status'))
        .orderBy('campaigns.sort_order')
        .execute()
    : Promise.resolve([]);

export const agencyLevel = (db: Q, agencyId: string) => db.selectFrom('agencies').select(['id', 'level', 'name']).where('id', '=', agencyId).executeTakeFirst();
