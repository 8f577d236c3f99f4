import type { Db } from '../../platform/db/connect';
import type { Tx } from '../../platform/db/tx';
import { newId } from '../../platform/ids';

type Q = Db | Tx;

export const findUserForLogin = (db: Q, username: string) =>
  db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'agency_id', 'password_hash', 'password_changed_at', 'must_change_password', 'status', 'admin_locked', 'totp_enabled', 'totp_secret', 'totp_last_step', 'is_demo'])
    .where('username', '=', username)
    .executeTakeFirst();

export const findUserById = (db: Q, id: string) =>
  db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'password_hash', 'password_changed_at', 'must_change_password', 'totp_enabled', 'totp_secret', 'totp_last_step', 'is_demo'])
    .where('id', '=', id)
    .executeTakeFirst();

export const findLoginFailure = (db: Q, username: string) => db.selectFrom('login_failures').selectAll().where('username', '=', username).executeTakeFirst();

export async function recordLoginFailure(tx: Tx, username: string, at: string, failures: number, lockedUntil: string | null): Promise<void> {
  const exists = await findLoginFailure(tx, username);
  if (exists) await tx.updateTable('login_failures').set({ failures, last_failure_at: at, locked_until: lockedUntil }).where('username', '=', username).execute();
  else await tx.insertInto('login_failures').values({ username, failures, last_failure_at: at, locked_until: lockedUntil }).execute();
}

export const clearLoginFailures = (tx: Q, username: string) => tx.deleteFrom('login_failures').where('username', '=', username).execute();

export async function insertSession(tx: Tx, s: { id: string; userId: string; csrf: string; stage: 'full' | 'totp' | 'totpEnrol' | 'passwordChange'; ip: string | null; userAgent: string | null; at: string; expiresAt: string }): Promise<void> {
  await tx
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, csrf_token: s.csrf, stage: s.stage, ip: s.ip, user_agent: s.userAgent?.slice(0, 300) ?? null, created_at: s.at, last_seen_at: s.at, expires_at: s.expiresAt, revoked_at: null })
    .execute();
}

export const setSessionStage = (tx: Tx, id: string, stage: 'full' | 'totp' | 'totpEnrol' | 'passwordChange') => tx.updateTable('sessions').set({ stage }).where('id', '=', id).execute();

export const revokeSession = (tx: Tx, id: string, at: string) => tx.updateTable('sessions').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();

export const revokeOtherSessions = (tx: Tx, userId: string, keepId: string | null, at: string) => {
  let q = tx.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (keepId) q = q.where('id', '!=', keepId);
  return q.execute();
};

export const markLogin = (tx: Tx, userId: string, at: string) => tx.updateTable('users').set({ last_login_at: at }).where('id', '=', userId).execute();

export const recentPasswordHashes = (db: Q, userId: string, n: number) =>
  db.selectFrom('password_history').select('password_hash').where('user_id', '=', userId).orderBy('created_at', 'desc').limit(n).execute();

export async function setPassword(tx: Tx, userId: string, hash: string, at: string, mustChange: boolean): Promise<void> {
  await tx.updateTable('users').set({ password_hash: hash, password_changed_at: at, must_change_password: mustChange ? 1 : 0, updated_at: at }).where('id', '=', userId).execute();
  await tx.insertInto('password_history').values({ id: newId(), user_id: userId, password_hash: hash, created_at: at }).execute();
}

export const setTotpSecret = (tx: Tx, userId: string, sealed: string | null, enabled: boolean, at: string) =>
  tx.updateTable('users').set({ totp_secret: sealed, totp_enabled: enabled ? 1 : 0, totp_last_step: null, updated_at: at }).where('id', '=', userId).execute();

export const setTotpLastStep = (tx: Tx, userId: string, step: number) => tx.updateTable('users').set({ totp_last_step: step }).where('id', '=', userId).execute();

export async function replaceRecoveryCodes(tx: Tx, userId: string, hashes: string[], at: string): Promise<void> {
  await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (hashes.length) await tx.insertInto('recovery_codes').values(hashes.map((h) => ({ id: newId(), user_id: userId, code_hash: h, used_at: null, created_at: at }))).execute();
}

export const findUnusedRecoveryCode = (db: Q, userId: string, hash: string) =>
  db.selectFrom('recovery_codes').select('id').where('user_id', '=', userId).where('code_hash', '=', hash).where('used_at', 'is', null).executeTakeFirst();

export const useRecoveryCode = (tx: Tx, id: string, at: string) => tx.updateTable('recovery_codes').set({ used_at: at }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();

export const countUnusedRecoveryCodes = async (db: Q, userId: string): Promise<number> => {
  const r = await db.selectFrom('recovery_codes').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow();
  return Number(r.n);
};

export const findAgencyAndUnit = (db: Q, agencyId: string, unitId: string | null) =>
  Promise.all([
    db.selectFrom('agencies').select(['id', 'name', 'short_name']).where('id', '=', agencyId).executeTakeFirstOrThrow(),
    unitId ? db.selectFrom('units').select(['id', 'name']).where('id', '=', unitId).executeTakeFirst() : Promise.resolve(undefined),
  ]);
