import type { Enterprise, EnterpriseChange, EnterpriseListFilter, EnterpriseSummary, Licence } from '@zhifa/shared/contract/registry';
import type { MissingField } from '@zhifa/shared/rules/completeness';
import { industryDisplayName, type Sector } from '@zhifa/shared/rules/industry';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import type { Db } from '../../platform/db/connect';
import type { DB, EnterpriseChangeTable, EnterpriseLicenceTable, EnterpriseTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { EnterpriseData } from './enterprise-rules';

type Q = Db | Tx;

/** Rows per multi-row statement: SQLite allows 32,766 bound values, PostgreSQL 65,535; 500 × 40 columns stays under both. */
export const BATCH = 500;

export function chunks<T>(list: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));
const jsonText = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));
const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/**
 * The data scope of the enterprise library: the supervising agency decides (分级: one enterprise ↔
 * one enforcing level); an enterprise not yet assigned to one is reached through its 属地 agency.
 */
export function enterpriseScope(scope: Scope) {
  return (eb: ExpressionBuilder<DB & { e: EnterpriseTable }, 'e'>): Expression<SqlBool> =>
    eb.or([
      scopeWhere(scope, { agencyId: 'e.supervising_agency_id' }),
      eb.and([eb('e.supervising_agency_id', 'is', null), scopeWhere(scope, { agencyId: 'e.located_agency_id' })]),
    ]);
}

const baseSelect = (db: Q) =>
  db
    .selectFrom('enterprises as e')
    .innerJoin('agencies as la', 'la.id', 'e.located_agency_id')
    .leftJoin('agencies as sa', 'sa.id', 'e.supervising_agency_id')
    .selectAll('e')
    .select(['la.name as located_agency_name', 'sa.name as supervising_agency_name']);

export type EnterpriseRow = EnterpriseTable & { located_agency_name: string; supervising_agency_name: string | null };

function filtered(db: Q, scope: Scope, f: EnterpriseListFilter) {
  let q = baseSelect(db).where(enterpriseScope(scope));
  if (f.q) {
    const pattern = like(f.q);
    q = q.where((eb) => eb.or([sql<SqlBool>`e.name like ${pattern} escape '\\'`, sql<SqlBool>`e.credit_code like ${like(f.q!.toUpperCase())} escape '\\'`]));
  }
  if (f.agencyId) q = q.where('e.supervising_agency_id', '=', f.agencyId);
  if (f.districtId) q = q.where('e.located_agency_id', '=', f.districtId);
  if (f.sector) q = q.where('e.sector', '=', f.sector);
  if (f.riskFlag) q = q.where('e.risk_flags', 'like', `%"${f.riskFlag}"%`);
  if (f.status) q = q.where('e.status', '=', f.status);
  if (f.completeness === 'complete') q = q.where('e.completeness', '=', 100);
  if (f.completeness === 'incomplete') q = q.where('e.completeness', '<', 100);
  if (f.pilot) q = q.where('e.is_pilot', '=', f.pilot === 'true' ? 1 : 0);
  return q;
}

export async function listEnterprises(db: Q, scope: Scope, f: EnterpriseListFilter, page: number, pageSize: number, sort: 'name' | 'completeness' | 'updatedAt'): Promise<{ rows: EnterpriseRow[]; total: number }> {
  let q = filtered(db, scope, f);
  if (sort === 'completeness') q = q.orderBy('e.completeness', 'asc');
  if (sort === 'updatedAt') q = q.orderBy('e.updated_at', 'desc');
  const [rows, total] = await Promise.all([
    q.orderBy('e.name').orderBy('e.id').limit(pageSize).offset((page - 1) * pageSize).execute(),
    filtered(db, scope, f).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const listForExport = (db: Q, scope: Scope, f: EnterpriseListFilter, limit: number) => filtered(db, scope, f).orderBy('e.name').orderBy('e.id').limit(limit).execute();

export const findEnterprise = (db: Q, scope: Scope, id: string) => baseSelect(db).where('e.id', '=', id).where(enterpriseScope(scope)).executeTakeFirst();

/** Without a data scope: for rules other modules ask about (maySignFieldDocument). */
export const findEnterpriseName = (db: Q, id: string) => db.selectFrom('enterprises').select(['id', 'name']).where('id', '=', id).executeTakeFirst();

/** Enterprises with one of these credit codes, whatever the scope (re-import matches code + name). */
export async function findByCreditCodes(db: Q, codes: readonly string[]): Promise<EnterpriseRow[]> {
  const out: EnterpriseRow[] = [];
  for (const part of chunks([...new Set(codes)])) out.push(...(await baseSelect(db).where('e.credit_code', 'in', part).execute()));
  return out;
}

export const findByIdentity = (db: Q, creditCode: string, name: string) =>
  db.selectFrom('enterprises').select('id').where('credit_code', '=', creditCode).where('name', '=', name).executeTakeFirst();

export async function licencesOf(db: Q, enterpriseIds: readonly string[]): Promise<Map<string, EnterpriseLicenceTable[]>> {
  const map = new Map<string, EnterpriseLicenceTable[]>();
  for (const part of chunks(enterpriseIds)) {
    const rows = await db.selectFrom('enterprise_licences').selectAll().where('enterprise_id', 'in', part).orderBy('enterprise_id').orderBy('sort_order').execute();
    for (const r of rows) map.set(r.enterprise_id, [...(map.get(r.enterprise_id) ?? []), r]);
  }
  return map;
}

export const existingIds = async (db: Q, ids: readonly string[]): Promise<Set<string>> => {
  const out = new Set<string>();
  for (const part of chunks(ids)) for (const r of await db.selectFrom('enterprises').select('id').where('id', 'in', part).execute()) out.add(r.id);
  return out;
};

// ---------------------------------------------------------------------------------------------
// Row ↔ domain
// ---------------------------------------------------------------------------------------------

export interface Evaluated {
  sector: Sector;
  completeness: { score: number; missing: MissingField[] };
}

export function toEnterpriseRow(id: string, d: EnterpriseData, ev: Evaluated, meta: { isPilot: boolean; isDemo: boolean; createdAt: string; updatedAt: string }): EnterpriseTable {
  return {
    id,
    name: d.name,
    credit_code: d.creditCode,
    legal_entity_name: d.legalEntityName,
    registered_address: d.registeredAddress,
    address: d.address,
    division_code: d.divisionCode,
    town: d.town,
    located_agency_id: d.locatedAgencyId,
    supervising_agency_id: d.supervisingAgencyId,
    lon: d.location?.lon ?? null,
    lat: d.location?.lat ?? null,
    legal_representative: d.legalRepresentative,
    principal_name: d.principalName,
    principal_phone: d.principalPhone,
    safety_manager_name: d.safetyManagerName,
    safety_manager_phone: d.safetyManagerPhone,
    industry_code: d.industryCode,
    sector: ev.sector,
    sector_confirmed: d.sectorConfirmed,
    scale: d.scale,
    employee_count: d.employeeCount,
    standardization_level: d.standardizationLevel,
    status: d.status,
    risk_flags: JSON.stringify(d.riskFlags),
    major_hazard_sources: jsonText(d.majorHazardSources),
    principal_assessed: d.principalAssessed === null ? null : d.principalAssessed ? 1 : 0,
    combustible_dust_types: jsonText(d.combustibleDustTypes),
    ammonia_inventory_kg: d.ammoniaInventoryKg,
    confined_space_count: d.confinedSpaceCount,
    deep_well_casting_lines: d.deepWellCastingLines,
    hazardous_processes: jsonText(d.hazardousProcesses),
    note: d.note,
    completeness: ev.completeness.score,
    completeness_missing: JSON.stringify(ev.completeness.missing),
    is_pilot: meta.isPilot ? 1 : 0,
    is_demo: meta.isDemo ? 1 : 0,
    created_at: meta.createdAt,
    updated_at: meta.updatedAt,
  };
}

export function licenceRows(enterpriseId: string, licences: EnterpriseData['licences'], newId: () => string): EnterpriseLicenceTable[] {
  return licences.map((l, i) => ({ id: newId(), enterprise_id: enterpriseId, type: l.type, number: l.number, valid_from: l.validFrom, valid_to: l.validTo, sort_order: i }));
}

const toLicence = (l: EnterpriseLicenceTable): Licence => ({ id: l.id, type: l.type as Licence['type'], number: l.number, validFrom: l.valid_from, validTo: l.valid_to });

export function toData(r: EnterpriseTable, licences: readonly EnterpriseLicenceTable[]): EnterpriseData {
  return {
    name: r.name,
    creditCode: r.credit_code,
    legalEntityName: r.legal_entity_name,
    registeredAddress: r.registered_address,
    address: r.address,
    divisionCode: r.division_code,
    town: r.town,
    locatedAgencyId: r.located_agency_id,
    supervisingAgencyId: r.supervising_agency_id,
    location: r.lon === null || r.lat === null ? null : { lon: Number(r.lon), lat: Number(r.lat) },
    legalRepresentative: r.legal_representative,
    principalName: r.principal_name,
    principalPhone: r.principal_phone,
    safetyManagerName: r.safety_manager_name,
    safetyManagerPhone: r.safety_manager_phone,
    industryCode: r.industry_code,
    sectorConfirmed: r.sector_confirmed as EnterpriseData['sectorConfirmed'],
    scale: r.scale as EnterpriseData['scale'],
    employeeCount: r.employee_count,
    standardizationLevel: r.standardization_level as EnterpriseData['standardizationLevel'],
    status: r.status as EnterpriseData['status'],
    riskFlags: JSON.parse(r.risk_flags) as EnterpriseData['riskFlags'],
    licences: licences.map((l) => ({ type: l.type as Licence['type'], number: l.number, validFrom: l.valid_from, validTo: l.valid_to })),
    majorHazardSources: json(r.major_hazard_sources),
    principalAssessed: r.principal_assessed === null ? null : r.principal_assessed === 1,
    combustibleDustTypes: json(r.combustible_dust_types),
    ammoniaInventoryKg: r.ammonia_inventory_kg === null ? null : Number(r.ammonia_inventory_kg),
    confinedSpaceCount: r.confined_space_count,
    deepWellCastingLines: r.deep_well_casting_lines,
    hazardousProcesses: json(r.hazardous_processes),
    note: r.note,
  };
}

function completenessOfRow(r: EnterpriseTable) {
  const missing = JSON.parse(r.completeness_missing) as MissingField[];
  return { score: r.completeness, complete: r.completeness === 100, missing };
}

export function toEnterprise(r: EnterpriseRow, licences: readonly EnterpriseLicenceTable[]): Enterprise {
  return {
    id: r.id,
    ...toData(r, licences),
    licences: licences.map(toLicence),
    locatedAgencyName: r.located_agency_name,
    supervisingAgencyName: r.supervising_agency_name,
    industryName: r.industry_code ? industryDisplayName(r.industry_code) : null,
    sector: r.sector as Sector,
    completeness: completenessOfRow(r),
    isPilot: r.is_pilot === 1,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toSummary(r: EnterpriseRow): EnterpriseSummary {
  return {
    id: r.id,
    name: r.name,
    creditCode: r.credit_code,
    address: r.address,
    locatedAgencyId: r.located_agency_id,
    locatedAgencyName: r.located_agency_name,
    supervisingAgencyId: r.supervising_agency_id,
    supervisingAgencyName: r.supervising_agency_name,
    principalName: r.principal_name,
    principalPhone: r.principal_phone,
    industryCode: r.industry_code,
    sector: r.sector as Sector,
    scale: r.scale as EnterpriseSummary['scale'],
    status: r.status as EnterpriseSummary['status'],
    riskFlags: JSON.parse(r.risk_flags) as EnterpriseSummary['riskFlags'],
    completeness: completenessOfRow(r),
    isPilot: r.is_pilot === 1,
    isDemo: r.is_demo === 1,
    updatedAt: r.updated_at,
  };
}

// ---------------------------------------------------------------------------------------------
// Writes (batched: at most BATCH rows per statement)
// ---------------------------------------------------------------------------------------------

export async function insertEnterprises(tx: Tx, rows: readonly EnterpriseTable[]): Promise<void> {
  for (const part of chunks(rows)) await tx.insertInto('enterprises').values(part).execute();
}

/** Overwrites whole rows by id, many per statement (INSERT … ON CONFLICT (id) DO UPDATE on both databases). */
export async function overwriteEnterprises(tx: Tx, rows: readonly EnterpriseTable[]): Promise<void> {
  if (!rows.length) return;
  const columns = (Object.keys(rows[0]!) as (keyof EnterpriseTable)[]).filter((c) => c !== 'id' && c !== 'created_at' && c !== 'is_demo' && c !== 'is_pilot');
  for (const part of chunks(rows)) {
    await tx
      .insertInto('enterprises')
      .values(part)
      .onConflict((oc) => oc.column('id').doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)]))))
      .execute();
  }
}

export const updateEnterprise = (tx: Tx, id: string, row: Partial<EnterpriseTable>) => tx.updateTable('enterprises').set(row).where('id', '=', id).execute();

/** Replaces the licences of these enterprises with `rows`. */
export async function replaceLicences(tx: Tx, enterpriseIds: readonly string[], rows: readonly EnterpriseLicenceTable[]): Promise<void> {
  for (const part of chunks(enterpriseIds)) await tx.deleteFrom('enterprise_licences').where('enterprise_id', 'in', part).execute();
  for (const part of chunks(rows)) await tx.insertInto('enterprise_licences').values(part).execute();
}

export async function insertChanges(tx: Tx, rows: readonly EnterpriseChangeTable[]): Promise<void> {
  for (const part of chunks(rows)) await tx.insertInto('enterprise_changes').values(part).execute();
}

export async function listChanges(db: Q, enterpriseId: string): Promise<EnterpriseChange[]> {
  const rows = await db.selectFrom('enterprise_changes').selectAll().where('enterprise_id', '=', enterpriseId).orderBy('at', 'desc').orderBy('id', 'desc').limit(1000).execute();
  return rows.map((r) => ({ id: r.id, at: r.at, actorName: r.actor_name, source: r.source, field: r.field, label: r.label, oldValue: r.old_value, newValue: r.new_value }));
}

// ---------------------------------------------------------------------------------------------
// 作战图
// ---------------------------------------------------------------------------------------------

export interface ProgressFilter {
  districtId?: string | undefined;
  agencyId?: string | undefined;
}

function progressBase(db: Q, scope: Scope, f: ProgressFilter) {
  let q = db.selectFrom('enterprises as e').where(enterpriseScope(scope));
  if (f.districtId) q = q.where('e.located_agency_id', '=', f.districtId);
  if (f.agencyId) q = q.where('e.supervising_agency_id', '=', f.agencyId);
  return q;
}

export async function progressCounts(db: Q, scope: Scope, f: ProgressFilter, by: 'located' | 'supervising'): Promise<{ agencyId: string | null; total: number; complete: number }[]> {
  const col = by === 'located' ? 'e.located_agency_id' : 'e.supervising_agency_id';
  const rows = await progressBase(db, scope, f)
    .select([col, (eb) => eb.fn.countAll<number>().as('total'), sql<number>`sum(case when e.completeness = 100 then 1 else 0 end)`.as('complete')])
    .groupBy(col)
    .execute();
  return rows.map((r) => ({ agencyId: (r as Record<string, unknown>)[by === 'located' ? 'located_agency_id' : 'supervising_agency_id'] as string | null, total: Number(r.total), complete: Number(r.complete ?? 0) }));
}

export async function listIncomplete(db: Q, scope: Scope, f: ProgressFilter, limit: number) {
  const base = progressBase(db, scope, f).where('e.completeness', '<', 100);
  const [rows, total] = await Promise.all([
    base
      .innerJoin('agencies as la', 'la.id', 'e.located_agency_id')
      .leftJoin('agencies as sa', 'sa.id', 'e.supervising_agency_id')
      .select(['e.id', 'e.name', 'e.completeness', 'e.completeness_missing', 'la.name as located_agency_name', 'sa.name as supervising_agency_name'])
      .orderBy('e.completeness')
      .orderBy('e.name')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({ id: r.id, name: r.name, locatedAgencyName: r.located_agency_name, supervisingAgencyName: r.supervising_agency_name, score: r.completeness, missing: (JSON.parse(r.completeness_missing) as MissingField[]).map((m) => m.label) })),
    total: Number(total.n),
  };
}
