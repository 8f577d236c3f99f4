import type { Db } from '../../platform/db/connect';
import type { DocumentCitationSettingTable, DocumentCitationTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

/** A law by its full or short title. */
export const lawByTitle = (db: Q, title: string) =>
  db.selectFrom('laws').select(['id', 'title']).where((eb) => eb.or([eb('title', '=', title), eb('short_title', '=', title)])).executeTakeFirst();

export const versionsOfLaw = (db: Q, lawId: string) =>
  db.selectFrom('law_versions').select(['id', 'tag', 'title', 'effective_from', 'effective_to']).where('law_id', '=', lawId).orderBy('effective_from').execute();

export const provisionAt = (db: Q, versionId: string, n: { article: number; paragraph: number | null; item: number | null }) => {
  let q = db.selectFrom('provisions').select(['id', 'citation', 'kind']).where('law_version_id', '=', versionId).where('article', '=', n.article).where('sub_item', 'is', null);
  q = n.paragraph === null ? q.where('paragraph', 'is', null) : q.where('paragraph', '=', n.paragraph);
  q = n.item === null ? q.where('item', 'is', null) : q.where('item', '=', n.item);
  return q.executeTakeFirst();
};

export const settingsOf = (db: Q, documentId: string) => db.selectFrom('document_citation_settings').selectAll().where('document_id', '=', documentId).executeTakeFirst();

export const upsertSettings = (tx: Tx, row: DocumentCitationSettingTable) =>
  tx
    .insertInto('document_citation_settings')
    .values(row)
    .onConflict((oc) => oc.column('document_id').doUpdateSet({ act_date: row.act_date, reasons: row.reasons, updated_by: row.updated_by, updated_at: row.updated_at }))
    .execute();

export const insertCitations = (tx: Tx, rows: DocumentCitationTable[]) => (rows.length ? tx.insertInto('document_citations').values(rows).execute() : Promise.resolve());

export const citationsOf = (db: Q, documentId: string) => db.selectFrom('document_citations').selectAll().where('document_id', '=', documentId).orderBy('path').execute();
