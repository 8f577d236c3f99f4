import {
  ApartmentOutlined,
  BankOutlined,
  FundProjectionScreenOutlined,
  IdcardOutlined,
  CheckSquareOutlined,
  NodeIndexOutlined,
  AuditOutlined,
  BookOutlined,
  ExceptionOutlined,
  FileTextOutlined,
  FieldNumberOutlined,
  FileDoneOutlined,
  AccountBookOutlined,
  FileProtectOutlined,
  FlagOutlined,
  ProfileOutlined,
  SearchOutlined,
  HomeOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
  UserSwitchOutlined,
  ClusterOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  InteractionOutlined,
} from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import type { ComponentType } from 'react';
import { ApprovalMenuBadge } from '../features/approval/components/ApprovalMenuBadge';

export interface MenuEntry {
  key: string;
  label: string;
  icon: ComponentType;
  /** Absolute route path; the page's own route must use the same path. */
  path: string;
  /** The permission needed to see the entry and open the page; null = every signed-in user. */
  permission: Permission | null;
  /** Shown after the label, e.g. a count of open tasks. */
  badge?: ComponentType;
}

/**
 * The side menu, in display order. A module adds one row here and one route in `router.tsx`;
 * the menu and the 403 guard both read the permission from this table.
 */
export const menuEntries: readonly MenuEntry[] = [
  { key: 'home', label: '工作台', icon: HomeOutlined, path: '/', permission: null },
  { key: 'approvals', label: '审批中心', icon: CheckSquareOutlined, path: '/approvals', permission: Permission.DocumentRead, badge: ApprovalMenuBadge },
  { key: 'approvalChains', label: '审批流程配置', icon: NodeIndexOutlined, path: '/approvals/chains', permission: Permission.ApprovalAdmin },
  { key: 'documents', label: '执法文书', icon: FileTextOutlined, path: '/documents', permission: Permission.DocumentRead },
  { key: 'documentNumbering', label: '文书编号', icon: FieldNumberOutlined, path: '/document-admin/numbering', permission: Permission.DocumentRead },
  { key: 'documentTypes', label: '文书类型与模板', icon: FileDoneOutlined, path: '/document-admin/types', permission: Permission.DocumentAdmin },
  { key: 'documentAssets', label: '印章与缴款账户', icon: AccountBookOutlined, path: '/document-admin/assets', permission: Permission.DocumentAdmin },
  { key: 'org', label: '机构管理', icon: ApartmentOutlined, path: '/org', permission: Permission.OrgManage },
  { key: 'users', label: '用户管理', icon: TeamOutlined, path: '/users', permission: Permission.UserManage },
  { key: 'userGrants', label: '用户授权', icon: UserSwitchOutlined, path: '/user-grants', permission: Permission.UserAssignRole },
  { key: 'roles', label: '角色与权限', icon: SafetyCertificateOutlined, path: '/roles', permission: Permission.RoleManage },
  { key: 'securityPolicy', label: '安全策略', icon: SettingOutlined, path: '/security/policy', permission: Permission.SecurityPolicyManage },
  { key: 'apiTokens', label: '接口令牌', icon: KeyOutlined, path: '/security/api-tokens', permission: Permission.ApiTokenManage },
  { key: 'enterprises', label: '企业库', icon: BankOutlined, path: '/enterprises', permission: Permission.EnterpriseRead },
  { key: 'enterpriseProgress', label: '基础数据进度', icon: FundProjectionScreenOutlined, path: '/enterprise-progress', permission: Permission.EnterpriseRead },
  { key: 'officers', label: '执法人员库', icon: IdcardOutlined, path: '/officers', permission: Permission.OfficerRead },
  { key: 'planningClasses', label: '分级分类', icon: ClusterOutlined, path: '/planning/classes', permission: Permission.PlanRead },
  { key: 'planningPlans', label: '年度执法计划', icon: ScheduleOutlined, path: '/planning/plans', permission: Permission.PlanRead },
  { key: 'planningSchemes', label: '现场检查方案', icon: SolutionOutlined, path: '/planning/schemes', permission: Permission.InspectionRead },
  { key: 'planningDraws', label: '双随机抽取', icon: InteractionOutlined, path: '/planning/draws', permission: Permission.PlanRead },
  { key: 'checkItems', label: '检查事项库', icon: ProfileOutlined, path: '/check-items', permission: Permission.ChecklistRead },
  { key: 'legalReview', label: '法制审核', icon: FileProtectOutlined, path: '/legal-review', permission: Permission.ChecklistLegalReview },
  { key: 'campaigns', label: '专项执法', icon: FlagOutlined, path: '/campaigns', permission: Permission.ChecklistRead },
  { key: 'laws', label: '法律法规库', icon: BookOutlined, path: '/laws', permission: Permission.ChecklistRead },
  { key: 'violations', label: '违法行为与裁量', icon: ExceptionOutlined, path: '/violations', permission: Permission.ChecklistRead },
  { key: 'search', label: '全局搜索', icon: SearchOutlined, path: '/search', permission: null },
  { key: 'audit', label: '审计日志', icon: AuditOutlined, path: '/audit', permission: Permission.AuditRead },
  { key: 'myApiTokens', label: '我的接口令牌', icon: KeyOutlined, path: '/my/api-tokens', permission: Permission.ApiTokenOwn },
  { key: 'profile', label: '个人设置', icon: UserOutlined, path: '/profile', permission: null },
];

export function menuEntryFor(path: string): MenuEntry | undefined {
  return menuEntries.find((e) => e.path === path);
}

/** The entry whose page contains `pathname` (the longest matching path wins). */
export function activeMenuEntry(pathname: string): MenuEntry | undefined {
  return [...menuEntries]
    .filter((e) => (e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(e.path + '/')))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
