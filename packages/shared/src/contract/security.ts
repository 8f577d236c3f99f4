import { z } from 'zod';
import { singleLine } from './common';
import { Permission } from '../permission';
import { dataScopes } from '../data-scope';

export const totpPolicies = ['none', 'admins', 'all'] as const;
export const totpPolicyLabel: Record<(typeof totpPolicies)[number], string> = {
  none: '不强制',
  admins: '管理员必须启用',
  all: '所有用户必须启用',
};

export const SecurityPolicy = z.object({
  password: z.object({
    minLength: z.number().int().min(8, { error: '密码最小长度不能低于 8 位' }).max(64).describe('密码最小长度'),
    minClasses: z.number().int().min(2, { error: '字符类别不能少于 2 类' }).max(4).describe('字符类别数'),
    forbidUsername: z.boolean().describe('禁止包含用户名'),
    maxAgeDays: z.number().int().min(0).max(365).describe('密码有效期（天）'),
    historyCount: z.number().int().min(0).max(24).describe('禁止重复使用的历史密码数'),
  }).describe('密码策略'),
  lockout: z.object({
    maxFailures: z.number().int().min(3, { error: '失败次数阈值应在 3–10 之间' }).max(10, { error: '失败次数阈值应在 3–10 之间' }).describe('连续失败次数'),
    lockMinutes: z.number().int().min(10, { error: '锁定时长应在 10–1440 分钟之间' }).max(1440).describe('锁定时长（分钟）'),
  }).describe('账户锁定'),
  session: z.object({
    idleMinutes: z.number().int().min(5, { error: '空闲超时应在 5–60 分钟之间' }).max(60, { error: '空闲超时应在 5–60 分钟之间' }).describe('空闲超时（分钟）'),
    absoluteHours: z.number().int().min(1).max(24, { error: '会话最长不能超过 24 小时' }).describe('会话最长时长（小时）'),
  }).describe('会话'),
  totp: z.enum(totpPolicies, { error: '第二重验证策略应为 不强制、管理员必须启用 或 所有用户必须启用' }).describe('第二重验证策略'),
  auditRetentionDays: z.number().int().min(180, { error: '审计日志保存期限不能少于 180 天（网络安全法）' }).max(3650).describe('审计日志保存期限（天）'),
});
export type SecurityPolicy = z.infer<typeof SecurityPolicy>;

export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  permissions: z.array(z.string()),
  agencyId: z.string(),
  /** The business account the token acts for; null only on old tokens revoked when tokens were bound to accounts. */
  userId: z.string().nullable(),
  username: z.string().nullable(),
  userDisplayName: z.string().nullable(),
  dataScope: z.enum(dataScopes),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
/** A token for the caller's own business account: its permissions and scope never exceed the account's. */
export const ApiTokenCreate = z.object({
  name: singleLine().trim().min(1, { error: '请填写令牌名称' }).max(100).describe('令牌名称'),
  permissions: z
    .array(z.enum(Object.values(Permission) as [Permission, ...Permission[]], { error: '不是有效的权限' }))
    .min(1, { error: '至少选择一项权限' })
    .describe('权限'),
  dataScope: z.enum(dataScopes).default('agency').describe('数据范围'),
  expiresAt: z.iso.datetime({ offset: true, error: '应为 ISO-8601 时间' }).nullable().default(null).describe('到期时间'),
});
export const ApiTokenCreated = ApiToken.extend({ token: z.string() });
