import type { AdminKind, DataScope } from '@zhifa/shared';
import { CompiledQuery } from 'kysely';
import type { Db, Dialect } from '../db/connect';
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

/** One row per role assignment (or one row with null role columns for an account without roles). */
export interface SessionActorRow {
  session_id: string;
  csrf_token: string;
  stage: 'full' | 'totp' | 'totpEnrol' | 'passwordChange';
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  id: string;
  username: string;
  display_name: string;
  agency_id: string;
  agency_path: string;
  unit_id: string | null;
  unit_path: string | null;
  status: string;
  admin_locked: number;
  role_id: string | null;
  role_code: string | null;
  role_name: string | null;
  admin_kind: string | null;
  data_scope: string | null;
  /** The role's permissions joined with commas (permission codes never contain one). */
  permissions: string | null;
}

// The session, its user's identity and every role assignment with its permissions, in ONE
// round trip. This runs on every authenticated request, so the SQL text is written once per
// dialect (no query building per call) and, on SQLite, its prepared statement is reused.
const sessionActorSql = (aggregate: string) => `select s.id as session_id, s.csrf_token, s.stage, s.last_seen_at, s.expires_at, s.revoked_at,
 u.id, u.username, u.display_name, u.agency_id, a.path as agency_path, u.unit_id, n.path as unit_path, u.status, u.admin_locked,
 r.id as role_id, r.code as role_code, r.name as role_name, r.admin_kind, ur.data_scope,
 (select ${aggregate} from role_permissions rp where rp.role_id = r.id) as permissions
from sessions s
inner join users u on u.id = s.user_id
inner join agencies a on a.id = u.agency_id
left join units n on n.id = u.unit_id
left join user_roles ur on ur.user_id = u.id
left join roles r on r.id = ur.role_id
where s.id = $1
order by r.code`;
const SESSION_ACTOR_SQL = {
  sqlite: sessionActorSql("group_concat(rp.permission, ',')").replace('$1', '?'),
  postgres: sessionActorSql("string_agg(rp.permission, ',')"),
};

/** The session with its user's identity and roles (this runs on every request): rows as {@link SessionActorRow}. */
export async function findSessionActor(db: Db, dialect: Dialect, id: string): Promise<SessionActorRow[]> {
  const res = await db.executeQuery<SessionActorRow>(CompiledQuery.raw(SESSION_ACTOR_SQL[dialect], [id]));
  return res.rows;
}

/** Folds the role rows of {@link findSessionActor} into role assignments. */
export function rolesOfSessionRows(rows: SessionActorRow[]): ActorRole[] {
  const roles: ActorRole[] = [];
  for (const row of rows) {
    if (!row.role_id) continue;
    roles.push({
      roleId: row.role_id,
      code: row.role_code!,
      name: row.role_name!,
      adminKind: row.admin_kind as AdminKind | null,
      dataScope: row.data_scope as DataScope,
      permissions: new Set(row.permissions ? row.permissions.split(',') : []),
    });
  }
  return roles;
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
