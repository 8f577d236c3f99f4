import type { AppDeps } from '../http/context';

export interface JobInfo {
  id: string;
  kind: string;
  /** How many times the job has been claimed, this run included. */
  attempts: number;
}

/** Does the work of one job. Runs outside any request: open your own transaction with `deps.db`. */
export type JobHandler = (deps: AppDeps, payload: unknown, job: JobInfo) => Promise<void>;

interface Registered {
  handler: JobHandler;
  maxAttempts: number;
  /** Recurring jobs run again this long after each run; one row per kind, scheduled idempotently. */
  everyMs: number | null;
}

const handlers = new Map<string, Registered>();

/**
 * Registers the handler of a job kind (modules call this when they load). A failing job is retried
 * with backoff up to `maxAttempts` times, then kept with its `last_error` as failed.
 */
export function registerJobHandler(kind: string, handler: JobHandler, opts: { maxAttempts?: number } = {}): void {
  handlers.set(kind, { handler, maxAttempts: opts.maxAttempts ?? 5, everyMs: null });
}

/** Registers a job that runs every `everyMinutes` minutes in one of the processes (never in two at once). */
export function registerRecurringJob(kind: string, everyMinutes: number, handler: JobHandler): void {
  if (!(everyMinutes > 0)) throw new Error(`recurring job ${kind}: everyMinutes must be positive`);
  handlers.set(kind, { handler, maxAttempts: Number.POSITIVE_INFINITY, everyMs: everyMinutes * 60_000 });
}

export const jobRegistration = (kind: string): Registered | undefined => handlers.get(kind);

export const recurringJobKinds = (): { kind: string; everyMs: number }[] =>
  [...handlers].filter(([, r]) => r.everyMs !== null).map(([kind, r]) => ({ kind, everyMs: r.everyMs! }));
