import { Agency, AgencyCreate, AgencyUpdate, IdParams, Ok, pageOf, Permission, permissionCatalogue, ResetPasswordResult, Role, RoleAssignment, RoleCreate, RoleUpdate, SetRolesBody, Unit, UnitCreate, UnitUpdate, User, UserCreate, UserListQuery, UserUpdate } from '@zhifa/shared';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/define-route';
import * as org from './org.service';
import * as roles from './role.service';
import * as users from './user.service';

const orgTags = ['机构'];
const userTags = ['用户'];
const roleTags = ['角色与权限'];

export const orgRoutes = [
  defineRoute({ method: 'GET', url: '/api/agencies', access: Permission.OrgRead, summary: '数据范围内的机关（树，按 path 排序）', tags: orgTags, response: { 200: z.array(Agency) }, handler: async (_i, ctx) => org.listAgencies(ctx) }),
  defineRoute({ method: 'GET', url: '/api/agencies/:id', access: Permission.OrgRead, summary: '机关详情', tags: orgTags, params: IdParams, response: { 200: Agency }, handler: async ({ params }, ctx) => org.getAgency(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/agencies', access: Permission.OrgManage, summary: '新建下级机关', tags: orgTags, body: AgencyCreate, response: { 201: Agency }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await org.createAgency(ctx, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/agencies/:id', access: Permission.OrgManage, summary: '修改机关', tags: orgTags, params: IdParams, body: AgencyUpdate, response: { 200: Agency }, handler: async ({ params, body }, ctx) => org.updateAgency(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/agencies/:id/units', access: Permission.OrgRead, summary: '机关的内设机构（树）', tags: orgTags, params: IdParams, response: { 200: z.array(Unit) }, handler: async ({ params }, ctx) => org.listUnits(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/units', access: Permission.OrgManage, summary: '新建内设机构', tags: orgTags, body: UnitCreate, response: { 201: Unit }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await org.createUnit(ctx, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/units/:id', access: Permission.OrgManage, summary: '修改或停用内设机构', tags: orgTags, params: IdParams, body: UnitUpdate, response: { 200: Unit }, handler: async ({ params, body }, ctx) => org.updateUnit(ctx, params.id, body) }),

  defineRoute({ method: 'GET', url: '/api/users', access: Permission.UserRead, summary: '用户列表', tags: userTags, query: UserListQuery, response: { 200: pageOf(User) }, handler: async ({ query }, ctx) => users.listUsers(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/users/:id', access: Permission.UserRead, summary: '用户详情', tags: userTags, params: IdParams, response: { 200: User }, handler: async ({ params }, ctx) => users.getUser(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/users', access: Permission.UserManage, summary: '新建用户（首次登录须改密码）', tags: userTags, body: UserCreate, response: { 201: User }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await users.createUser(ctx, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/users/:id', access: Permission.UserManage, summary: '修改用户信息或停用', tags: userTags, params: IdParams, body: UserUpdate, response: { 200: User }, handler: async ({ params, body }, ctx) => users.updateUser(ctx, params.id, body) }),
  defineRoute({ method: 'PUT', url: '/api/users/:id/roles', access: Permission.UserAssignRole, summary: '设置用户的业务角色与数据范围', tags: userTags, params: IdParams, body: SetRolesBody, response: { 200: User }, handler: async ({ params, body }, ctx) => users.setBusinessRoles(ctx, params.id, body.roles) }),
  defineRoute({ method: 'POST', url: '/api/users/:id/reset-password', access: Permission.UserManage, summary: '重置密码（返回一次性临时密码）', tags: userTags, params: IdParams, response: { 200: ResetPasswordResult }, handler: async ({ params }, ctx) => users.resetPassword(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/users/:id/lock', access: Permission.UserManage, summary: '锁定账户', tags: userTags, params: IdParams, response: { 200: User }, handler: async ({ params }, ctx) => users.setLocked(ctx, params.id, true) }),
  defineRoute({ method: 'POST', url: '/api/users/:id/unlock', access: Permission.UserManage, summary: '解锁账户（含登录失败锁定）', tags: userTags, params: IdParams, response: { 200: User }, handler: async ({ params }, ctx) => users.setLocked(ctx, params.id, false) }),
  defineRoute({ method: 'POST', url: '/api/users/:id/admin-roles', access: Permission.RoleManage, summary: '授予三员角色（安全保密管理员）', tags: roleTags, params: IdParams, body: RoleAssignment, response: { 200: User }, handler: async ({ params, body }, ctx) => users.grantAdminRole(ctx, params.id, body) }),
  defineRoute({ method: 'DELETE', url: '/api/users/:id/admin-roles/:roleId', access: Permission.RoleManage, summary: '撤销三员角色', tags: roleTags, params: IdParams.extend({ roleId: z.uuid({ error: '应为有效的 UUID' }).describe('角色') }), response: { 200: User }, handler: async ({ params }, ctx) => users.revokeAdminRole(ctx, params.id, params.roleId) }),
  defineRoute({ method: 'POST', url: '/api/users/:id/reset-totp', access: Permission.SecurityPolicyManage, summary: '重置用户的动态口令（丢失手机时）', tags: roleTags, params: IdParams, response: { 200: User }, handler: async ({ params }, ctx) => users.resetTotp(ctx, params.id) }),

  defineRoute({ method: 'GET', url: '/api/permissions', access: Permission.RoleRead, summary: '权限目录', tags: roleTags, response: { 200: z.array(z.object({ permission: z.string(), kind: z.string(), label: z.string(), group: z.string() })) }, handler: async () => permissionCatalogue }),
  defineRoute({ method: 'GET', url: '/api/roles', access: Permission.RoleRead, summary: '角色列表', tags: roleTags, response: { 200: z.array(Role) }, handler: async (_i, ctx) => roles.listRoles(ctx) }),
  defineRoute({ method: 'POST', url: '/api/roles', access: Permission.RoleManage, summary: '新建自定义角色', tags: roleTags, body: RoleCreate, response: { 201: Role }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await roles.createRole(ctx, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/roles/:id', access: Permission.RoleManage, summary: '修改角色名称、说明或权限', tags: roleTags, params: IdParams, body: RoleUpdate, response: { 200: Role }, handler: async ({ params, body }, ctx) => roles.updateRole(ctx, params.id, body) }),
  defineRoute({ method: 'DELETE', url: '/api/roles/:id', access: Permission.RoleManage, summary: '删除未使用的自定义角色', tags: roleTags, params: IdParams, response: { 200: Ok }, handler: async ({ params }, ctx) => { await roles.deleteRole(ctx, params.id); return { ok: true as const }; } }),
];
