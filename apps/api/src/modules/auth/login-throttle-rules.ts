/**
 * Login throttling (issue 7 point 9). Attempts are counted per fixed window under three keys:
 * the account from one IP (stops one client hammering one account), the account from anywhere
 * (stops a spread-out guess at one account) and the IP over all accounts (stops one client trying
 * many accounts). The IP limit is high so an office behind one NAT is not stopped by one person
 * mistyping; the per-account lockout of the security policy comes on top.
 */
export const loginThrottle = {
  windowSeconds: 60,
  perIpAndAccount: 10,
  perAccount: 30,
  perIp: 300,
} as const;

export interface ThrottleKey {
  key: string;
  limit: number;
  label: string;
}

export function throttleKeys(ip: string | null, username: string): ThrottleKey[] {
  const where = ip ?? 'unknown';
  return [
    { key: `ip+account:${where}|${username}`, limit: loginThrottle.perIpAndAccount, label: '该账户在本机的登录尝试' },
    { key: `account:${username}`, limit: loginThrottle.perAccount, label: '该账户的登录尝试' },
    { key: `ip:${where}`, limit: loginThrottle.perIp, label: '本机的登录尝试' },
  ];
}

/** The start of the fixed window holding `now` (ISO-8601, UTC). */
export function windowStart(now: Date, windowSeconds = loginThrottle.windowSeconds): string {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms).toISOString();
}

/** Seconds until the window of `now` ends (at least 1). */
export function secondsLeft(now: Date, windowSeconds = loginThrottle.windowSeconds): number {
  const ms = windowSeconds * 1000;
  return Math.max(1, Math.ceil((ms - (now.getTime() % ms)) / 1000));
}

/** The first key over its limit after counting this attempt, or null. */
export const exceeded = (counted: { key: ThrottleKey; attempts: number }[]): { key: ThrottleKey; attempts: number } | null =>
  counted.find((c) => c.attempts > c.key.limit) ?? null;
