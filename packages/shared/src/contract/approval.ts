import { z } from 'zod';
import { Id, Name, PageQuery, multiLine, singleLine } from './common';

/**
 * The approval engine's contract (审批中心). Every module that needs an approval (documents,
 * inspection schemes, case filing, penalty decisions, plans) runs it through the engine; the
 * portal imports these from `@zhifa/shared/contract/approval`.
 */

export const approvalStatuses = ['pending', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];
export const approvalStatusLabel: Record<ApprovalStatus, string> = {
  pending: '审批中',
  returned: '已退回',
  approved: '已批准',
  rejected: '不予批准',
  withdrawn: '已撤回',
};

export const approvalActions = ['submit', 'approve', 'return', 'reject', 'withdraw', 'delegate', 'resubmit'] as const;
export type ApprovalActionKind = (typeof approvalActions)[number];
export const approvalActionLabel: Record<ApprovalActionKind, string> = {
  submit: '提交审批',
  approve: '同意',
  return: '退回',
  reject: '不予批准',
  withdraw: '撤回',
  delegate: '转办',
  resubmit: '重新提交',
};

export const approvalTaskStatuses = ['open', 'approved', 'returned', 'rejected', 'delegated', 'cancelled'] as const;
export type ApprovalTaskStatus = (typeof approvalTaskStatuses)[number];
export const approvalTaskStatusLabel: Record<ApprovalTaskStatus, string> = {
  open: '待审批',
  approved: '已同意',
  returned: '已退回',
  rejected: '不予批准',
  delegated: '已转办',
  cancelled: '无需办理',
};

/** any: one of the assignees decides for the step; all: 会签, every assignee must agree. */
export const approvalStepModes = ['any', 'all'] as const;
export const approvalStepModeLabel: Record<(typeof approvalStepModes)[number], string> = { any: '任一人审批', all: '会签（全部同意）' };

/** Where the step's approvers sit: the submitter's agency, or the agency one level up (things filed upward). */
export const approvalStepAgencies = ['own', 'parent'] as const;
export const approvalStepAgencyLabel: Record<(typeof approvalStepAgencies)[number], string> = { own: '提交人所在机关', parent: '上一级机关' };

/**
 * Which units' holders of the role may act: any unit of that agency; the submitter's own unit or a
 * unit above it (科室负责人 of the submitter's 科室/支队); or one fixed unit (and its sub-units).
 */
export const approvalUnitModes = ['any', 'submitterUnit', 'unit'] as const;
export const approvalUnitModeLabel: Record<(typeof approvalUnitModes)[number], string> = {
  any: '不限科室',
  submitterUnit: '提交人所在科室（含上级科室）',
  unit: '指定科室',
};

export const ApprovalChainStepInput = z.object({
  name: Name('步骤名称', 50),
  roleCode: singleLine({ error: '请选择审批角色' }).trim().min(1, { error: '请选择审批角色' }).max(64).describe('审批角色'),
  agency: z.enum(approvalStepAgencies, { error: '审批机关应为 提交人所在机关 或 上一级机关' }).default('own').describe('审批机关'),
  unitMode: z.enum(approvalUnitModes, { error: '科室范围应为 不限科室、提交人所在科室 或 指定科室' }).default('any').describe('科室范围'),
  unitId: Id.nullable().default(null).describe('指定科室'),
  mode: z.enum(approvalStepModes, { error: '审批方式应为 任一人审批 或 会签' }).default('any').describe('审批方式'),
  remindAfterHours: z
    .number({ error: '催办时限应为 1–720 之间的整数（小时）' })
    .int({ error: '催办时限应为整数（小时）' })
    .min(1, { error: '催办时限应为 1–720 小时' })
    .max(720, { error: '催办时限应为 1–720 小时' })
    .default(24)
    .describe('催办时限（小时）'),
});
export type ApprovalChainStepInput = z.input<typeof ApprovalChainStepInput>;

export const ApprovalChainStep = z.object({
  name: z.string(),
  roleCode: z.string(),
  roleName: z.string(),
  agency: z.enum(approvalStepAgencies),
  unitMode: z.enum(approvalUnitModes),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  mode: z.enum(approvalStepModes),
  remindAfterHours: z.number().int(),
});
export type ApprovalChainStep = z.infer<typeof ApprovalChainStep>;

const Steps = z
  .array(ApprovalChainStepInput, { error: '请配置审批步骤' })
  .min(1, { error: '审批流程至少要有 1 个步骤' })
  .max(10, { error: '审批流程最多 10 个步骤' })
  .describe('审批步骤');

export const ApprovalChain = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  objectType: z.string(),
  objectTypeLabel: z.string(),
  name: z.string(),
  version: z.number().int(),
  status: z.enum(['active', 'inactive']),
  steps: z.array(ApprovalChainStep),
  updatedAt: z.string(),
});
export type ApprovalChain = z.infer<typeof ApprovalChain>;

export const ApprovalChainCreate = z.object({
  agencyId: Id.describe('所属机关'),
  objectType: singleLine({ error: '请选择审批事项类型' }).trim().min(1, { error: '请选择审批事项类型' }).max(64).describe('审批事项类型'),
  name: Name('流程名称', 100),
  status: z.enum(['active', 'inactive'], { error: '状态应为 启用 或 停用' }).default('active').describe('状态'),
  steps: Steps,
});
export type ApprovalChainCreate = z.input<typeof ApprovalChainCreate>;

export const ApprovalChainUpdate = z.object({
  name: Name('流程名称', 100),
  status: z.enum(['active', 'inactive'], { error: '状态应为 启用 或 停用' }).describe('状态'),
  steps: Steps,
});
export type ApprovalChainUpdate = z.input<typeof ApprovalChainUpdate>;

export const ApprovalChainQuery = z.object({
  agencyId: Id.optional().describe('机关'),
  objectType: singleLine().trim().max(64).optional().describe('审批事项类型'),
});

export const ApprovalObjectTypeInfo = z.object({
  type: z.string(),
  label: z.string(),
  /** True when a module has registered its hooks, so instances can be submitted. */
  registered: z.boolean(),
});
export type ApprovalObjectTypeInfo = z.infer<typeof ApprovalObjectTypeInfo>;

/** What the approver sees of the object being approved (built by the owning module's `load`). */
export const ApprovalObjectView = z.object({
  title: z.string(),
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  links: z.array(z.object({ label: z.string(), href: z.string() })),
  /** Set by the engine: where the approval page embeds the object's PDF (null when its module offers none). */
  pdfUrl: z.string().nullable().optional(),
});
export type ApprovalObjectView = z.infer<typeof ApprovalObjectView>;

export const approvalBoxes = ['todo', 'done', 'mine'] as const;
export type ApprovalBox = (typeof approvalBoxes)[number];
export const approvalBoxLabel: Record<ApprovalBox, string> = { todo: '待办', done: '已办', mine: '我发起的' };

export const ApprovalListQuery = PageQuery.extend({
  box: z.enum(approvalBoxes, { error: '列表应为 todo（待办）、done（已办）或 mine（我发起的）' }).default('todo').describe('列表'),
  objectType: singleLine().trim().max(64).optional().describe('审批事项类型'),
  status: z.enum(approvalStatuses, { error: '状态应为 pending、returned、approved、rejected 或 withdrawn' }).optional().describe('状态'),
});
export type ApprovalListQuery = z.input<typeof ApprovalListQuery>;

export const ApprovalListItem = z.object({
  id: z.string(),
  objectType: z.string(),
  objectTypeLabel: z.string(),
  objectId: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  status: z.enum(approvalStatuses),
  currentStep: z.number().int().nullable(),
  currentStepName: z.string().nullable(),
  agencyId: z.string(),
  agencyName: z.string(),
  submitterId: z.string(),
  submitterName: z.string(),
  submittedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** 待办 only: when the task reached me, and whether it has waited past the step's reminder time. */
  taskSince: z.string().nullable(),
  overdue: z.boolean(),
});
export type ApprovalListItem = z.infer<typeof ApprovalListItem>;

export const ApprovalCounts = z.object({ todo: z.number().int(), done: z.number().int(), mine: z.number().int(), returned: z.number().int() });
export type ApprovalCounts = z.infer<typeof ApprovalCounts>;

export const ApprovalAssignee = z.object({
  taskId: z.string(),
  userId: z.string(),
  name: z.string(),
  status: z.enum(approvalTaskStatuses),
  since: z.string(),
  actedAt: z.string().nullable(),
  delegatedFromName: z.string().nullable(),
});

export const ApprovalStepState = ApprovalChainStep.extend({
  index: z.number().int(),
  state: z.enum(['done', 'current', 'waiting']),
  assignees: z.array(ApprovalAssignee),
});
export type ApprovalStepState = z.infer<typeof ApprovalStepState>;

export const ApprovalHistoryEntry = z.object({
  seq: z.number().int(),
  action: z.enum(approvalActions),
  stepIndex: z.number().int().nullable(),
  stepName: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  opinion: z.string().nullable(),
  toStep: z.number().int().nullable(),
  toStepName: z.string().nullable(),
  toUserName: z.string().nullable(),
  at: z.string(),
});
export type ApprovalHistoryEntry = z.infer<typeof ApprovalHistoryEntry>;

export const ApprovalDetail = ApprovalListItem.extend({
  chain: z.object({ id: z.string(), name: z.string(), version: z.number().int() }),
  steps: z.array(ApprovalStepState),
  history: z.array(ApprovalHistoryEntry),
  /** The owning module's view; null when the object no longer exists or its module is not loaded. */
  object: ApprovalObjectView.nullable(),
  my: z.object({
    canApprove: z.boolean(),
    canReturn: z.boolean(),
    canReject: z.boolean(),
    canDelegate: z.boolean(),
    canWithdraw: z.boolean(),
    canResubmit: z.boolean(),
    /** Where a return may go: earlier steps (index) and the submitter (null). */
    returnTargets: z.array(z.object({ toStep: z.number().int().nullable(), label: z.string() })),
  }),
});
export type ApprovalDetail = z.infer<typeof ApprovalDetail>;

const Opinion = (label: string, required: boolean) => {
  const base = multiLine({ error: `请填写${label}` }).trim().max(1000, { error: `${label}不能超过 1000 个字符` });
  return (required ? base.min(1, { error: `请填写${label}` }) : base).describe(label);
};

export const ApproveBody = z.object({ opinion: Opinion('审批意见', false).default('同意') });
export const ReturnBody = z.object({
  toStep: z.number({ error: '退回到：应为步骤序号（从 0 开始）或 null（退回提交人）' }).int().min(0, { error: '退回到：步骤序号不能为负数' }).nullable().describe('退回到'),
  reason: Opinion('退回理由', true),
});
export const RejectBody = z.object({ reason: Opinion('不予批准理由', true) });
export const WithdrawBody = z.object({ reason: Opinion('撤回说明', false).optional() });
export const DelegateBody = z.object({ toUserId: Id.describe('转办给'), reason: Opinion('转办理由', true) });
export const ResubmitBody = z.object({ note: Opinion('补正说明', false).optional() });

export const ApprovalDelegateCandidate = z.object({ id: z.string(), displayName: z.string(), unitName: z.string().nullable(), roleNames: z.array(z.string()) });
export type ApprovalDelegateCandidate = z.infer<typeof ApprovalDelegateCandidate>;

/** The built-in object type `generic:matter`: a free-text 行政执法有关事项审批表-style matter. */
export const approvalMatterStatuses = ['draft', 'pending', 'returned', 'approved', 'rejected'] as const;
export const approvalMatterStatusLabel: Record<(typeof approvalMatterStatuses)[number], string> = {
  draft: '草稿',
  pending: '审批中',
  returned: '已退回',
  approved: '已批准',
  rejected: '不予批准',
};
export const ApprovalMatter = z.object({
  id: z.string(),
  title: z.string(),
  content: z.string(),
  status: z.enum(approvalMatterStatuses),
  agencyId: z.string(),
  unitId: z.string().nullable(),
  ownerId: z.string(),
  ownerName: z.string(),
  approvalId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ApprovalMatter = z.infer<typeof ApprovalMatter>;
const MatterContent = multiLine({ error: '请填写事项内容' })
  .trim()
  .min(1, { error: '事项内容不能为空' })
  .max(5000, { error: '事项内容不能超过 5000 个字符' })
  .describe('事项内容');
export const ApprovalMatterCreate = z.object({
  title: Name('事项名称', 100),
  content: MatterContent,
  submit: z.boolean().default(false).describe('立即提交审批'),
});
export const ApprovalMatterUpdate = z.object({ title: Name('事项名称', 100), content: MatterContent }).partial();

export const Notification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;
export const NotificationQuery = PageQuery.extend({
  unread: z.enum(['true', 'false'], { error: '应为 true 或 false' }).optional().describe('只看未读'),
});
export const NotificationCount = z.object({ unread: z.number().int() });
