import { sql, type Expression, type SqlBool } from 'kysely';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import type { Db } from '../../platform/db/connect';
import type { SearchDocumentTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import { containsPattern } from './search-text';

type Q = Db | Tx;

/** Rows per INSERT statement (well under both dialects' bound-parameter limits). */
const CHUNK = 500;

const updatable = ['agency_id', 'title', 'subtitle', 'body', 'search_title', 'search_text', 'sort_key', 'updated_at'] as const;

/** Insert or replace documents by (entity_type, entity_id), in chunks of 500 rows. */
export async function upsertDocuments(tx: Tx, rows: SearchDocumentTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx
      .insertInto('search_documents')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['entity_type', 'entity_id']).doUpdateSet((eb) => Object.fromEntries(updatable.map((c) => [c, eb.ref(`excluded.${c}`)]))))
      .execute();
  }
}

export const deleteDocument = (tx: Tx, entityType: string, entityId: string) =>
  tx.deleteFrom('search_documents').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute();

export interface TypeSearch {
  entityType: string;
  terms: readonly string[];
  scope: Scope;
  /** Records of these agencies are visible too (published reference of the caller's superior agencies). */
  inheritedAgencyIds: readonly string[];
  limit: number;
}

function visible(s: TypeSearch): Expression<SqlBool> {
  const parts = [sql<SqlBool>`search_documents.agency_id is null`, scopeWhere(s.scope, { agencyId: 'search_documents.agency_id' })];
  if (s.inheritedAgencyIds.length) parts.push(sql<SqlBool>`search_documents.agency_id in (${sql.join(s.inheritedAgencyIds)})`);
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

function matches(column: 'search_text' | 'search_title', terms: readonly string[]): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.join(
    terms.map((t) => sql`${sql.ref(`search_documents.${column}`)} like ${containsPattern(t)} escape '\\'`),
    sql` and `,
  )})`;
}

/** The best `limit` hits of one type (title matches first) and how many there are in all — one scan (window count). */
export async function searchType(db: Q, s: TypeSearch): Promise<{ total: number; rows: SearchDocumentTable[] }> {
  const rows = await db
    .selectFrom('search_documents')
    .selectAll()
    .select(sql<number>`count(*) over ()`.as('total_count'))
    .where('entity_type', '=', s.entityType)
    .where(matches('search_text', s.terms))
    .where(visible(s))
    .orderBy(sql`case when ${matches('search_title', s.terms)} then 0 else 1 end`)
    .orderBy('sort_key')
    .limit(s.limit)
    .execute();
  return { total: Number(rows[0]?.total_count ?? 0), rows };
}
