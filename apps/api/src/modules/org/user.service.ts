import { randomInt } from 'node:crypto';
import { Permission, type AdminKind, type DataScope, type Page, type User } from '@zhifa/shared';
import { scopeFor } from '../../platform/auth/scope';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { hashPassword } from '../auth/password-hash';
import { passwordProblems } from '../auth/auth.service';
import * as orgRepo from './org.repository';
import * as roleRepo from './role.repository';
import * as repo from './user.repository';
import { assignmentProblem, scopeGrantProblem, type AssignableRole } from './role-assignment-rules';

type Assignment = { roleId: string; dataScope: DataScope };

async function present(ctx: Ctx, rows: repo.UserRow[]): Promise<User[]> {
  const [roles, locks] = await Promise.all([repo.rolesOf(ctx.db, rows.map((r) => r.id)), repo.lockedUntilFor(ctx.db, rows.map((r) => r.username), ctx.now())]);
  return rows.map((r) => {
    const lockedUntil = locks.get(r.username) ?? null;
    return {
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      unitId: r.unit_id,
      unitName: r.unit_name ?? null,
      phone: r.phone,
      status: r.status === 'disabled' ? 'disabled' : r.admin_locked || lockedUntil ? 'locked' : 'active',
      lockedUntil,
      mustChangePassword: Boolean(r.must_change_password),
      totpEnabled: Boolean(r.totp_enabled),
      lastLoginAt: r.last_login_at,
      roles: roles.filter((x) => x.user_id === r.id).map((x) => ({ roleId: x.role_id, roleCode: x.code, roleName: x.name, dataScope: x.data_scope as DataScope })),
      createdAt: r.created_at,
    };
  });
}

export async function listUsers(ctx: Ctx, q: repo.UserFilter & { page: number; pageSize: number }): Promise<Page<User>> {
  const { rows, total } = await repo.listUsers(ctx.db, ctx.scope, q, q.page, q.pageSize, ctx.now());
  return { items: await present(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function getUser(ctx: Ctx, id: string): Promise<User> {
  const row = await repo.findUser(ctx.db, ctx.scope, id);
  if (!row) throw notFound('用户');
  return (await present(ctx, [row]))[0]!;
}

async function checkPlacement(ctx: Ctx, agencyId: string, unitId: string | null): Promise<void> {
  const agency = await orgRepo.findAgency(ctx.db, ctx.scope, agencyId);
  if (!agency || agency.status !== 'active') throw invalidField('body.agencyId', '所属机关：不存在、已停用或不在您的管理范围内');
  if (unitId) {
    const unit = await orgRepo.findUnit(ctx.db, ctx.scope, unitId);
    if (!unit || unit.agency_id !== agencyId || unit.status !== 'active') throw invalidField('body.unitId', '所属科室：不存在、已停用或不属于所选机关');
  }
}

/** Loads the roles of an assignment list and checks who may grant them and 三员分立. */
async function resolveAssignments(ctx: Ctx, list: Assignment[], path: string, grantingPermission: Permission, kinds: 'business' | 'admin'): Promise<AssignableRole[]> {
  const found = await roleRepo.findRolesByIds(ctx.db, list.map((a) => a.roleId));
  const callerHasAll = ctx.actor ? scopeFor(ctx.actor, grantingPermission).all : false;
  return list.map((a, i) => {
    const r = found.find((x) => x.id === a.roleId);
    if (!r) throw invalidField(`${path}.${i}.roleId`, `角色：第 ${i + 1} 个角色不存在`);
    if (kinds === 'business' && r.admin_kind) throw invalidField(`${path}.${i}.roleId`, `角色：“${r.name}”属于三员角色，应通过“授予三员角色”单独授予`);
    if (kinds === 'admin' && !r.admin_kind) throw invalidField(`${path}.${i}.roleId`, `角色：“${r.name}”是业务角色，应在“用户授权”中设置`);
    const scopeProblem = scopeGrantProblem(a.dataScope, callerHasAll);
    if (scopeProblem) throw invalidField(`${path}.${i}.dataScope`, `数据范围：${scopeProblem}`);
    return { id: r.id, name: r.name, adminKind: r.admin_kind as AdminKind | null };
  });
}

export async function createUser(ctx: Ctx, input: { username: string; displayName: string; agencyId: string; unitId: string | null; phone: string | null; initialPassword: string; roles: Assignment[] }): Promise<User> {
  const username = input.username.toLowerCase();
  await checkPlacement(ctx, input.agencyId, input.unitId);
  if (await repo.usernameTaken(ctx.db, username)) throw invalidField('body.username', '用户名：已被使用');
  await passwordProblems(ctx, null, username, input.initialPassword, 'body.initialPassword');
  // 三员分立: the system administrator creates the account; roles and scopes come from the security administrator.
  if (input.roles.length) throw forbidden('三员分立：新建账户时不能分配角色，角色与数据范围由安全保密管理员在“用户授权”中授予');
  const id = newId();
  const now = ctx.now();
  const hash = await hashPassword(input.initialPassword);
  await ctx.tx(async (tx) => {
    await repo.insertUser(tx, {
      id, username, display_name: input.displayName, agency_id: input.agencyId, unit_id: input.unitId, phone: input.phone,
      password_hash: hash, password_changed_at: now, must_change_password: 1, status: 'active', admin_locked: 0,
      totp_secret: null, totp_enabled: 0, totp_last_step: null, is_demo: 0, last_login_at: null, created_at: now, updated_at: now,
    });
    await repo.insertPasswordHistory(tx, id, hash, now);
    await ctx.audit(tx, { action: 'org.user.create', objectType: 'user', objectId: id, detail: { username, agencyId: input.agencyId, unitId: input.unitId } });
  });
  return getUser({ ...ctx, scope: { all: true } }, id);
}

export async function updateUser(ctx: Ctx, id: string, patch: Partial<{ displayName: string; agencyId: string; unitId: string | null; phone: string | null; status: 'active' | 'disabled' }>): Promise<User> {
  const row = await repo.findUser(ctx.db, ctx.scope, id);
  if (!row) throw notFound('用户');
  if (patch.status === 'disabled' && id === ctx.actor?.id) throw conflict('不能停用您自己的账户');
  if (patch.agencyId !== undefined || patch.unitId !== undefined) {
    await checkPlacement(ctx, patch.agencyId ?? row.agency_id, patch.unitId !== undefined ? patch.unitId : patch.agencyId && patch.agencyId !== row.agency_id ? null : row.unit_id);
  }
  const changes = {
    ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
    ...(patch.agencyId !== undefined ? { agency_id: patch.agencyId } : {}),
    ...(patch.unitId !== undefined ? { unit_id: patch.unitId } : patch.agencyId && patch.agencyId !== row.agency_id ? { unit_id: null } : {}),
    ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
    ...(patch.status !== undefined ? { status: patch.status } : {}),
  };
  await ctx.tx(async (tx) => {
    await repo.updateUser(tx, id, { ...changes, updated_at: ctx.now() });
    if (patch.status === 'disabled') await repo.revokeSessions(tx, id, ctx.now());
    await ctx.audit(tx, { action: 'org.user.update', objectType: 'user', objectId: id, detail: { username: row.username, changes: patch } });
  });
  return getUser({ ...ctx, scope: { all: true } }, id);
}

/** Replaces the business roles of a user (安全保密管理员; the system administrator only creates and disables accounts). */
export async function setBusinessRoles(ctx: Ctx, id: string, list: Assignment[]): Promise<User> {
  const user = await getUser(ctx, id);
  const roles = await resolveAssignments(ctx, list, 'body.roles', Permission.UserAssignRole, 'business');
  const current = await roleRepo.findRolesByIds(ctx.db, user.roles.map((r) => r.roleId));
  const keptAdmin = current.filter((r) => r.admin_kind).map((r) => ({ id: r.id, name: r.name, adminKind: r.admin_kind as AdminKind }));
  const problem = assignmentProblem([...keptAdmin, ...roles]);
  if (problem) throw invalidField('body.roles', `角色：${problem}`);
  const businessIds = new Set(current.filter((r) => !r.admin_kind).map((r) => r.id));
  await ctx.tx(async (tx) => {
    await repo.replaceRoles(tx, id, list, ctx.now(), businessIds);
    await ctx.audit(tx, { action: 'org.user.roles', objectType: 'user', objectId: id, detail: { username: user.username, before: user.roles.filter((r) => businessIds.has(r.roleId)).map((r) => ({ roleId: r.roleId, dataScope: r.dataScope })), after: list } });
  });
  return getUser({ ...ctx, scope: { all: true } }, id);
}

/** Grants one 三员 role (安全保密管理员); a second one on the same account is refused. */
export async function grantAdminRole(ctx: Ctx, id: string, a: Assignment): Promise<User> {
  const user = await getUser(ctx, id);
  if (id === ctx.actor?.id) throw conflict('不能为自己授予管理员角色');
  const [role] = await resolveAssignments(ctx, [a], 'body', Permission.RoleManage, 'admin');
  const current = await roleRepo.findRolesByIds(ctx.db, user.roles.map((r) => r.roleId));
  const problem = assignmentProblem([...current.map((r) => ({ id: r.id, name: r.name, adminKind: r.admin_kind as AdminKind | null })), role!]);
  if (problem) throw invalidField('body.roleId', `角色：${problem}`);
  await ctx.tx(async (tx) => {
    await repo.insertUserRole(tx, id, a.roleId, a.dataScope, ctx.now());
    await ctx.audit(tx, { action: 'security.adminRole.grant', objectType: 'user', objectId: id, detail: { username: user.username, roleId: a.roleId, roleName: role!.name, dataScope: a.dataScope } });
  });
  return getUser({ ...ctx, scope: { all: true } }, id);
}

export async function revokeAdminRole(ctx: Ctx, id: string, roleId: string): Promise<User> {
  const user = await getUser(ctx, id);
  const role = await roleRepo.findRole(ctx.db, roleId);
  if (!role?.admin_kind || !user.roles.some((r) => r.roleId === roleId)) throw notFound('该用户的管理员角色');
  if (id === ctx.actor?.id) throw conflict('不能撤销自己的管理员角色');
  await ctx.tx(async (tx) => {
    await repo.deleteUserRole(tx, id, roleId);
    await repo.revokeSessions(tx, id, ctx.now());
    await ctx.audit(tx, { action: 'security.adminRole.revoke', objectType: 'user', objectId: id, detail: { username: user.username, roleId, roleName: role.name } });
  });
  return getUser({ ...ctx, scope: { all: true } }, id);
}

/** A temporary password that satisfies any sane policy; shown once, changed at next login. */
export function temporaryPassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '@#%+=!'];
  const chars = sets.map((s) => s[randomInt(s.length)]!);
  const all = sets.join('');
  while (chars.length < 14) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

export async function resetPassword(ctx: Ctx, id: string): Promise<{ temporaryPassword: string }> {
  const user = await getUser(ctx, id);
  if (id === ctx.actor?.id) throw conflict('请在“个人设置”中修改自己的密码');
  const pwd = temporaryPassword();
  const hash = await hashPassword(pwd);
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.updateUser(tx, id, { password_hash: hash, password_changed_at: now, must_change_password: 1, updated_at: now });
    await repo.insertPasswordHistory(tx, id, hash, now);
    await repo.revokeSessions(tx, id, now);
    await repo.clearFailures(tx, user.username);
    await ctx.audit(tx, { action: 'org.user.resetPassword', objectType: 'user', objectId: id, detail: { username: user.username } });
  });
  return { temporaryPassword: pwd };
}

export async function setLocked(ctx: Ctx, id: string, locked: boolean): Promise<User> {
  const user = await getUser(ctx, id);
  if (id === ctx.actor?.id) throw conflict('不能锁定或解锁自己的账户');
  await ctx.tx(async (tx) => {
    await repo.updateUser(tx, id, { admin_locked: locked ? 1 : 0, updated_at: ctx.now() });
    if (locked) await repo.revokeSessions(tx, id, ctx.now());
    else await repo.clearFailures(tx, user.username);
    await ctx.audit(tx, { action: locked ? 'org.user.lock' : 'org.user.unlock', objectType: 'user', objectId: id, detail: { username: user.username } });
  });
  return getUser({ ...ctx, scope: { all: true } }, id);
}

/** For a lost phone: the security administrator clears the second factor; the user enrols again. */
export async function resetTotp(ctx: Ctx, id: string): Promise<User> {
  const user = await getUser(ctx, id);
  if (id === ctx.actor?.id) throw conflict('不能重置自己的动态口令');
  await ctx.tx(async (tx) => {
    await repo.updateUser(tx, id, { totp_secret: null, totp_enabled: 0, totp_last_step: null, updated_at: ctx.now() });
    await repo.deleteRecoveryCodes(tx, id);
    await repo.revokeSessions(tx, id, ctx.now());
    await ctx.audit(tx, { action: 'security.user.resetTotp', objectType: 'user', objectId: id, detail: { username: user.username } });
  });
  return getUser({ ...ctx, scope: { all: true } }, id);
}
