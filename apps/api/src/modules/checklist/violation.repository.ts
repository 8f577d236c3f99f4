import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/connect';
import type { DiscretionTierTable, DiscretionVersionTable, ViolationProvisionTable, ViolationTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import { containsPattern } from '../search/search-text';
import { CHUNK } from './law.repository';

type Q = Db | Tx;

export async function insertViolationData(
  tx: Tx,
  rows: { violations: ViolationTable[]; links: ViolationProvisionTable[]; versions: DiscretionVersionTable[]; tiers: DiscretionTierTable[] },
): Promise<void> {
  for (let i = 0; i < rows.violations.length; i += CHUNK) await tx.insertInto('violations').values(rows.violations.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < rows.links.length; i += CHUNK) await tx.insertInto('violation_provisions').values(rows.links.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < rows.versions.length; i += CHUNK) await tx.insertInto('discretion_versions').values(rows.versions.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < rows.tiers.length; i += CHUNK) await tx.insertInto('discretion_tiers').values(rows.tiers.slice(i, i + CHUNK)).execute();
}

function filtered(db: Q, q: string | undefined) {
  let query = db.selectFrom('violations');
  if (q) {
    const p = containsPattern(q);
    query = query.where((eb) => eb.or([sql<SqlBool>`violations.code like ${p} escape '\\'`, sql<SqlBool>`violations.name like ${p} escape '\\'`]));
  }
  return query;
}

export async function listViolations(db: Q, f: { q?: string | undefined; page: number; pageSize: number }) {
  const [rows, count] = await Promise.all([
    filtered(db, f.q)
      .selectAll('violations')
      .select((eb) => eb.selectFrom('discretion_versions').select((e) => e.fn.countAll<number>().as('n')).whereRef('discretion_versions.violation_id', '=', 'violations.id').as('version_count'))
      .orderBy('violations.code')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    filtered(db, f.q).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const findViolation = (db: Q, id: string) =>
  db
    .selectFrom('violations')
    .selectAll('violations')
    .select((eb) => eb.selectFrom('discretion_versions').select((e) => e.fn.countAll<number>().as('n')).whereRef('discretion_versions.violation_id', '=', 'violations.id').as('version_count'))
    .where('id', '=', id)
    .executeTakeFirst();

export const violationsByIds = (db: Q, ids: readonly string[]) =>
  ids.length ? db.selectFrom('violations').select(['id', 'code', 'name']).where('id', 'in', ids).execute() : Promise.resolve([]);

/** The provision links of some violations, with citations, in order. */
export const violationLinks = (db: Q, violationIds: readonly string[]) =>
  violationIds.length
    ? db
        .selectFrom('violation_provisions')
        .innerJoin('provisions', 'provisions.id', 'violation_provisions.provision_id')
        .select(['violation_provisions.violation_id', 'violation_provisions.provision_id', 'violation_provisions.role', 'provisions.citation'])
        .where('violation_provisions.violation_id', 'in', violationIds)
        .orderBy('violation_provisions.violation_id')
        .orderBy('violation_provisions.role')
        .orderBy('violation_provisions.sort_order')
        .execute()
    : Promise.resolve([]);

export const discretionVersions = (db: Q, violationId: string) =>
  db.selectFrom('discretion_versions').selectAll().where('violation_id', '=', violationId).orderBy('effective_from').execute();

export const discretionTiers = (db: Q, versionIds: readonly string[]) =>
  versionIds.length ? db.selectFrom('discretion_tiers').selectAll().where('version_id', 'in', versionIds).orderBy('version_id').orderBy('level').execute() : Promise.resolve([]);
