import type { Transaction } from 'kysely';
import type { Db } from './connect';
import type { DB } from './schema';

export type Tx = Transaction<DB>;

/** One transaction for the change and its audit record: both commit or neither does. */
export function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
