/**
 * Chinese names of the audit `action` codes written by the API (grep `action: '` in apps/api/src).
 * A module that writes a new action adds its label here; unknown codes show as the raw code.
 */
export const auditActionLabel: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出',
  'auth.lockout': '账户锁定',
  'auth.stage': '完成登录验证步骤',
  'auth.totp.verify': '验证动态码',
  'auth.totp.setup': '生成动态口令密钥',
  'auth.totp.enable': '启用动态口令',
  'auth.totp.disable': '停用动态口令',
  'auth.recoveryCodes.regenerate': '重新生成恢复码',
  'auth.password.change': '修改密码',
  'access.denied': '越权访问被拒绝',
  'org.agency.create': '新建机关',
  'org.agency.update': '修改机关',
  'org.unit.create': '新建科室',
  'org.unit.update': '修改科室',
  'org.user.create': '新建用户',
  'org.user.update': '修改用户',
  'org.user.roles': '设置角色',
  'org.user.resetPassword': '重置密码',
  'org.user.lock': '锁定账户',
  'org.user.unlock': '解锁账户',
  'security.role.create': '新建角色',
  'security.role.update': '修改角色',
  'security.role.delete': '删除角色',
  'security.adminRole.grant': '授予三员角色',
  'security.adminRole.revoke': '撤销三员角色',
  'security.user.resetTotp': '重置动态口令',
  'security.policy.update': '修改安全策略',
  'security.apiToken.create': '创建接口令牌',
  'security.apiToken.revoke': '吊销接口令牌',
  'audit.export': '导出审计日志',
  'audit.verify': '校验哈希链',
  'seed.reference': '初始化基础数据',
  'seed.demo': '加载演示数据',
};

/** Filter groups: the API matches `action` by prefix. */
export const auditActionGroups: { prefix: string; label: string }[] = [
  { prefix: 'auth.', label: '登录与认证' },
  { prefix: 'access.', label: '访问控制' },
  { prefix: 'org.', label: '机构与用户' },
  { prefix: 'security.', label: '安全保密管理' },
  { prefix: 'audit.', label: '安全审计' },
  { prefix: 'seed.', label: '系统初始化' },
];

export const auditObjectTypeLabel: Record<string, string> = {
  user: '用户',
  account: '登录账户',
  agency: '机关',
  unit: '科室',
  role: '角色',
  apiToken: '接口令牌',
  setting: '系统设置',
  audit_log: '审计日志',
  route: '接口',
};

/** Why a login or check failed (`detail.reason`). */
export const auditReasonLabel: Record<string, string> = {
  badCredentials: '用户名或密码错误',
  locked: '账户已锁定',
  adminLocked: '账户被管理员锁定',
  disabled: '账户已停用',
  badCurrentPassword: '当前密码不正确',
};

export const actionLabel = (code: string): string => auditActionLabel[code] ?? code;
