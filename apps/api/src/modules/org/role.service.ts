import { allPermissions, classifyPermissionSet, type Permission, type Role } from '@zhifa/shared';
import type { Ctx } from '../../platform/http/context';
import { conflict, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import * as repo from './role.repository';

const toRole = (r: Awaited<ReturnType<typeof repo.listRoles>>[number]): Role => ({
  id: r.id,
  code: r.code,
  name: r.name,
  description: r.description,
  builtin: Boolean(r.builtin),
  adminKind: r.admin_kind,
  permissions: r.permissions,
  userCount: r.userCount,
});

export async function listRoles(ctx: Ctx): Promise<Role[]> {
  return (await repo.listRoles(ctx.db)).map(toRole);
}

async function getRole(ctx: Ctx, id: string): Promise<Role> {
  const r = (await repo.listRoles(ctx.db)).find((x) => x.id === id);
  if (!r) throw notFound('角色');
  return toRole(r);
}

function checkPermissions(perms: string[]): { adminKind: Role['adminKind'] } {
  const unknown = perms.filter((p) => !allPermissions.includes(p as Permission));
  if (unknown.length) throw invalidField('body.permissions', `权限：不存在的权限 ${unknown.join('、')}`);
  const c = classifyPermissionSet(perms as Permission[]);
  if ('error' in c) throw invalidField('body.permissions', `权限：${c.error}`);
  return c;
}

export async function createRole(ctx: Ctx, input: { code: string; name: string; description: string | null; permissions: string[] }): Promise<Role> {
  const perms = [...new Set(input.permissions)];
  const { adminKind } = checkPermissions(perms);
  if (await repo.findRoleByCode(ctx.db, input.code)) throw invalidField('body.code', '角色代码：已被使用');
  if (await repo.findRoleByName(ctx.db, input.name)) throw invalidField('body.name', '角色名称：已存在同名角色');
  const id = newId();
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.insertRole(tx, { id, code: input.code, name: input.name, description: input.description, builtin: 0, admin_kind: adminKind, created_at: now, updated_at: now }, perms);
    await ctx.audit(tx, { action: 'security.role.create', objectType: 'role', objectId: id, detail: { code: input.code, name: input.name, permissions: perms } });
  });
  return getRole(ctx, id);
}

export async function updateRole(ctx: Ctx, id: string, patch: { name?: string; description?: string | null; permissions?: string[] }): Promise<Role> {
  const role = await getRole(ctx, id);
  let perms: string[] | undefined;
  if (patch.permissions) {
    perms = [...new Set(patch.permissions)];
    const { adminKind } = checkPermissions(perms);
    // A role keeps its kind: turning a business role into an admin one would break 三员分立 for its holders.
    if (adminKind !== role.adminKind) throw invalidField('body.permissions', '权限：不能改变角色的类别（业务角色 / 三员角色），请新建角色');
  }
  if (patch.name && patch.name !== role.name && (await repo.findRoleByName(ctx.db, patch.name))) throw invalidField('body.name', '角色名称：已存在同名角色');
  await ctx.tx(async (tx) => {
    await repo.updateRole(tx, id, { ...(patch.name ? { name: patch.name } : {}), ...(patch.description !== undefined ? { description: patch.description } : {}), updated_at: ctx.now() }, perms);
    await ctx.audit(tx, { action: 'security.role.update', objectType: 'role', objectId: id, detail: { before: { name: role.name, permissions: role.permissions }, after: { name: patch.name, permissions: perms } } });
  });
  return getRole(ctx, id);
}

export async function deleteRole(ctx: Ctx, id: string): Promise<void> {
  const role = await getRole(ctx, id);
  if (role.builtin) throw conflict('内置角色不能删除');
  if ((await repo.countAssignments(ctx.db, id)) > 0) throw conflict(`仍有 ${role.userCount} 个账户使用该角色，请先取消分配`);
  await ctx.tx(async (tx) => {
    await repo.deleteRole(tx, id);
    await ctx.audit(tx, { action: 'security.role.delete', objectType: 'role', objectId: id, detail: { code: role.code, name: role.name } });
  });
}
