import type { Db } from '../db/connect';
import type { FileTable } from '../db/schema';
import type { Tx } from '../db/tx';
import type { StoredFile } from './file-store';

type Q = Db | Tx;

/** Records a stored file once; a second record of the same bytes is a no-op (write-once). */
export const recordFile = (tx: Tx, file: StoredFile, mediaType: string, at: string, by: string | null) =>
  tx
    .insertInto('files')
    .values({ sha256: file.sha256, sm3: file.sm3, size_bytes: file.sizeBytes, media_type: mediaType, created_at: at, created_by: by })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();

export const findFile = (db: Q, sha256: string): Promise<FileTable | undefined> => db.selectFrom('files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
