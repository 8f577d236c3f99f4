const BASE_MS = 30_000;
const MAX_MS = 60 * 60_000;

/** Backoff before the next try of a failed job: 30 s, 1 min, 2 min … doubling, at most one hour. */
export function retryDelayMs(attempts: number): number {
  const n = Math.max(1, Math.floor(attempts));
  return Math.min(MAX_MS, BASE_MS * 2 ** Math.min(n - 1, 20));
}
