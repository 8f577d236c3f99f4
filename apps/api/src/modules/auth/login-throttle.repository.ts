import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect';
import type { Tx } from '../../platform/db/tx';

/**
 * Counts one attempt under `key` in the window starting at `windowStart` and returns the count;
 * a new window starts again at 1. One atomic upsert, the same on SQLite and PostgreSQL.
 */
export async function countAttempt(tx: Tx, key: string, windowStart: string): Promise<number> {
  const row = await tx
    .insertInto('login_attempts')
    .values({ key, window_start: windowStart, attempts: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        attempts: sql<number>`CASE WHEN login_attempts.window_start = excluded.window_start THEN login_attempts.attempts + 1 ELSE 1 END`,
        window_start: sql<string>`excluded.window_start`,
      }),
    )
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return Number(row.attempts);
}

/** Drops counters of windows that ended before `before`. */
export const deleteStaleAttempts = (db: Db | Tx, before: string) => db.deleteFrom('login_attempts').where('window_start', '<', before).execute();
