import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect';
import type { ClassificationRunTable, EnterpriseClassHistoryTable, EnterpriseClassTable, EnterpriseRiskInputTable, RuleValueTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';

type Q = Db | Tx;
/** Rows per statement: 2,000 × 12 columns stays under both dialects' parameter limits. */
const BATCH = 2000;

export const CLASSIFICATION_RULE = 'planning.classification';

/** Enterprise data scope: the supervising agency, else the 属地 agency (as in the registry). */
export const enterpriseInScope = (scope: Scope) =>
  sql<boolean>`(${scopeWhere(scope, { agencyId: 'e.supervising_agency_id' })} or (e.supervising_agency_id is null and ${scopeWhere(scope, { agencyId: 'e.located_agency_id' })}))`;

export const ruleRows = (db: Q, key: string) => db.selectFrom('rule_values').selectAll().where('key', '=', key).orderBy('effective_from').execute();
export const insertRule = (tx: Tx, row: RuleValueTable) => tx.insertInto('rule_values').values(row).execute();
export const closeRule = (tx: Tx, id: string, to: string) => tx.updateTable('rule_values').set({ effective_to: to }).where('id', '=', id).execute();
export const agencyPathOf = async (db: Q, id: string) => (await db.selectFrom('agencies').select('path').where('id', '=', id).executeTakeFirst())?.path ?? null;

/** What classification reads per enterprise (operating or suspended; closed ones are left out). */
export function classificationInputs(db: Q, scope: Scope, ids?: readonly string[]) {
  let q = db
    .selectFrom('enterprises as e')
    .leftJoin('enterprise_risk_inputs as r', 'r.enterprise_id', 'e.id')
    .innerJoin('agencies as a', (j) => j.on(sql<boolean>`a.id = coalesce(e.supervising_agency_id, e.located_agency_id)`))
    .select(['e.id', 'a.path as agency_path', 'e.sector', 'e.standardization_level', 'e.major_hazard_sources', 'r.credit_status', 'r.last_accident_on', 'r.last_fatal_accident_on'])
    .where('e.status', '!=', 'closed')
    .where(enterpriseInScope(scope));
  if (ids?.length) q = q.where('e.id', 'in', ids);
  return q.orderBy('e.id').execute();
}

export async function writeClasses(tx: Tx, current: EnterpriseClassTable[], history: EnterpriseClassHistoryTable[]): Promise<void> {
  for (let i = 0; i < current.length; i += BATCH) {
    const part = current.slice(i, i + BATCH);
    await tx.deleteFrom('enterprise_classes').where('enterprise_id', 'in', part.map((c) => c.enterprise_id)).execute();
    await tx.insertInto('enterprise_classes').values(part).execute();
  }
  for (let i = 0; i < history.length; i += BATCH) await tx.insertInto('enterprise_class_history').values(history.slice(i, i + BATCH)).execute();
}

export const insertRun = (tx: Tx, row: ClassificationRunTable) => tx.insertInto('classification_runs').values(row).execute();
export const listRuns = (db: Q, limit: number) => db.selectFrom('classification_runs').selectAll().orderBy('started_at', 'desc').limit(limit).execute();

export async function listClasses(db: Q, scope: Scope, f: { riskClass?: string | undefined; sector?: string | undefined; q?: string | undefined }, page: number, pageSize: number) {
  let q = db
    .selectFrom('enterprise_classes as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .innerJoin('enterprise_class_history as h', 'h.id', 'c.history_id')
    .where(enterpriseInScope(scope));
  if (f.riskClass) q = q.where('c.risk_class', '=', f.riskClass);
  if (f.sector) q = q.where('e.sector', '=', f.sector);
  if (f.q) q = q.where('e.name', 'like', `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await q
    .select(['e.id as enterprise_id', 'e.name', 'e.sector', 'c.year', 'c.agency_level', 'c.risk_class', 'c.frequency_floor', 'c.frequency_cap', 'c.computed_at', 'h.reasons'])
    .orderBy('c.risk_class', 'desc')
    .orderBy('e.name')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total };
}

export const classCounts = (db: Q, scope: Scope) =>
  db.selectFrom('enterprise_classes as c').innerJoin('enterprises as e', 'e.id', 'c.enterprise_id').where(enterpriseInScope(scope)).select(['c.risk_class', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('c.risk_class').execute();

export const findEnterpriseInScope = (db: Q, scope: Scope, id: string) =>
  db.selectFrom('enterprises as e').select(['e.id', 'e.name']).where('e.id', '=', id).where(enterpriseInScope(scope)).executeTakeFirst();

export const historyOf = (db: Q, enterpriseId: string) => db.selectFrom('enterprise_class_history').selectAll().where('enterprise_id', '=', enterpriseId).orderBy('computed_at', 'desc').limit(50).execute();

export const riskInputOf = (db: Q, enterpriseId: string) => db.selectFrom('enterprise_risk_inputs').selectAll().where('enterprise_id', '=', enterpriseId).executeTakeFirst();

export async function upsertRiskInput(tx: Tx, row: EnterpriseRiskInputTable): Promise<void> {
  await tx.deleteFrom('enterprise_risk_inputs').where('enterprise_id', '=', row.enterprise_id).execute();
  await tx.insertInto('enterprise_risk_inputs').values(row).execute();
}
