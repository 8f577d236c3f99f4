import type { Agency, Unit } from '@zhifa/shared';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import type { Db } from '../../platform/db/connect';
import type { AgencyTable, UnitTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

export const toAgency = (r: AgencyTable): Agency => ({
  id: r.id,
  parentId: r.parent_id,
  name: r.name,
  shortName: r.short_name,
  divisionCode: r.division_code,
  level: r.level,
  status: r.status,
  sortOrder: r.sort_order,
});

export const toUnit = (r: UnitTable): Unit => ({ id: r.id, agencyId: r.agency_id, parentId: r.parent_id, name: r.name, status: r.status, sortOrder: r.sort_order });

export const listAgencies = (db: Q, scope: Scope) =>
  db.selectFrom('agencies').selectAll().where(scopeWhere(scope, { agencyId: 'agencies.id' })).orderBy('sort_order').orderBy('division_code').orderBy('name').execute();

export const findAgency = (db: Q, scope: Scope, id: string) =>
  db.selectFrom('agencies').selectAll().where('id', '=', id).where(scopeWhere(scope, { agencyId: 'agencies.id' })).executeTakeFirst();

export const findAgencyByName = (db: Q, name: string) => db.selectFrom('agencies').select('id').where('name', '=', name).executeTakeFirst();

export const insertAgency = (tx: Tx, row: AgencyTable) => tx.insertInto('agencies').values(row).execute();

export const updateAgency = (tx: Tx, id: string, patch: Partial<AgencyTable>) => tx.updateTable('agencies').set(patch).where('id', '=', id).execute();

export const listUnits = (db: Q, scope: Scope, agencyId: string) =>
  db.selectFrom('units').selectAll().where('agency_id', '=', agencyId).where(scopeWhere(scope, { agencyId: 'units.agency_id' })).orderBy('sort_order').orderBy('name').execute();

export const findUnit = (db: Q, scope: Scope, id: string) =>
  db.selectFrom('units').selectAll().where('id', '=', id).where(scopeWhere(scope, { agencyId: 'units.agency_id' })).executeTakeFirst();

export const findUnitByName = (db: Q, agencyId: string, parentId: string | null, name: string) => {
  let q = db.selectFrom('units').select('id').where('agency_id', '=', agencyId).where('name', '=', name);
  q = parentId ? q.where('parent_id', '=', parentId) : q.where('parent_id', 'is', null);
  return q.executeTakeFirst();
};

export const insertUnit = (tx: Tx, row: UnitTable) => tx.insertInto('units').values(row).execute();

export const updateUnit = (tx: Tx, id: string, patch: Partial<UnitTable>) => tx.updateTable('units').set(patch).where('id', '=', id).execute();

export const countActiveChildren = async (db: Q, unitId: string): Promise<{ units: number; users: number }> => {
  const [u, p] = await Promise.all([
    db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).where('parent_id', '=', unitId).where('status', '=', 'active').executeTakeFirstOrThrow(),
    db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('unit_id', '=', unitId).where('status', '=', 'active').executeTakeFirstOrThrow(),
  ]);
  return { units: Number(u.n), users: Number(p.n) };
};
