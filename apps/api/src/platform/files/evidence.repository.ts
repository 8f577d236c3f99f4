import type { Db } from '../db/connect';
import type { EvidenceObjectTable } from '../db/schema';
import type { Tx } from '../db/tx';

type Q = Db | Tx;

export const findEvidence = (db: Q, id: string): Promise<EvidenceObjectTable | undefined> =>
  db.selectFrom('evidence_objects').selectAll().where('id', '=', id).executeTakeFirst();

/** Inserts once; a concurrent insert of the same id loses quietly and the caller re-reads the winner. */
export const insertEvidence = (tx: Tx, row: EvidenceObjectTable) =>
  tx.insertInto('evidence_objects').values(row).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();

/** Every distinct stored address (originals and thumbnails), for the integrity sweep's cross-check. */
export async function evidenceAddresses(db: Q): Promise<{ originals: string[]; thumbnails: string[] }> {
  const originals = await db.selectFrom('evidence_objects').select('sha256').distinct().orderBy('sha256').execute();
  const thumbs = await db.selectFrom('evidence_objects').select('thumbnail_sha256').distinct().where('thumbnail_sha256', 'is not', null).orderBy('thumbnail_sha256').execute();
  return { originals: originals.map((r) => r.sha256), thumbnails: thumbs.map((r) => r.thumbnail_sha256 as string) };
}
