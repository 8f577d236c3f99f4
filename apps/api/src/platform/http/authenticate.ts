import type { FastifyRequest } from 'fastify';
import { sha256Hex } from '../crypto/sm3';
import { findActorRoles, findApiTokenByHash, findSessionActor, markApiTokenUsed, rolesOfSessionRows, touchSession } from '../auth/actor.repository';
import type { Actor } from '../auth/actor';
import { getSecurityPolicy } from '../auth/security-policy';
import type { AppDeps } from './context';
import { unauthenticated, type AppError } from './errors';
import { Permission, type DataScope } from '@zhifa/shared';
import { tokenRoles } from '../auth/token-rights';

export const SESSION_COOKIE = 'zhifa_sid';
export const API_TOKEN_PREFIX = 'zf_';
/**
 * A session's `last_seen_at` is written at most this often (not on every request): the idle
 * timeout is therefore exact to within this granularity (a session idle for `idleMinutes`
 * minus up to 30 s may already count as idle; never later than `idleMinutes`). Revocation,
 * role and account changes are read from the database on every request, so they take effect
 * on the very next one.
 */
const TOUCH_EVERY_MS = 30_000;

export type Resolution = { actor: Actor } | { actor: null; error: AppError | null };

/** Finds the caller from the session cookie or an `Authorization: Bearer zf_…` token. */
export async function resolveActor(deps: AppDeps, req: FastifyRequest): Promise<Resolution> {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return resolveToken(deps, auth.slice(7).trim());
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return { actor: null, error: null };
  return resolveSession(deps, token);
}

async function resolveSession(deps: AppDeps, token: string): Promise<Resolution> {
  const { db, clock } = deps;
  const rows = await findSessionActor(db, deps.dialect, sha256Hex(token));
  const row = rows[0];
  if (!row || row.revoked_at) return { actor: null, error: unauthenticated('登录已失效，请重新登录') };
  const now = clock.now();
  const policy = await getSecurityPolicy(db);
  const lastSeen = new Date(row.last_seen_at).getTime();
  const idleDeadline = lastSeen + policy.session.idleMinutes * 60_000;
  if (now.getTime() > idleDeadline || now.toISOString() > row.expires_at) {
    return { actor: null, error: unauthenticated('会话已超时，请重新登录') };
  }
  if (row.status !== 'active' || row.admin_locked) return { actor: null, error: unauthenticated('账户不可用，请联系系统管理员') };
  const roles = rolesOfSessionRows(rows);
  if (now.getTime() - lastSeen > TOUCH_EVERY_MS) await touchSession(db, row.session_id, now.toISOString());
  const permissions = new Set<string>();
  for (const r of roles) for (const p of r.permissions) permissions.add(p);
  return {
    actor: {
      kind: 'user',
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      agencyId: row.agency_id,
      agencyPath: row.agency_path,
      unitId: row.unit_id,
      unitPath: row.unit_path,
      roles,
      permissions,
      sessionId: row.session_id,
      stage: row.stage,
      csrfToken: row.csrf_token,
    },
  };
}

/** A token acts for its business account with (token ∩ account's current rights); see token-rights.ts. */
async function resolveToken(deps: AppDeps, raw: string): Promise<Resolution> {
  if (!raw.startsWith(API_TOKEN_PREFIX)) return { actor: null, error: unauthenticated('接口令牌无效') };
  const t = await findApiTokenByHash(deps.db, sha256Hex(raw));
  const now = deps.clock.now().toISOString();
  if (!t || t.revoked_at || (t.expires_at && t.expires_at < now)) return { actor: null, error: unauthenticated('接口令牌无效、已吊销或已过期') };
  if (t.status !== 'active' || t.admin_locked) return { actor: null, error: unauthenticated('接口令牌所属账户已停用或锁定') };
  const accountRoles = await findActorRoles(deps.db, t.user_id);
  const roles = tokenRoles(accountRoles, JSON.parse(t.permissions) as string[], t.data_scope as DataScope);
  if (!roles || !accountRoles.some((r) => r.permissions.has(Permission.ApiTokenOwn))) {
    return { actor: null, error: unauthenticated('接口令牌所属账户已无“接口对接”角色或担任管理员，令牌不可用') };
  }
  if (!t.last_used_at || Date.parse(now) - Date.parse(t.last_used_at) > TOUCH_EVERY_MS) await markApiTokenUsed(deps.db, t.id, now);
  return {
    actor: {
      kind: 'token',
      id: t.user_id,
      username: t.username,
      displayName: t.display_name,
      agencyId: t.agency_id,
      agencyPath: t.agency_path,
      unitId: t.unit_id,
      unitPath: t.unit_path,
      roles,
      permissions: new Set(roles.flatMap((r) => [...r.permissions])),
      sessionId: null,
      stage: 'full',
      csrfToken: null,
      token: { id: t.id, name: t.name },
    },
  };
}
