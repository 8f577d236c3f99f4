/**
 * The one Permission enum. Every route declares one of these (or `public` / `authenticated`),
 * every role is a set of them. `kind` drives 三员分立: a role mixes at most one admin kind and
 * no admin kind with business permissions, so none of the three administrators sees enforcement data.
 */
export const Permission = {
  // 系统管理员 — organisations and accounts
  OrgManage: 'org.manage',
  UserManage: 'user.manage',
  // 安全保密管理员 — roles and their grants, permissions, security policy, integration tokens
  UserAssignRole: 'user.assignRole',
  RoleManage: 'role.manage',
  SecurityPolicyManage: 'security.policy.manage',
  ApiTokenManage: 'apiToken.manage',
  // 安全审计员 — the audit log only
  AuditRead: 'audit.read',
  AuditExport: 'audit.export',
  // common (pickers and names): readable by any role, no enforcement data
  OrgRead: 'org.read',
  UserRead: 'user.read',
  RoleRead: 'role.read',
  // business permissions (modules arrive with later issues)
  EnterpriseRead: 'enterprise.read',
  EnterpriseManage: 'enterprise.manage',
  OfficerRead: 'officer.read',
  OfficerManage: 'officer.manage',
  ChecklistRead: 'checklist.read',
  ChecklistManage: 'checklist.manage',
  ChecklistLegalReview: 'checklist.legalReview',
  LawManage: 'law.manage',
  PlanRead: 'plan.read',
  PlanManage: 'plan.manage',
  InspectionRead: 'inspection.read',
  InspectionManage: 'inspection.manage',
  DocumentRead: 'document.read',
  DocumentDraft: 'document.draft',
  DocumentIssue: 'document.issue',
  DocumentAdmin: 'document.admin',
  ApprovalAct: 'approval.act',
  ApprovalAdmin: 'approval.admin',
  CaseRead: 'case.read',
  CaseManage: 'case.manage',
  CaseLegalReview: 'case.legalReview',
  StatsRead: 'stats.read',
  EnterprisePortal: 'enterprise.portal',
  // a business account may create API tokens that act for it (never more than its own rights)
  ApiTokenOwn: 'apiToken.own',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export type PermissionKind = 'system' | 'security' | 'audit' | 'common' | 'business';

export interface PermissionInfo {
  permission: Permission;
  kind: PermissionKind;
  label: string;
  group: string;
}

const info = (permission: Permission, kind: PermissionKind, group: string, label: string): PermissionInfo => ({
  permission,
  kind,
  group,
  label,
});

/** Catalogue shown on the role editor, with Chinese labels. */
export const permissionCatalogue: readonly PermissionInfo[] = [
  info(Permission.OrgManage, 'system', '系统管理', '管理机构与内设机构'),
  info(Permission.UserRead, 'common', '通用', '查看用户'),
  info(Permission.UserManage, 'system', '系统管理', '管理用户账户'),
  info(Permission.UserAssignRole, 'security', '安全保密管理', '为用户授予业务角色与数据范围'),
  info(Permission.RoleRead, 'common', '通用', '查看角色与权限'),
  info(Permission.RoleManage, 'security', '安全保密管理', '管理角色、权限与管理员授权'),
  info(Permission.SecurityPolicyManage, 'security', '安全保密管理', '管理安全策略'),
  info(Permission.ApiTokenManage, 'security', '安全保密管理', '管理接口令牌'),
  info(Permission.AuditRead, 'audit', '安全审计', '查询审计日志'),
  info(Permission.AuditExport, 'audit', '安全审计', '导出与校验审计日志'),
  info(Permission.OrgRead, 'common', '通用', '查看机构树'),
  info(Permission.EnterpriseRead, 'business', '一单两库', '查看企业库'),
  info(Permission.EnterpriseManage, 'business', '一单两库', '维护企业库'),
  info(Permission.OfficerRead, 'business', '一单两库', '查看执法人员库'),
  info(Permission.OfficerManage, 'business', '一单两库', '维护执法人员库'),
  info(Permission.ChecklistRead, 'business', '一单两库', '查看检查事项与法律法规'),
  info(Permission.ChecklistManage, 'business', '一单两库', '维护检查事项'),
  info(Permission.ChecklistLegalReview, 'business', '一单两库', '检查事项法制审核'),
  info(Permission.LawManage, 'business', '一单两库', '维护法律法规库'),
  info(Permission.PlanRead, 'business', '执法管理', '查看执法计划'),
  info(Permission.PlanManage, 'business', '执法管理', '编制执法计划与双随机抽取'),
  info(Permission.InspectionRead, 'business', '执法检查', '查看执法检查'),
  info(Permission.InspectionManage, 'business', '执法检查', '开展执法检查'),
  info(Permission.DocumentRead, 'business', '执法文书', '查看执法文书'),
  info(Permission.DocumentDraft, 'business', '执法文书', '起草执法文书'),
  info(Permission.DocumentIssue, 'business', '执法文书', '签发与送达执法文书'),
  info(Permission.DocumentAdmin, 'business', '执法文书', '管理文书类型、模板与编号'),
  info(Permission.ApprovalAct, 'business', '执法管理', '审批'),
  info(Permission.ApprovalAdmin, 'business', '执法管理', '配置审批流程'),
  info(Permission.CaseRead, 'business', '行政处罚', '查看案件'),
  info(Permission.CaseManage, 'business', '行政处罚', '办理案件'),
  info(Permission.CaseLegalReview, 'business', '行政处罚', '案件法制审核'),
  info(Permission.StatsRead, 'business', '综合分析', '查看统计分析'),
  info(Permission.EnterprisePortal, 'business', '企业端', '企业端：接收文书、报送整改'),
  info(Permission.ApiTokenOwn, 'business', '接口对接', '为本人账户创建接口令牌（不超出本账户的权限与数据范围）'),
];

export const allPermissions: readonly Permission[] = permissionCatalogue.map((p) => p.permission);

export function permissionKind(p: Permission): PermissionKind {
  const found = permissionCatalogue.find((i) => i.permission === p);
  if (!found) throw new Error(`unknown permission ${p}`);
  return found.kind;
}

export const adminKinds = ['system', 'security', 'audit'] as const;
export type AdminKind = (typeof adminKinds)[number];

export const adminKindLabel: Record<AdminKind, string> = {
  system: '系统管理员',
  security: '安全保密管理员',
  audit: '安全审计员',
};

/**
 * The admin kind a permission set belongs to, or null for a business role.
 * Returns an error text (Chinese) when the set mixes kinds, which 三员分立 forbids.
 */
export function classifyPermissionSet(perms: readonly Permission[]): { adminKind: AdminKind | null } | { error: string } {
  const kinds = new Set(perms.map(permissionKind).filter((k) => k !== 'common'));
  const admin = [...kinds].filter((k): k is AdminKind => (adminKinds as readonly string[]).includes(k));
  if (admin.length > 1) return { error: '三员分立：系统管理、安全保密管理、安全审计权限不能放在同一角色中' };
  if (admin.length === 1 && kinds.has('business')) {
    return { error: `三员分立：${adminKindLabel[admin[0]!]}权限不能与执法业务权限放在同一角色中` };
  }
  return { adminKind: admin[0] ?? null };
}
