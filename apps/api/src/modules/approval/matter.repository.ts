import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import type { Db } from '../../platform/db/connect';
import type { ApprovalMatterTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

const matterSelect = (db: Q) =>
  db
    .selectFrom('approval_matters as m')
    .innerJoin('users as o', 'o.id', 'm.owner_id')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .leftJoin('units as n', 'n.id', 'm.unit_id')
    .selectAll('m')
    .select(['o.display_name as owner_name', 'a.name as agency_name', 'n.name as unit_name'])
    .select((eb) =>
      eb
        .selectFrom('approval_instances as i')
        .select('i.id')
        .where('i.object_type', '=', 'generic:matter')
        .whereRef('i.object_id', '=', 'm.id')
        .orderBy('i.submitted_at', 'desc')
        .orderBy('i.id', 'desc')
        .limit(1)
        .as('approval_id'),
    );

export type MatterRow = Awaited<ReturnType<ReturnType<typeof matterSelect>['executeTakeFirstOrThrow']>>;

export const findMatter = (db: Q, scope: Scope, id: string) =>
  matterSelect(db).where('m.id', '=', id).where(scopeWhere(scope, { agencyId: 'm.agency_id', unitId: 'm.unit_id', ownerId: 'm.owner_id' })).executeTakeFirst();

/** Without scope: only for the approval engine's `load`, after it checked the reader takes part. */
export const findMatterForApproval = (db: Q, id: string) => matterSelect(db).where('m.id', '=', id).executeTakeFirst();

export const insertMatter = (tx: Tx, row: ApprovalMatterTable) => tx.insertInto('approval_matters').values(row).execute();

export const updateMatter = (tx: Tx, id: string, patch: Partial<ApprovalMatterTable>) => tx.updateTable('approval_matters').set(patch).where('id', '=', id).execute();
