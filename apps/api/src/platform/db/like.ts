import { sql, type Expression, type SqlBool } from 'kysely';

/** Escapes LIKE wildcards so user text matches literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => '\\' + c);

/**
 * `column LIKE %text% ESCAPE '\'` — the ESCAPE clause is required: SQLite has no default escape
 * character, so without it "wy_officer1" would not match itself.
 */
export function likeContains(column: string, text: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(text)}%`} escape '\\'`;
}

export function likePrefix(column: string, text: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`${escapeLike(text)}%`} escape '\\'`;
}
