import type { Db } from '../../platform/db/connect';
import type { ApiTokenTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

export type TokenRow = ApiTokenTable & { username: string | null; user_display_name: string | null };

const tokens = (db: Db) =>
  db
    .selectFrom('api_tokens as t')
    .leftJoin('users as u', 'u.id', 't.user_id')
    .selectAll('t')
    .select(['u.username as username', 'u.display_name as user_display_name']);

export const listTokens = (db: Db): Promise<TokenRow[]> => tokens(db).orderBy('t.created_at', 'desc').execute();
export const listTokensOf = (db: Db, userId: string): Promise<TokenRow[]> => tokens(db).where('t.user_id', '=', userId).orderBy('t.created_at', 'desc').execute();
export const findToken = (db: Db, id: string): Promise<TokenRow | undefined> => tokens(db).where('t.id', '=', id).executeTakeFirst();
export const insertToken = (tx: Tx, row: ApiTokenTable) => tx.insertInto('api_tokens').values(row).execute();
export const revokeToken = (tx: Tx, id: string, at: string) => tx.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
