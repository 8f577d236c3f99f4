import { ErrorCode } from '@zhifa/shared';
import type { Ctx } from '../../platform/http/context';
import { AppError } from '../../platform/http/errors';
import { exceeded, secondsLeft, throttleKeys, windowStart } from './login-throttle-rules';
import { countAttempt, deleteStaleAttempts } from './login-throttle.repository';

const KEEP_MS = 60 * 60_000;

/**
 * Counts this login attempt by IP+account, account and IP in the database (every process shares the
 * counts; time from ctx.clock) and refuses it with 429 when one is over its limit. The first refusal
 * in a window is audited. Runs before the password is checked, so a flood costs no hashing.
 */
export async function throttleLogin(ctx: Ctx, username: string): Promise<void> {
  const now = ctx.clock.now();
  const start = windowStart(now);
  const keys = throttleKeys(ctx.ip, username);
  const over = await ctx.tx(async (tx) => {
    const counted = [];
    for (const key of keys) counted.push({ key, attempts: await countAttempt(tx, key.key, start) });
    // The IP's first attempt in a window: a cheap moment to drop counters older than an hour.
    if (counted[2]!.attempts === 1) await deleteStaleAttempts(tx, new Date(now.getTime() - KEEP_MS).toISOString());
    const hit = exceeded(counted);
    if (hit && hit.attempts === hit.key.limit + 1) {
      await ctx.audit(tx, { action: 'auth.throttle', objectType: 'account', objectId: username, result: 'denied', detail: { key: hit.key.key.split(':')[0], limit: hit.key.limit, windowSeconds: 60 } });
    }
    return hit;
  });
  if (over) throw new AppError(429, ErrorCode.RateLimited, `${over.key.label}过于频繁（每分钟最多 ${over.key.limit} 次），请 ${secondsLeft(now)} 秒后再试`);
}
