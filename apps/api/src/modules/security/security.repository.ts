import type { Db } from '../../platform/db/connect';
import type { ApiTokenTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

export const listTokens = (db: Db) => db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').execute();
export const findToken = (db: Db, id: string) => db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
export const insertToken = (tx: Tx, row: ApiTokenTable) => tx.insertInto('api_tokens').values(row).execute();
export const revokeToken = (tx: Tx, id: string, at: string) => tx.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
export const findActiveAgency = (db: Db, id: string) => db.selectFrom('agencies').select(['id', 'path']).where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
