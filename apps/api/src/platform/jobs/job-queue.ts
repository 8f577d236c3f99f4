import type { Selectable } from 'kysely';
import type { Db } from '../db/connect';
import { dialectOf } from '../db/connect';
import type { JobTable } from '../db/schema';
import type { Tx } from '../db/tx';
import { newId } from '../ids';
import { stableId } from '../stable-id';

/**
 * The job queue on the `jobs` table. A job is due when `done_at` is null, `run_at` has passed and
 * no live lease holds it (`locked_until` null or past). A finished job keeps its row: `done_at`
 * set and `last_error` null means done; `done_at` set with `last_error` means it failed for good.
 */

type Q = Db | Tx;

/** Adds a job inside the caller's transaction, so it exists only if the change that needs it commits. */
export async function enqueue(tx: Q, kind: string, payload: unknown, runAt: string, createdAt = runAt): Promise<string> {
  const id = newId();
  await tx
    .insertInto('jobs')
    .values({ id, kind, payload: JSON.stringify(payload ?? null), run_at: runAt, attempts: 0, locked_by: null, locked_until: null, done_at: null, last_error: null, created_at: createdAt })
    .execute();
  return id;
}

/** The one row of a recurring job kind; its id is derived from the kind so every process finds the same row. */
export const recurringJobId = (kind: string): string => stableId(`job:recurring:${kind}`);

/** Creates the row of a recurring job if it is missing (idempotent, safe from several processes at once). */
export async function ensureRecurringJob(db: Db, kind: string, now: string): Promise<boolean> {
  const res = await db
    .insertInto('jobs')
    .values({ id: recurringJobId(kind), kind, payload: '{}', run_at: now, attempts: 0, locked_by: null, locked_until: null, done_at: null, last_error: null, created_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Claims up to `limit` due jobs for `workerId` in one statement and returns them. On PostgreSQL the
 * candidate rows are locked with FOR UPDATE SKIP LOCKED, so concurrent workers in several processes
 * never claim the same job; on SQLite the single UPDATE is atomic. Each claim counts as an attempt.
 */
export async function claimDueJobs(db: Db, workerId: string, now: string, leaseUntil: string, limit: number): Promise<Selectable<JobTable>[]> {
  let due = db
    .selectFrom('jobs')
    .select('id')
    .where('done_at', 'is', null)
    .where('run_at', '<=', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('run_at')
    .limit(limit);
  if (dialectOf(db) === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('jobs')
    .set((eb) => ({ locked_by: workerId, locked_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    // Re-checked on the row itself, so a job another worker claimed in the meantime is left alone.
    .where('done_at', 'is', null)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .returningAll()
    .execute();
}

const mine = (db: Db, id: string, workerId: string) => db.updateTable('jobs').where('id', '=', id).where('locked_by', '=', workerId);

export const completeJob = (db: Db, id: string, workerId: string, now: string) =>
  mine(db, id, workerId).set({ done_at: now, locked_by: null, locked_until: null, last_error: null }).execute();

/** A failed try: run again at `retryAt`, or give up (`retryAt` null) and keep the error. */
export const failJob = (db: Db, id: string, workerId: string, error: string, retryAt: string | null, now: string) =>
  mine(db, id, workerId)
    .set(retryAt ? { run_at: retryAt, locked_by: null, locked_until: null, last_error: error } : { done_at: now, locked_by: null, locked_until: null, last_error: error })
    .execute();

/** A recurring job after a run: due again at `nextRunAt`, attempts reset on success. */
export const rearmRecurringJob = (db: Db, id: string, workerId: string, nextRunAt: string, error: string | null) =>
  mine(db, id, workerId)
    .set((eb) => ({ run_at: nextRunAt, locked_by: null, locked_until: null, last_error: error, attempts: error ? eb.ref('attempts') : eb.lit(0) }))
    .execute();

export const findJob = (db: Db, id: string) => db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
