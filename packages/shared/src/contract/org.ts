import { z } from 'zod';
import { dataScopes } from '../data-scope';
import { Id, Name, PageQuery, multiLine, singleLine } from './common';

export const agencyLevels = ['ministry', 'province', 'city', 'county'] as const;
export const agencyLevelLabel: Record<(typeof agencyLevels)[number], string> = {
  ministry: '部级',
  province: '省级',
  city: '市级',
  county: '县（区）级',
};

export const Agency = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  shortName: z.string(),
  divisionCode: z.string().nullable(),
  level: z.enum(agencyLevels),
  status: z.enum(['active', 'inactive']),
  sortOrder: z.number().int(),
});
export type Agency = z.infer<typeof Agency>;

const DivisionCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: '行政区划代码应为 6 位数字（GB/T 2260）' })
  .describe('行政区划代码');

export const AgencyCreate = z.object({
  parentId: Id.describe('上级机关'),
  name: Name('机关名称'),
  shortName: Name('文书编号简称', 10),
  divisionCode: DivisionCode.nullable().default(null),
  level: z.enum(agencyLevels, { error: '机关层级应为 省级、市级 或 县（区）级' }).describe('机关层级'),
  sortOrder: z.number().int().min(0).default(0).describe('排序'),
});
export const AgencyUpdate = z
  .object({
    name: Name('机关名称'),
    shortName: Name('文书编号简称', 10),
    divisionCode: DivisionCode.nullable(),
    status: z.enum(['active', 'inactive']).describe('状态'),
    sortOrder: z.number().int().min(0).describe('排序'),
  })
  .partial();

export const Unit = z.object({
  id: z.string(),
  agencyId: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  status: z.enum(['active', 'inactive']),
  sortOrder: z.number().int(),
});
export type Unit = z.infer<typeof Unit>;

export const UnitCreate = z.object({
  agencyId: Id.describe('所属机关'),
  parentId: Id.nullable().default(null).describe('上级科室'),
  name: Name('科室名称'),
  sortOrder: z.number().int().min(0).default(0).describe('排序'),
});
export const UnitUpdate = z
  .object({ name: Name('科室名称'), status: z.enum(['active', 'inactive']).describe('状态'), sortOrder: z.number().int().min(0).describe('排序') })
  .partial();

export const userStatuses = ['active', 'locked', 'disabled'] as const;
export const userStatusLabel: Record<(typeof userStatuses)[number], string> = { active: '正常', locked: '已锁定', disabled: '已停用' };

export const RoleAssignment = z.object({
  roleId: Id.describe('角色'),
  dataScope: z.enum(dataScopes, { error: '数据范围应为 本人、本科室、本科室及下级、本机关、本机关及下级机关 或 全部' }).describe('数据范围'),
});

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(userStatuses),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  roles: z.array(z.object({ roleId: z.string(), roleCode: z.string(), roleName: z.string(), dataScope: z.enum(dataScopes) })),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

const Username = z
  .string({ error: '用户名为必填项' })
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, { error: '用户名须以字母开头，由 3–32 位字母、数字、下划线、点或连字符组成' })
  .describe('用户名');
const Phone = z.string().trim().regex(/^1\d{10}$/, { error: '手机号应为 11 位数字，以 1 开头' }).describe('手机号');

export const UserCreate = z.object({
  username: Username,
  displayName: Name('姓名', 50),
  agencyId: Id.describe('所属机关'),
  unitId: Id.nullable().default(null).describe('所属科室'),
  phone: Phone.nullable().default(null),
  initialPassword: singleLine().min(1, { error: '请输入初始密码' }).max(128).describe('初始密码'),
  roles: z.array(RoleAssignment).max(20).default([]).describe('角色'),
});
export const UserUpdate = z
  .object({
    displayName: Name('姓名', 50),
    agencyId: Id.describe('所属机关'),
    unitId: Id.nullable().describe('所属科室'),
    phone: Phone.nullable(),
    status: z.enum(['active', 'disabled'], { error: '状态只能设为 正常 或 停用' }).describe('状态'),
  })
  .partial();
export const UserListQuery = PageQuery.extend({
  agencyId: Id.optional().describe('机关'),
  unitId: Id.optional().describe('科室'),
  status: z.enum(userStatuses).optional().describe('状态'),
  roleId: Id.optional().describe('角色'),
});
export const SetRolesBody = z.object({ roles: z.array(RoleAssignment).max(20).describe('角色') });
export const ResetPasswordResult = z.object({ temporaryPassword: z.string() });

export const Role = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  builtin: z.boolean(),
  adminKind: z.enum(['system', 'security', 'audit']).nullable(),
  permissions: z.array(z.string()),
  userCount: z.number().int(),
});
export type Role = z.infer<typeof Role>;

export const RoleCreate = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-zA-Z0-9]{1,39}$/, { error: '角色代码须以小写字母开头，由 2–40 位字母或数字组成' })
    .describe('角色代码'),
  name: Name('角色名称', 50),
  description: multiLine().trim().max(200).nullable().default(null).describe('说明'),
  permissions: z.array(singleLine()).min(1, { error: '至少选择一项权限' }).describe('权限'),
});
export const RoleUpdate = z
  .object({
    name: Name('角色名称', 50),
    description: multiLine().trim().max(200).nullable().describe('说明'),
    permissions: z.array(singleLine()).min(1, { error: '至少选择一项权限' }).describe('权限'),
  })
  .partial();
