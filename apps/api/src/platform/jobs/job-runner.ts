import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../http/context';
import { claimDueJobs, completeJob, ensureRecurringJob, failJob, rearmRecurringJob } from './job-queue';
import { jobRegistration, recurringJobKinds } from './job-registry';
import { retryDelayMs } from './retry-delay';

const processWorkerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
/** A claimed job is this process's for this long; if the process dies, another takes it over after. */
const LEASE_MS = 5 * 60_000;
const BATCH = 10;

export interface RunReport {
  claimed: number;
  succeeded: number;
  failed: number;
}

export interface RunOptions {
  workerId?: string;
  /** Most jobs to run in this call (default 100). */
  limit?: number;
  /** Told of each failed try (the error is also kept in the job's `last_error`). */
  onJobError?: (job: { id: string; kind: string; attempts: number }, error: string) => void;
}

const later = (from: Date, ms: number): string => new Date(from.getTime() + ms).toISOString();
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 2000);

/** Makes sure every registered recurring job has its row; idempotent, call it at start. */
export async function scheduleRecurringJobs(deps: AppDeps): Promise<void> {
  for (const { kind } of recurringJobKinds()) await ensureRecurringJob(deps.db, kind, deps.clock.now().toISOString());
}

/**
 * Claims the jobs that are due by `deps.clock` and runs them one after another. Tests call this
 * directly (with a TestClock); the background runner calls it on a timer.
 */
export async function runDueJobs(deps: AppDeps, opts: RunOptions = {}): Promise<RunReport> {
  const workerId = opts.workerId ?? processWorkerId;
  const limit = opts.limit ?? 100;
  const report: RunReport = { claimed: 0, succeeded: 0, failed: 0 };
  while (report.claimed < limit) {
    const now = deps.clock.now();
    const jobs = await claimDueJobs(deps.db, workerId, now.toISOString(), later(now, LEASE_MS), Math.min(BATCH, limit - report.claimed));
    if (!jobs.length) break;
    report.claimed += jobs.length;
    for (const job of jobs) {
      const reg = jobRegistration(job.kind);
      let error: string | null = null;
      try {
        if (!reg) throw new Error(`没有“${job.kind}”类型任务的处理程序`);
        await reg.handler(deps, JSON.parse(job.payload) as unknown, { id: job.id, kind: job.kind, attempts: job.attempts });
      } catch (e) {
        error = errorText(e);
      }
      const done = deps.clock.now();
      if (error === null) report.succeeded++;
      else {
        report.failed++;
        opts.onJobError?.({ id: job.id, kind: job.kind, attempts: job.attempts }, error);
      }
      if (reg?.everyMs) {
        const next = error === null ? reg.everyMs : Math.min(reg.everyMs, retryDelayMs(job.attempts));
        await rearmRecurringJob(deps.db, job.id, workerId, later(done, next), error);
      } else if (error === null) {
        await completeJob(deps.db, job.id, workerId, done.toISOString());
      } else {
        const giveUp = reg !== undefined && job.attempts >= reg.maxAttempts;
        await failJob(deps.db, job.id, workerId, error, giveUp ? null : later(done, retryDelayMs(job.attempts)), done.toISOString());
      }
    }
  }
  return report;
}

export interface JobRunner {
  stop(): Promise<void>;
}

/** Polls for due jobs every `pollMs` until stopped; used by `main.ts` unless `ZHIFA_JOBS=off`. */
export function startJobRunner(deps: AppDeps, opts: { pollMs?: number; onError?: (e: unknown) => void; onJobError?: RunOptions['onJobError'] } = {}): JobRunner {
  const pollMs = opts.pollMs ?? 5_000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const tick = (): void => {
    running = runDueJobs(deps, opts.onJobError ? { onJobError: opts.onJobError } : {})
      .then(() => undefined)
      .catch((e: unknown) => opts.onError?.(e))
      .finally(() => {
        running = null;
        if (!stopped) {
          timer = setTimeout(tick, pollMs);
          timer.unref();
        }
      });
  };
  running = scheduleRecurringJobs(deps)
    .catch((e: unknown) => opts.onError?.(e))
    .finally(() => {
      running = null;
      if (!stopped) tick();
    });
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
