import type { DataScope, User } from '@zhifa/shared';
import { sql, type SqlBool } from 'kysely';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import { likeContains } from '../../platform/db/like';
import type { Db } from '../../platform/db/connect';
import type { UserTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import { newId } from '../../platform/ids';

type Q = Db | Tx;

const scoped = (scope: Scope) => scopeWhere(scope, { agencyId: 'u.agency_id', unitId: 'u.unit_id', ownerId: 'u.id' });

const baseSelect = (db: Q) =>
  db
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .leftJoin('units as n', 'n.id', 'u.unit_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.agency_id', 'a.name as agency_name', 'u.unit_id', 'n.name as unit_name', 'u.phone', 'u.status', 'u.admin_locked', 'u.must_change_password', 'u.totp_enabled', 'u.last_login_at', 'u.created_at']);

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export interface UserFilter {
  q?: string | undefined;
  agencyId?: string | undefined;
  unitId?: string | undefined;
  status?: 'active' | 'locked' | 'disabled' | undefined;
  roleId?: string | undefined;
  /** Active accounts holding no role at all (waiting for the security administrator to grant one). */
  withoutRoles?: boolean | undefined;
}

function filtered(db: Q, scope: Scope, f: UserFilter, now: string) {
  let q = baseSelect(db).where(scoped(scope));
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => eb.or([likeContains('u.username', text), likeContains('u.display_name', text)]));
  }
  if (f.agencyId) q = q.where('u.agency_id', '=', f.agencyId);
  if (f.unitId) q = q.where('u.unit_id', '=', f.unitId);
  if (f.status === 'disabled') q = q.where('u.status', '=', 'disabled');
  // Locked by failed logins: counted per login name (see auth), so it lives outside the users table.
  const failureLocked = sql<SqlBool>`exists (select 1 from login_failures lf where lf.username = u.username and lf.locked_until > ${now})`;
  if (f.status === 'active') q = q.where('u.status', '=', 'active').where('u.admin_locked', '=', 0).where(sql<SqlBool>`not ${failureLocked}`);
  if (f.roleId) {
    const roleId = f.roleId;
    q = q.where((eb) => eb.exists(eb.selectFrom('user_roles as ur').select('ur.user_id').whereRef('ur.user_id', '=', 'u.id').where('ur.role_id', '=', roleId)));
  }
  if (f.withoutRoles) {
    q = q.where('u.status', '=', 'active').where((eb) => eb.not(eb.exists(eb.selectFrom('user_roles as ur').select('ur.user_id').whereRef('ur.user_id', '=', 'u.id'))));
  }
  if (f.status === 'locked') {
    q = q.where((eb) => eb.or([eb('u.admin_locked', '=', 1), failureLocked]));
  }
  return q;
}

export async function listUsers(db: Q, scope: Scope, f: UserFilter, page: number, pageSize: number, now: string): Promise<{ rows: BaseRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    filtered(db, scope, f, now).orderBy('u.username').limit(pageSize).offset((page - 1) * pageSize).execute(),
    filtered(db, scope, f, now).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const findUser = (db: Q, scope: Scope, id: string) => baseSelect(db).where('u.id', '=', id).where(scoped(scope)).executeTakeFirst();

export const usernameTaken = (db: Q, username: string) => db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();

export const lockedUntilFor = async (db: Q, usernames: string[], now: string): Promise<Map<string, string>> => {
  if (!usernames.length) return new Map();
  const rows = await db.selectFrom('login_failures').select(['username', 'locked_until']).where('username', 'in', usernames).where('locked_until', '>', now).execute();
  return new Map(rows.map((r) => [r.username, r.locked_until!]));
};

export async function rolesOf(db: Q, userIds: string[]) {
  if (!userIds.length) return [];
  return db
    .selectFrom('user_roles as ur')
    .innerJoin('roles as r', 'r.id', 'ur.role_id')
    .select(['ur.user_id', 'r.id as role_id', 'r.code', 'r.name', 'r.admin_kind', 'ur.data_scope'])
    .where('ur.user_id', 'in', userIds)
    .orderBy('r.code')
    .execute();
}

export const insertUser = (tx: Tx, row: UserTable) => tx.insertInto('users').values(row).execute();

export const updateUser = (tx: Tx, id: string, patch: Partial<UserTable>) => tx.updateTable('users').set(patch).where('id', '=', id).execute();

export async function replaceRoles(tx: Tx, userId: string, roles: { roleId: string; dataScope: DataScope }[], at: string, onlyRoleIds?: Set<string>): Promise<void> {
  let del = tx.deleteFrom('user_roles').where('user_id', '=', userId);
  if (onlyRoleIds) del = del.where('role_id', 'in', onlyRoleIds.size ? [...onlyRoleIds] : ['-']);
  await del.execute();
  if (roles.length) await tx.insertInto('user_roles').values(roles.map((r) => ({ id: newId(), user_id: userId, role_id: r.roleId, data_scope: r.dataScope, created_at: at }))).execute();
}

export const revokeSessions = (tx: Tx, userId: string, at: string) => tx.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();

export const clearFailures = (tx: Tx, username: string) => tx.deleteFrom('login_failures').where('username', '=', username).execute();

export type { BaseRow as UserRow };
export type UserView = User;

export const insertPasswordHistory = (tx: Tx, userId: string, hash: string, at: string) =>
  tx.insertInto('password_history').values({ id: newId(), user_id: userId, password_hash: hash, created_at: at }).execute();

export const insertUserRole = (tx: Tx, userId: string, roleId: string, dataScope: DataScope, at: string) =>
  tx.insertInto('user_roles').values({ id: newId(), user_id: userId, role_id: roleId, data_scope: dataScope, created_at: at }).execute();

export const deleteUserRole = (tx: Tx, userId: string, roleId: string) => tx.deleteFrom('user_roles').where('user_id', '=', userId).where('role_id', '=', roleId).execute();

export const deleteRecoveryCodes = (tx: Tx, userId: string) => tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();

/** Accounts holding a 三员 role, with the role's code (first start and recovery, `npm run admin:create`). */
export const adminHolders = (db: Q) =>
  db
    .selectFrom('user_roles as ur')
    .innerJoin('roles as r', 'r.id', 'ur.role_id')
    .innerJoin('users as u', 'u.id', 'ur.user_id')
    .select(['u.id', 'u.username', 'u.status', 'r.code', 'r.admin_kind'])
    .where('r.admin_kind', 'is not', null)
    .orderBy('u.username')
    .execute();

export const findUserByUsername = (db: Q, username: string) => db.selectFrom('users').select(['id', 'username', 'agency_id']).where('username', '=', username).executeTakeFirst();

/** The top of the organisation tree (where the first administrators are placed by default). */
export const findRootAgencies = (db: Q) => db.selectFrom('agencies').select(['id', 'name', 'division_code']).where('parent_id', 'is', null).where('status', '=', 'active').orderBy('path').execute();

export const findAgencyByNameOrCode = (db: Q, text: string) =>
  db.selectFrom('agencies').select(['id', 'name', 'division_code']).where((eb) => eb.or([eb('name', '=', text), eb('division_code', '=', text)])).where('status', '=', 'active').orderBy('path').executeTakeFirst();
