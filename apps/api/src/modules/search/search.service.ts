import { Permission } from '@zhifa/shared';
import { searchEntityTypeLabel, searchEntityTypes, type SearchEntityType, type SearchResult } from '@zhifa/shared/contract/search';
import type { Actor } from '../../platform/auth/actor';
import { scopeFor } from '../../platform/auth/scope';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { invalidField } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import * as repo from './search.repository';
import { findMarks, normaliseText, queryTerms, snippetOf } from './search-text';

/**
 * The search index API for every module. Call these inside the transaction that changes the
 * record, so the index never disagrees with the data:
 *
 *   await ctx.tx(async (tx) => {
 *     await repo.insertEnterprise(tx, row);
 *     await upsertSearchDocument(tx, { entityType: 'enterprise', entityId: id, agencyId: row.supervising_agency_id,
 *       title: row.name, subtitle: row.credit_code, body: row.address ?? '', keywords: [row.credit_code], updatedAt: now });
 *     await ctx.audit(tx, …);
 *   });
 */
export interface SearchDocumentInput {
  entityType: SearchEntityType;
  entityId: string;
  /** Owning agency for data-scoped records (the caller's data scope for the type's permission applies); null = not scoped. */
  agencyId: string | null;
  title: string;
  /** Shown under the title (e.g. a code or credit code); searched. */
  subtitle?: string | null;
  /** Searched and used for the snippet. */
  body: string;
  /** Searched but not shown (aliases, codes). */
  keywords?: readonly string[];
  /** Order among equally good hits; defaults to the title. */
  sortKey?: string;
  updatedAt: string;
}

/** Which permission lets a caller find a type, and whether superior agencies' records reach down. */
const typeAccess: Record<SearchEntityType, { permission: Permission; inheritDown: boolean }> = {
  checkItem: { permission: Permission.ChecklistRead, inheritDown: true },
  provision: { permission: Permission.ChecklistRead, inheritDown: false },
  violation: { permission: Permission.ChecklistRead, inheritDown: false },
  law: { permission: Permission.ChecklistRead, inheritDown: false },
  campaign: { permission: Permission.ChecklistRead, inheritDown: true },
  enterprise: { permission: Permission.EnterpriseRead, inheritDown: false },
};

function toRow(d: SearchDocumentInput) {
  const subtitle = d.subtitle ?? null;
  const text = [d.title, subtitle ?? '', d.body, ...(d.keywords ?? [])].join('\n');
  return {
    id: newId(),
    entity_type: d.entityType,
    entity_id: d.entityId,
    agency_id: d.agencyId,
    title: d.title,
    subtitle,
    body: d.body,
    search_title: normaliseText(d.title),
    search_text: normaliseText(text),
    sort_key: d.sortKey ?? d.title,
    updated_at: d.updatedAt,
  };
}

export async function upsertSearchDocument(tx: Tx, doc: SearchDocumentInput): Promise<void> {
  await repo.upsertDocuments(tx, [toRow(doc)]);
}

/** Many documents at once (seeding, re-indexing): ≤ 500 rows per statement. */
export async function upsertSearchDocuments(tx: Tx, docs: readonly SearchDocumentInput[]): Promise<void> {
  await repo.upsertDocuments(tx, docs.map(toRow));
}

export async function removeSearchDocument(tx: Tx, entityType: SearchEntityType, entityId: string): Promise<void> {
  await repo.deleteDocument(tx, entityType, entityId);
}

/** The agencies above the caller's own (from its materialised path). */
export function superiorAgencyIds(actor: Actor): string[] {
  return actor.agencyPath.split('/').filter((id) => id && id !== actor.agencyId);
}

/** Typed hits grouped by type, for the types the caller may read, each within its data scope. */
export async function search(ctx: Ctx, query: { q: string; types?: SearchEntityType[] | undefined; limit: number }): Promise<SearchResult> {
  const terms = queryTerms(query.q);
  if (!terms.length) throw invalidField('query.q', '搜索词：不能为空');
  const actor = ctx.actor!;
  const wanted = query.types?.length ? searchEntityTypes.filter((t) => query.types!.includes(t)) : searchEntityTypes;
  const allowed = wanted.filter((t) => actor.permissions.has(typeAccess[t].permission));
  const groups = await Promise.all(
    allowed.map(async (type) => {
      const access = typeAccess[type];
      const { total, rows } = await repo.searchType(ctx.db, {
        entityType: type,
        terms,
        scope: scopeFor(actor, access.permission),
        inheritedAgencyIds: access.inheritDown ? superiorAgencyIds(actor) : [],
        limit: query.limit,
      });
      const hits = rows.map((r) => {
        const { snippet, marks } = snippetOf(r.body, terms);
        return { type, id: r.entity_id, title: r.title, titleMarks: findMarks(r.title, terms), subtitle: r.subtitle, snippet, snippetMarks: marks };
      });
      return { type, label: searchEntityTypeLabel[type], total, hits };
    }),
  );
  return { q: query.q, groups: groups.filter((g) => g.total > 0) };
}
