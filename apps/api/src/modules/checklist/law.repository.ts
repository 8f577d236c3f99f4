import type { ProvisionKind, LawKind, Provision, ProvisionRef } from '@zhifa/shared/contract/law';
import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/connect';
import type { LawTable, LawVersionTable, ProvisionTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import { containsPattern } from '../search/search-text';

type Q = Db | Tx;

/** Rows per INSERT statement when loading reference data. */
export const CHUNK = 500;

export async function insertChunked<T extends 'laws' | 'law_versions' | 'provisions'>(tx: Tx, table: T, rows: readonly (T extends 'laws' ? LawTable : T extends 'law_versions' ? LawVersionTable : ProvisionTable)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
}

export const toProvision = (r: ProvisionTable): Provision => ({
  id: r.id,
  key: r.key,
  lawVersionId: r.law_version_id,
  parentId: r.parent_id,
  article: r.article,
  paragraph: r.paragraph,
  item: r.item,
  subItem: r.sub_item,
  heading: r.heading,
  text: r.text,
  textIsParaphrase: r.text_is_paraphrase === 1,
  citation: r.citation,
  note: r.note,
  kind: r.kind ?? null,
});

export const existingKeys = async (db: Q, table: 'laws' | 'law_versions' | 'provisions' | 'violations' | 'discretion_versions' | 'checklists' | 'check_units' | 'check_items' | 'campaigns'): Promise<Set<string>> =>
  new Set((await db.selectFrom(table).select('key').where('key', 'is not', null).execute()).map((r) => r.key as string));

export const listLaws = (db: Q, f: { q?: string | undefined; kind?: LawKind | undefined }) => {
  let q = db.selectFrom('laws').selectAll();
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.q) {
    const p = containsPattern(f.q);
    q = q.where((eb) => eb.or([sql<SqlBool>`title like ${p} escape '\\'`, sql<SqlBool>`short_title like ${p} escape '\\'`]));
  }
  return q.orderBy('title').execute();
};

export const findLaw = (db: Q, id: string) => db.selectFrom('laws').selectAll().where('id', '=', id).executeTakeFirst();
export const findLawByTitle = (db: Q, title: string) => db.selectFrom('laws').select('id').where('title', '=', title).executeTakeFirst();
export const insertLaw = (tx: Tx, row: LawTable) => tx.insertInto('laws').values(row).execute();

/** Versions of some laws (all when `lawIds` is undefined) with their provision counts. */
export const listVersions = (db: Q, lawIds?: readonly string[]) => {
  let q = db
    .selectFrom('law_versions')
    .selectAll('law_versions')
    .select((eb) => eb.selectFrom('provisions').select((e) => e.fn.countAll<number>().as('n')).whereRef('provisions.law_version_id', '=', 'law_versions.id').as('provision_count'));
  if (lawIds) {
    if (!lawIds.length) return Promise.resolve([]);
    q = q.where('law_id', 'in', lawIds);
  }
  return q.orderBy('law_id').orderBy('effective_from').execute();
};

export const findVersion = (db: Q, id: string) => db.selectFrom('law_versions').selectAll().where('id', '=', id).executeTakeFirst();
export const findVersionByTag = (db: Q, lawId: string, tag: string) => db.selectFrom('law_versions').select('id').where('law_id', '=', lawId).where('tag', '=', tag).executeTakeFirst();
export const insertVersion = (tx: Tx, row: LawVersionTable) => tx.insertInto('law_versions').values(row).execute();

export const listProvisions = (db: Q, versionId: string) => db.selectFrom('provisions').selectAll().where('law_version_id', '=', versionId).orderBy('sort_order').execute();
export const findProvision = (db: Q, id: string) => db.selectFrom('provisions').selectAll().where('id', '=', id).executeTakeFirst();
export const childProvisions = (db: Q, parentId: string) => db.selectFrom('provisions').selectAll().where('parent_id', '=', parentId).orderBy('sort_order').execute();
export const provisionsByIds = (db: Q, ids: readonly string[]) => (ids.length ? db.selectFrom('provisions').selectAll().where('id', 'in', ids).execute() : Promise.resolve([]));
export const insertProvision = (tx: Tx, row: ProvisionTable) => tx.insertInto('provisions').values(row).execute();

export const findSameNumber = (db: Q, versionId: string, n: { article: number; paragraph: number | null; item: number | null; subItem: number | null }) => {
  let q = db.selectFrom('provisions').select('id').where('law_version_id', '=', versionId).where('article', '=', n.article);
  q = n.paragraph === null ? q.where('paragraph', 'is', null) : q.where('paragraph', '=', n.paragraph);
  q = n.item === null ? q.where('item', 'is', null) : q.where('item', '=', n.item);
  q = n.subItem === null ? q.where('sub_item', 'is', null) : q.where('sub_item', '=', n.subItem);
  return q.executeTakeFirst();
};

/** Whether the article already has a 款 row (then its items are cited with the 款). */
export const articleHasParagraphRows = async (db: Q, versionId: string, article: number): Promise<boolean> =>
  Boolean(await db.selectFrom('provisions').select('id').where('law_version_id', '=', versionId).where('article', '=', article).where('paragraph', 'is not', null).where('item', 'is', null).executeTakeFirst());

/** Provisions as cited elsewhere, with their version's dates (for ProvisionRef). */
export const provisionRefs = (db: Q, ids: readonly string[]) =>
  ids.length
    ? db
        .selectFrom('provisions')
        .innerJoin('law_versions', 'law_versions.id', 'provisions.law_version_id')
        .select(['provisions.id', 'provisions.citation', 'provisions.text', 'provisions.text_is_paraphrase', 'provisions.law_version_id', 'law_versions.verified', 'law_versions.effective_from', 'law_versions.effective_to'])
        .where('provisions.id', 'in', ids)
        .execute()
    : Promise.resolve([]);

export type ProvisionRefRow = Awaited<ReturnType<typeof provisionRefs>>[number];

export const toProvisionRef = (r: ProvisionRefRow, date: string): ProvisionRef => ({
  id: r.id,
  citation: r.citation,
  text: r.text,
  textIsParaphrase: r.text_is_paraphrase === 1,
  lawVersionId: r.law_version_id,
  versionVerified: r.verified === 1,
  versionInForce: r.effective_from <= date && (r.effective_to === null || date <= r.effective_to),
});

/** Violations citing a provision. */
export const violationsCiting = (db: Q, provisionId: string) =>
  db
    .selectFrom('violation_provisions')
    .innerJoin('violations', 'violations.id', 'violation_provisions.violation_id')
    .select(['violations.id', 'violations.code', 'violations.name', 'violation_provisions.role'])
    .where('violation_provisions.provision_id', '=', provisionId)
    .orderBy('violations.code')
    .execute();

/** Seeded provisions (with a key) not yet classified as obligation / penalty / procedure. */
export const unclassifiedProvisionKeys = async (db: Q): Promise<string[]> =>
  (await db.selectFrom('provisions').select('key').where('key', 'is not', null).where('kind', 'is', null).execute()).map((r) => r.key as string);

export const setProvisionKind = (tx: Tx, key: string, kind: ProvisionKind, now: string) =>
  tx.updateTable('provisions').set({ kind, updated_at: now }).where('key', '=', key).where('kind', 'is', null).execute();

/** A recorded correction of seeded law data, applied only where the stored value is still the old one. */
export async function correctIfUnchanged(tx: Tx, c: { table: 'violations' | 'discretion_tiers'; key: string; column: 'name' | 'circumstance'; from: string; to: string }, now: string): Promise<boolean> {
  const r =
    c.table === 'violations'
      ? await tx.updateTable('violations').set({ name: c.to, updated_at: now }).where('key', '=', c.key).where('name', '=', c.from).executeTakeFirst()
      : await tx.updateTable('discretion_tiers').set({ circumstance: c.to }).where('key', '=', c.key).where('circumstance', '=', c.from).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
