import { defaultPasswordPolicy, type SecurityPolicy } from '@zhifa/shared';
import type { Db } from '../db/connect';
import type { Tx } from '../db/tx';

export const defaultSecurityPolicy: SecurityPolicy = {
  password: defaultPasswordPolicy,
  lockout: { maxFailures: 5, lockMinutes: 30 },
  session: { idleMinutes: 30, absoluteHours: 12 },
  totp: 'admins',
  auditRetentionDays: 183,
};

const KEY = 'security.policy';
const CACHE_MS = 5_000;
let cache: { at: number; db: Db; value: SecurityPolicy } | null = null;

/** The security administrator's settings; cached for a few seconds per process. */
export async function getSecurityPolicy(db: Db | Tx): Promise<SecurityPolicy> {
  const now = Date.now();
  if (cache && cache.db === db && now - cache.at < CACHE_MS) return cache.value;
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  const stored = row ? (JSON.parse(row.value) as Partial<SecurityPolicy>) : {};
  const value: SecurityPolicy = {
    ...defaultSecurityPolicy,
    ...stored,
    password: { ...defaultSecurityPolicy.password, ...stored.password },
    lockout: { ...defaultSecurityPolicy.lockout, ...stored.lockout },
    session: { ...defaultSecurityPolicy.session, ...stored.session },
  };
  cache = { at: now, db: db as Db, value };
  return value;
}

export async function saveSecurityPolicy(tx: Tx, policy: SecurityPolicy, by: string | null, at: string): Promise<void> {
  const value = JSON.stringify(policy);
  const exists = await tx.selectFrom('settings').select('key').where('key', '=', KEY).executeTakeFirst();
  if (exists) await tx.updateTable('settings').set({ value, updated_at: at, updated_by: by }).where('key', '=', KEY).execute();
  else await tx.insertInto('settings').values({ key: KEY, value, updated_at: at, updated_by: by }).execute();
  cache = null;
}

export function invalidateSecurityPolicyCache(): void {
  cache = null;
}
