import Dexie, { type EntityTable } from 'dexie';

/** One small key-value row: the app's own bookkeeping (cached identity, later sync cursors). */
export interface MetaRow {
  key: string;
  value: unknown;
  /** ISO time the row was written. */
  updatedAt: string;
}

/**
 * The field app's IndexedDB database, `zhifa-field`. Everything the app needs offline lives here;
 * the service worker caches only the app shell and never API responses.
 *
 * Version 1 holds `meta` only, used now to remember the last `Me` so the shell can show who is
 * logged in while offline (see cached-me.ts).
 *
 * The inspections issue adds, in `version(2)` (never by editing version 1):
 * - `tasks`: inspection tasks downloaded for offline work;
 * - `outbox`: records created offline (ids are UUIDv7 made on the phone), sent in order when online.
 */
export class FieldDb extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;

  constructor() {
    super('zhifa-field');
    this.version(1).stores({ meta: 'key' });
  }
}

export const db = new FieldDb();
