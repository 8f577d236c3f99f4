import { z } from 'zod';
import { singleLine } from './common';
import { dataScopes } from '../data-scope';

export const LoginBody = z.object({
  username: singleLine().trim().min(1, { error: '请输入用户名' }).max(64).describe('用户名'),
  password: singleLine().min(1, { error: '请输入密码' }).max(256).describe('密码'),
});

/** What the client must do next before the session is fully usable. */
export const SessionStage = z.enum(['full', 'totp', 'totpEnrol', 'passwordChange']);
export type SessionStage = z.infer<typeof SessionStage>;

export const LoginResult = z.object({ stage: SessionStage, csrfToken: z.string() });

export const TotpCodeBody = z.object({
  code: z.string().trim().regex(/^(\d{6}|[a-z0-9]{4}-[a-z0-9]{4})$/, { error: '请输入 6 位动态码或恢复码（形如 abcd-1234）' }).describe('动态码'),
});

export const TotpSetup = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

export const ChangePasswordBody = z.object({
  currentPassword: singleLine().min(1, { error: '请输入当前密码' }).max(256).describe('当前密码'),
  newPassword: singleLine().min(1, { error: '请输入新密码' }).max(256).describe('新密码'),
});

export const RoleAssignmentView = z.object({
  roleId: z.string(),
  roleCode: z.string(),
  roleName: z.string(),
  dataScope: z.enum(dataScopes),
});

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  agency: z.object({ id: z.string(), name: z.string(), shortName: z.string() }),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  roles: z.array(RoleAssignmentView),
  permissions: z.array(z.string()),
  adminKind: z.enum(['system', 'security', 'audit']).nullable(),
  stage: SessionStage,
  csrfToken: z.string(),
  totpEnabled: z.boolean(),
  passwordExpiresAt: z.string().nullable(),
  idleTimeoutMinutes: z.number().int(),
  /** The rules a new password must meet, so the login step and 个人设置 can show them. */
  passwordPolicy: z.object({ minLength: z.number().int(), minClasses: z.number().int(), forbidUsername: z.boolean(), maxAgeDays: z.number().int(), historyCount: z.number().int() }),
});
export type Me = z.infer<typeof Me>;
