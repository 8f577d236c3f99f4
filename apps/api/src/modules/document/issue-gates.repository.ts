import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import type { Db } from '../../platform/db/connect';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

/** Issued versions of the given types in the data scope (urgent measures awaiting the head's approval). */
export const issuedOfTypes = (db: Q, scope: Scope, typeCodes: string[]) =>
  typeCodes.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('documents as d')
        .leftJoin('document_types as t', 't.code', 'd.type_code')
        .select(['d.id', 'd.type_code', 'd.title', 'd.number', 'd.issued_at', 'd.status', 't.name as type_name'])
        .where(scopeWhere(scope, { agencyId: 'd.agency_id', unitId: 'd.unit_id', ownerId: 'd.owner_id' }))
        .where('d.type_code', 'in', typeCodes)
        .where('d.status', 'in', ['issued', 'served', 'archived'])
        .where('d.issued_at', 'is not', null)
        .orderBy('d.issued_at', 'desc')
        .limit(500)
        .execute();
