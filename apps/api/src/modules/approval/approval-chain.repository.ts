import { Permission } from '@zhifa/shared';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import type { Db } from '../../platform/db/connect';
import type { ApprovalChainTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

const chainSelect = (db: Q) =>
  db.selectFrom('approval_chains as c').innerJoin('agencies as a', 'a.id', 'c.agency_id').selectAll('c').select('a.name as agency_name');

export type ChainRow = Awaited<ReturnType<ReturnType<typeof chainSelect>['executeTakeFirstOrThrow']>>;

export function listChains(db: Q, scope: Scope, f: { agencyId?: string | undefined; objectType?: string | undefined }): Promise<ChainRow[]> {
  let q = chainSelect(db).where(scopeWhere(scope, { agencyId: 'c.agency_id' }));
  if (f.agencyId) q = q.where('c.agency_id', '=', f.agencyId);
  if (f.objectType) q = q.where('c.object_type', '=', f.objectType);
  return q.orderBy('a.path').orderBy('c.object_type').execute();
}

export const findChain = (db: Q, scope: Scope, id: string) =>
  chainSelect(db).where('c.id', '=', id).where(scopeWhere(scope, { agencyId: 'c.agency_id' })).executeTakeFirst();

/** The chain an instance submitted in `agencyId` follows (no scope: the submitter need not manage chains). */
export const findActiveChainFor = (db: Q, agencyId: string, objectType: string) =>
  db.selectFrom('approval_chains').selectAll().where('agency_id', '=', agencyId).where('object_type', '=', objectType).where('status', '=', 'active').executeTakeFirst();

export const chainExists = (db: Q, agencyId: string, objectType: string) =>
  db.selectFrom('approval_chains').select('id').where('agency_id', '=', agencyId).where('object_type', '=', objectType).executeTakeFirst();

export const insertChain = (tx: Tx, row: ApprovalChainTable) => tx.insertInto('approval_chains').values(row).execute();

export const updateChain = (tx: Tx, id: string, patch: Partial<ApprovalChainTable>) => tx.updateTable('approval_chains').set(patch).where('id', '=', id).execute();

export const findAgencyInScope = (db: Q, scope: Scope, id: string) =>
  db.selectFrom('agencies').select(['id', 'parent_id', 'name']).where('id', '=', id).where(scopeWhere(scope, { agencyId: 'agencies.id' })).executeTakeFirst();

/** Roles by code, with whether they hold the permission to act on approvals. */
export async function rolesByCode(db: Q, codes: string[]): Promise<Map<string, { name: string; canApprove: boolean }>> {
  if (!codes.length) return new Map();
  const rows = await db
    .selectFrom('roles as r')
    .select(['r.code', 'r.name'])
    .select((eb) =>
      eb.exists(eb.selectFrom('role_permissions as rp').select('rp.role_id').whereRef('rp.role_id', '=', 'r.id').where('rp.permission', '=', Permission.ApprovalAct)).as('can_approve'),
    )
    .where('r.code', 'in', codes)
    .execute();
  return new Map(rows.map((r) => [r.code, { name: r.name, canApprove: Boolean(r.can_approve) }]));
}

export async function unitsById(db: Q, ids: string[]): Promise<Map<string, { name: string; agencyId: string; status: string }>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'name', 'agency_id', 'status']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, agencyId: r.agency_id, status: r.status }]));
}
