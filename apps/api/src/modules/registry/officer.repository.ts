import type { CertificateState, Officer, OfficerListFilter, Recusal } from '@zhifa/shared/contract/registry';
import type { Sector } from '@zhifa/shared/rules/industry';
import { sql, type SqlBool } from 'kysely';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import type { Db } from '../../platform/db/connect';
import type { OfficerRecusalTable, OfficerTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import { chunks } from './enterprise.repository';
import { certificateState } from './officer-rules';

type Q = Db | Tx;

const scoped = (scope: Scope) => scopeWhere(scope, { agencyId: 'o.agency_id', unitId: 'o.unit_id', ownerId: 'o.user_id' });
const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

const baseSelect = (db: Q) =>
  db
    .selectFrom('officers as o')
    .innerJoin('agencies as a', 'a.id', 'o.agency_id')
    .leftJoin('units as n', 'n.id', 'o.unit_id')
    .leftJoin('users as u', 'u.id', 'o.user_id')
    .selectAll('o')
    .select(['a.name as agency_name', 'n.name as unit_name', 'u.username']);

export type OfficerRow = OfficerTable & { agency_name: string; unit_name: string | null; username: string | null };

function filtered(db: Q, scope: Scope, f: OfficerListFilter, today: string) {
  let q = baseSelect(db).where(scoped(scope));
  if (f.q) q = q.where((eb) => eb.or([sql<SqlBool>`o.name like ${like(f.q!)} escape '\\'`, sql<SqlBool>`o.cert_no like ${like(f.q!.toUpperCase())} escape '\\'`]));
  if (f.agencyId) q = q.where('o.agency_id', '=', f.agencyId);
  if (f.status) q = q.where('o.status', '=', f.status);
  if (f.certState === 'expired') q = q.where('o.cert_valid_to', '<', today);
  if (f.certState === 'notYetValid') q = q.where('o.cert_valid_from', '>', today);
  if (f.certState === 'valid') q = q.where('o.cert_valid_from', '<=', today).where('o.cert_valid_to', '>=', today);
  return q;
}

export async function listOfficers(db: Q, scope: Scope, f: OfficerListFilter, page: number, pageSize: number, today: string): Promise<{ rows: OfficerRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    filtered(db, scope, f, today).orderBy('a.path').orderBy('o.cert_no').limit(pageSize).offset((page - 1) * pageSize).execute(),
    filtered(db, scope, f, today).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const listForExport = (db: Q, scope: Scope, f: OfficerListFilter, today: string, limit: number) => filtered(db, scope, f, today).orderBy('a.path').orderBy('o.cert_no').limit(limit).execute();

export const findOfficer = (db: Q, scope: Scope, id: string) => baseSelect(db).where('o.id', '=', id).where(scoped(scope)).executeTakeFirst();

/** Without a data scope: for the rule other modules ask (maySignFieldDocument). */
export const findOfficerById = (db: Q, id: string) => db.selectFrom('officers').selectAll().where('id', '=', id).executeTakeFirst();

export const findByCertNo = (db: Q, certNo: string) => db.selectFrom('officers').select(['id', 'name']).where('cert_no', '=', certNo).executeTakeFirst();

export const findByUser = (db: Q, userId: string) => db.selectFrom('officers').select(['id', 'name']).where('user_id', '=', userId).executeTakeFirst();

export async function findByCertNos(db: Q, certNos: readonly string[]): Promise<OfficerRow[]> {
  const out: OfficerRow[] = [];
  for (const part of chunks([...new Set(certNos)])) out.push(...(await baseSelect(db).where('o.cert_no', 'in', part).execute()));
  return out;
}

/** Accounts by username, with their agency and the officer already linked to them (for the import). */
export async function usersByUsername(db: Q, usernames: readonly string[]) {
  const out: { id: string; username: string; agency_id: string; officer_id: string | null }[] = [];
  for (const part of chunks([...new Set(usernames)])) {
    out.push(
      ...(await db
        .selectFrom('users as u')
        .leftJoin('officers as o', 'o.user_id', 'u.id')
        .select(['u.id', 'u.username', 'u.agency_id', 'o.id as officer_id'])
        .where('u.username', 'in', part)
        .execute()),
    );
  }
  return out;
}

export const existingIds = async (db: Q, ids: readonly string[]): Promise<Set<string>> => {
  const out = new Set<string>();
  for (const part of chunks(ids)) for (const r of await db.selectFrom('officers').select('id').where('id', 'in', part).execute()) out.add(r.id);
  return out;
};

export async function insertOfficers(tx: Tx, rows: readonly OfficerTable[]): Promise<void> {
  for (const part of chunks(rows)) await tx.insertInto('officers').values(part).execute();
}

/** Overwrites whole rows by id, many per statement. */
export async function overwriteOfficers(tx: Tx, rows: readonly OfficerTable[]): Promise<void> {
  if (!rows.length) return;
  const columns = (Object.keys(rows[0]!) as (keyof OfficerTable)[]).filter((c) => c !== 'id' && c !== 'created_at' && c !== 'is_demo');
  for (const part of chunks(rows)) {
    await tx
      .insertInto('officers')
      .values(part)
      .onConflict((oc) => oc.column('id').doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)]))))
      .execute();
  }
}

export const updateOfficer = (tx: Tx, id: string, patch: Partial<OfficerTable>) => tx.updateTable('officers').set(patch).where('id', '=', id).execute();

export function toOfficer(r: OfficerRow, today: string, activeRecusals: number): Officer {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    userId: r.user_id,
    username: r.username,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    title: r.title,
    phone: r.phone,
    certNo: r.cert_no,
    certIssuer: r.cert_issuer,
    certValidFrom: r.cert_valid_from,
    certValidTo: r.cert_valid_to,
    certState: certificateState({ certValidFrom: r.cert_valid_from, certValidTo: r.cert_valid_to }, today) as CertificateState,
    status: r.status,
    specialties: JSON.parse(r.specialties) as Sector[],
    note: r.note,
    activeRecusals,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

// ---------------------------------------------------------------------------------------------
// Recusals
// ---------------------------------------------------------------------------------------------

export async function recusalsOf(db: Q, officerIds: readonly string[]): Promise<(OfficerRecusalTable & { enterprise_name: string })[]> {
  const out: (OfficerRecusalTable & { enterprise_name: string })[] = [];
  for (const part of chunks(officerIds)) {
    out.push(
      ...(await db
        .selectFrom('officer_recusals as r')
        .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
        .selectAll('r')
        .select('e.name as enterprise_name')
        .where('r.officer_id', 'in', part)
        .orderBy('r.valid_from', 'desc')
        .execute()),
    );
  }
  return out;
}

/** Recusals in force on `date`, counted per officer. */
export async function activeRecusalCounts(db: Q, officerIds: readonly string[], date: string): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  for (const part of chunks(officerIds)) {
    const rows = await db
      .selectFrom('officer_recusals')
      .select(['officer_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('officer_id', 'in', part)
      .where('valid_from', '<=', date)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
      .groupBy('officer_id')
      .execute();
    for (const r of rows) map.set(r.officer_id, Number(r.n));
  }
  return map;
}

/** One officer's recusals for one enterprise (the eligibility rule filters by date). */
export const recusalsFor = (db: Q, officerId: string, enterpriseId: string) =>
  db.selectFrom('officer_recusals').selectAll().where('officer_id', '=', officerId).where('enterprise_id', '=', enterpriseId).execute();

export const findRecusal = (db: Q, officerId: string, id: string) =>
  db
    .selectFrom('officer_recusals as r')
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
    .selectAll('r')
    .select('e.name as enterprise_name')
    .where('r.officer_id', '=', officerId)
    .where('r.id', '=', id)
    .executeTakeFirst();

export async function insertRecusals(tx: Tx, rows: readonly OfficerRecusalTable[]): Promise<void> {
  for (const part of chunks(rows)) await tx.insertInto('officer_recusals').values(part).execute();
}

export const updateRecusal = (tx: Tx, id: string, patch: Partial<OfficerRecusalTable>) => tx.updateTable('officer_recusals').set(patch).where('id', '=', id).execute();

export const existingRecusalIds = async (db: Q, ids: readonly string[]): Promise<Set<string>> => {
  const out = new Set<string>();
  for (const part of chunks(ids)) for (const r of await db.selectFrom('officer_recusals').select('id').where('id', 'in', part).execute()) out.add(r.id);
  return out;
};

export const toRecusal = (r: OfficerRecusalTable & { enterprise_name: string }): Recusal => ({
  id: r.id,
  officerId: r.officer_id,
  enterpriseId: r.enterprise_id,
  enterpriseName: r.enterprise_name,
  reason: r.reason,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  createdAt: r.created_at,
});
