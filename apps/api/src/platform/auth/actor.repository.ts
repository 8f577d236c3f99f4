import type { AdminKind, DataScope } from '@zhifa/shared';
import type { Db } from '../db/connect';
import type { ActorRole } from './actor';

/** Role assignments with their permissions, in one query. */
export async function findActorRoles(db: Db, userId: string): Promise<ActorRole[]> {
  const rows = await db
    .selectFrom('user_roles as ur')
    .innerJoin('roles as r', 'r.id', 'ur.role_id')
    .leftJoin('role_permissions as rp', 'rp.role_id', 'r.id')
    .select(['r.id', 'r.code', 'r.name', 'r.admin_kind', 'ur.data_scope', 'rp.permission'])
    .where('ur.user_id', '=', userId)
    .orderBy('r.code')
    .execute();
  const byRole = new Map<string, ActorRole & { permissions: Set<string> }>();
  for (const row of rows) {
    let role = byRole.get(row.id);
    if (!role) {
      role = { roleId: row.id, code: row.code, name: row.name, adminKind: row.admin_kind as AdminKind | null, dataScope: row.data_scope as DataScope, permissions: new Set() };
      byRole.set(row.id, role);
    }
    if (row.permission) role.permissions.add(row.permission);
  }
  return [...byRole.values()];
}

/** The session with its user's identity, in one query (this runs on every request). */
export async function findSessionIdentity(db: Db, id: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .leftJoin('units as n', 'n.id', 'u.unit_id')
    .select([
      's.id as session_id', 's.csrf_token', 's.stage', 's.last_seen_at', 's.expires_at', 's.revoked_at',
      'u.id', 'u.username', 'u.display_name', 'u.agency_id', 'a.path as agency_path', 'u.unit_id', 'n.path as unit_path', 'u.status', 'u.admin_locked',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/** The token with the business account it acts for (the account's own agency and unit, not the token's). */
export async function findApiTokenByHash(db: Db, hash: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .leftJoin('units as n', 'n.id', 'u.unit_id')
    .select([
      't.id', 't.name', 't.prefix', 't.permissions', 't.data_scope', 't.expires_at', 't.revoked_at', 't.last_used_at',
      'u.id as user_id', 'u.username', 'u.display_name', 'u.agency_id', 'a.path as agency_path', 'u.unit_id', 'n.path as unit_path', 'u.status', 'u.admin_locked',
    ])
    .where('t.token_hash', '=', hash)
    .executeTakeFirst();
}

export async function markApiTokenUsed(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}
