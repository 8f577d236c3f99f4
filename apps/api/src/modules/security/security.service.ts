import { randomBytes } from 'node:crypto';
import { permissionCatalogue, type DataScope, type Permission, type SecurityPolicy } from '@zhifa/shared';
import { adminKindOf } from '../../platform/auth/actor';
import { mayTokenCarry } from '../../platform/auth/token-rights';
import type { ApiTokenTable } from '../../platform/db/schema';
import { getSecurityPolicy, invalidateSecurityPolicyCache, saveSecurityPolicy } from '../../platform/auth/security-policy';
import { sha256Hex } from '../../platform/crypto/sm3';
import { API_TOKEN_PREFIX } from '../../platform/http/authenticate';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import * as repo from './security.repository';

export const getPolicy = (ctx: Ctx): Promise<SecurityPolicy> => getSecurityPolicy(ctx.db);

export async function updatePolicy(ctx: Ctx, policy: SecurityPolicy): Promise<SecurityPolicy> {
  const before = await getSecurityPolicy(ctx.db);
  await ctx.tx(async (tx) => {
    await saveSecurityPolicy(tx, policy, ctx.actor?.id ?? null, ctx.now());
    await ctx.audit(tx, { action: 'security.policy.update', objectType: 'setting', objectId: 'security.policy', detail: { before, after: policy } });
  });
  invalidateSecurityPolicyCache();
  return policy;
}

const view = (t: repo.TokenRow) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  permissions: JSON.parse(t.permissions) as string[],
  agencyId: t.agency_id,
  userId: t.user_id,
  username: t.username,
  userDisplayName: t.user_display_name,
  dataScope: t.data_scope as DataScope,
  createdAt: t.created_at,
  expiresAt: t.expires_at,
  revokedAt: t.revoked_at,
  lastUsedAt: t.last_used_at,
});

/** Every token, with the account it acts for (安全保密管理员: oversight and revocation only). */
export const listTokens = async (ctx: Ctx) => (await repo.listTokens(ctx.db)).map(view);

/** The caller's own tokens. */
export const listOwnTokens = async (ctx: Ctx) => (await repo.listTokensOf(ctx.db, ctx.actor!.id)).map(view);

/**
 * A token for the caller's own business account (docs/decisions/0007-api-tokens.md): only a person
 * signed in to that account makes it, and it may carry only permissions the account holds itself.
 * At each use the token's rights are intersected with the account's current roles and scope.
 */
export async function createToken(ctx: Ctx, input: { name: string; permissions: Permission[]; dataScope: DataScope; expiresAt: string | null }) {
  const actor = ctx.actor!;
  if (actor.kind !== 'user') throw forbidden('接口令牌不能再创建接口令牌');
  if (adminKindOf(actor)) throw forbidden('三员分立：管理员账户不能创建接口令牌');
  const perms = [...new Set(input.permissions)].sort();
  const notCarried = perms.filter((p) => !mayTokenCarry(p));
  if (notCarried.length) throw invalidField('body.permissions', `权限：接口令牌只能带业务权限，不能带 ${notCarried.map(permissionLabel).join('、')}`);
  const missing = perms.filter((p) => !actor.permissions.has(p));
  if (missing.length) throw invalidField('body.permissions', `权限：本账户没有 ${missing.map(permissionLabel).join('、')}，令牌不能超出账户自身的权限`);
  if (input.expiresAt && input.expiresAt <= ctx.now()) throw invalidField('body.expiresAt', '到期时间：应晚于当前时间');
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const row: ApiTokenTable = {
    id: newId(),
    name: input.name,
    prefix: secret.slice(0, 10),
    token_hash: sha256Hex(secret),
    permissions: JSON.stringify(perms),
    agency_id: actor.agencyId,
    data_scope: input.dataScope,
    created_by: actor.id,
    user_id: actor.id,
    created_at: ctx.now(),
    expires_at: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
    revoked_at: null,
    last_used_at: null,
  };
  await ctx.tx(async (tx) => {
    await repo.insertToken(tx, row);
    await ctx.audit(tx, { action: 'security.apiToken.create', objectType: 'apiToken', objectId: row.id, detail: { name: row.name, prefix: row.prefix, permissions: perms, userId: actor.id, dataScope: row.data_scope } });
  });
  return { ...view({ ...row, username: actor.username, user_display_name: actor.displayName }), token: secret };
}

/** Revokes a token: any token for the security administrator, one's own for its account. */
export async function revokeToken(ctx: Ctx, id: string, own = false) {
  const t = await repo.findToken(ctx.db, id);
  if (!t || (own && t.user_id !== ctx.actor?.id)) throw notFound('接口令牌');
  if (t.revoked_at) throw conflict('该令牌已吊销');
  await ctx.tx(async (tx) => {
    await repo.revokeToken(tx, id, ctx.now());
    await ctx.audit(tx, { action: 'security.apiToken.revoke', objectType: 'apiToken', objectId: id, detail: { name: t.name, prefix: t.prefix, userId: t.user_id } });
  });
  return view({ ...t, revoked_at: ctx.now() });
}

const permissionLabel = (p: string): string => `“${permissionCatalogue.find((i) => i.permission === p)?.label ?? p}”`;
