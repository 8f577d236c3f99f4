import { Permission as P, type Permission } from '@zhifa/shared';

export interface BuiltinRole {
  code: string;
  name: string;
  description: string;
  adminKind: 'system' | 'security' | 'audit' | null;
  permissions: Permission[];
}

const common = [P.OrgRead, P.UserRead, P.RoleRead];
const read = [P.EnterpriseRead, P.OfficerRead, P.ChecklistRead, P.PlanRead, P.InspectionRead, P.DocumentRead, P.CaseRead];

/** The built-in roles (issue 2 §6). Their permission sets may be tuned; their kind may not. */
export const builtinRoles: BuiltinRole[] = [
  {
    code: 'officer',
    name: '执法人员',
    description: '开展现场检查、起草执法文书、办理案件',
    adminKind: null,
    permissions: [...common, ...read, P.EnterpriseManage, P.ChecklistManage, P.InspectionManage, P.DocumentDraft, P.DocumentIssue, P.CaseManage],
  },
  {
    code: 'unitChief',
    name: '科室负责人',
    description: '审核本科室的检查方案、文书与案件',
    adminKind: null,
    permissions: [...common, ...read, P.EnterpriseManage, P.OfficerManage, P.ChecklistManage, P.InspectionManage, P.DocumentDraft, P.DocumentIssue, P.ApprovalAct, P.PlanManage, P.StatsRead],
  },
  {
    code: 'deputyLeader',
    name: '分管领导',
    description: '审批立案、处罚决定等事项',
    adminKind: null,
    permissions: [...common, ...read, P.ApprovalAct, P.StatsRead],
  },
  {
    code: 'legalReviewer',
    name: '法制审核员',
    description: '检查事项与案件的法制审核',
    adminKind: null,
    permissions: [...common, ...read, P.ApprovalAct, P.ChecklistLegalReview, P.CaseLegalReview, P.LawManage],
  },
  {
    code: 'director',
    name: '局领导',
    description: '重大事项审批与集体讨论，查看综合分析',
    adminKind: null,
    permissions: [...common, ...read, P.OfficerManage, P.DocumentAdmin, P.ApprovalAct, P.ApprovalAdmin, P.StatsRead],
  },
  {
    code: 'sysAdmin',
    name: '系统管理员',
    description: '管理机构，新建、停用账户并设置一次性初始密码；不能授予角色与数据范围、不能查看审计日志与执法数据',
    adminKind: 'system',
    permissions: [...common, P.OrgManage, P.UserManage],
  },
  {
    code: 'securityAdmin',
    name: '安全保密管理员',
    description: '管理角色与权限，为账户授予角色与数据范围，管理安全策略，查看与吊销接口令牌；不能创建账户、不能创建接口令牌、不能查看审计日志与执法数据',
    adminKind: 'security',
    permissions: [...common, P.RoleManage, P.UserAssignRole, P.SecurityPolicyManage, P.ApiTokenManage],
  },
  {
    code: 'auditor',
    name: '安全审计员',
    description: '只能查询、导出与校验审计日志',
    adminKind: 'audit',
    permissions: [P.AuditRead, P.AuditExport],
  },
  {
    code: 'apiIntegration',
    name: '接口对接',
    description: '可为本人账户创建接口令牌；令牌只能带本账户其他业务角色已有的权限与数据范围',
    adminKind: null,
    permissions: [...common, P.ApiTokenOwn],
  },
  {
    code: 'enterpriseUser',
    name: '企业用户',
    description: '企业端：接收文书、报送整改情况',
    adminKind: null,
    permissions: [P.EnterprisePortal],
  },
];
