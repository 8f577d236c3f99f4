import { randomBytes } from 'node:crypto';
import { classifyPermissionSet, type DataScope, type Permission, type SecurityPolicy } from '@zhifa/shared';
import type { ApiTokenTable } from '../../platform/db/schema';
import { getSecurityPolicy, invalidateSecurityPolicyCache, saveSecurityPolicy } from '../../platform/auth/security-policy';
import { sha256Hex } from '../../platform/crypto/sm3';
import { API_TOKEN_PREFIX } from '../../platform/http/authenticate';
import type { Ctx } from '../../platform/http/context';
import { conflict, invalidField, notFound } from '../../platform/http/errors';
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

const view = (t: ApiTokenTable) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  permissions: JSON.parse(t.permissions) as string[],
  agencyId: t.agency_id,
  dataScope: t.data_scope as DataScope,
  createdAt: t.created_at,
  expiresAt: t.expires_at,
  revokedAt: t.revoked_at,
  lastUsedAt: t.last_used_at,
});

export const listTokens = async (ctx: Ctx) => (await repo.listTokens(ctx.db)).map(view);

export async function createToken(ctx: Ctx, input: { name: string; permissions: Permission[]; agencyId: string; dataScope: DataScope; expiresAt: string | null }) {
  const perms = [...new Set(input.permissions)];
  const c = classifyPermissionSet(perms);
  if ('error' in c) throw invalidField('body.permissions', `权限：${c.error}`);
  // Integrations exchange enforcement data; administrator powers stay with people.
  if (c.adminKind) throw invalidField('body.permissions', '权限：接口令牌只能授予业务权限，不能授予三员管理权限');
  if (!(await repo.findActiveAgency(ctx.db, input.agencyId))) throw invalidField('body.agencyId', '所属机关：不存在或已停用');
  if (input.expiresAt && input.expiresAt <= ctx.now()) throw invalidField('body.expiresAt', '到期时间：应晚于当前时间');
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const row: ApiTokenTable = {
    id: newId(),
    name: input.name,
    prefix: secret.slice(0, 10),
    token_hash: sha256Hex(secret),
    permissions: JSON.stringify(perms.sort()),
    agency_id: input.agencyId,
    data_scope: input.dataScope,
    created_by: ctx.actor!.id,
    created_at: ctx.now(),
    expires_at: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
    revoked_at: null,
    last_used_at: null,
  };
  await ctx.tx(async (tx) => {
    await repo.insertToken(tx, row);
    await ctx.audit(tx, { action: 'security.apiToken.create', objectType: 'apiToken', objectId: row.id, detail: { name: row.name, prefix: row.prefix, permissions: perms, agencyId: row.agency_id, dataScope: row.data_scope } });
  });
  return { ...view(row), token: secret };
}

export async function revokeToken(ctx: Ctx, id: string) {
  const t = await repo.findToken(ctx.db, id);
  if (!t) throw notFound('接口令牌');
  if (t.revoked_at) throw conflict('该令牌已吊销');
  await ctx.tx(async (tx) => {
    await repo.revokeToken(tx, id, ctx.now());
    await ctx.audit(tx, { action: 'security.apiToken.revoke', objectType: 'apiToken', objectId: id, detail: { name: t.name, prefix: t.prefix } });
  });
  return view({ ...t, revoked_at: ctx.now() });
}
