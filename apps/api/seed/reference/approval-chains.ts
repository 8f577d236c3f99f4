import type { ChainStep } from '../../src/modules/approval/approval-chain-rules';
import { builtinRoles } from './roles';

/**
 * Default approval chains for the pilot city and its districts (issue 4). Seeded once per agency and
 * object type; an administrator with `approval.admin` changes them later (a change makes a new
 * version, running approvals keep theirs). 科室负责人 steps go to the chief of the submitter's own
 * unit or a unit above it; a 集体讨论 step (局领导) for major penalty cases comes with the case module.
 */
/** The stored step shape is the engine's; the seed only fills it. */
export type ChainStepSeed = ChainStep;

const step = (name: string, roleCode: string, unitMode: ChainStepSeed['unitMode'] = 'any'): ChainStepSeed => ({
  name,
  roleCode,
  roleName: builtinRoles.find((r) => r.code === roleCode)!.name,
  agency: 'own',
  unitMode,
  unitId: null,
  unitName: null,
  mode: 'any',
  remindAfterHours: 24,
});

const chief = (name: string) => step(name, 'unitChief', 'submitterUnit');
const leader = step('分管领导审批', 'deputyLeader');
const legal = step('法制审核', 'legalReviewer');

const chains: { objectType: string; name: string; steps: ChainStepSeed[] }[] = [
  { objectType: 'generic:matter', name: '通用事项审批', steps: [chief('科室负责人审批')] },
  // One chain per matter: the 立案审批表 and the 现场检查方案 document are approved as documents (the
  // former duplicate `caseFiling` was removed, issue 8; `inspectionScheme` below is the planning
  // module's scheme, a different object).
  { objectType: 'document:case-filing-approval', name: '立案审批表审批', steps: [chief('科室负责人审核'), leader] },
  { objectType: 'penaltyDecision', name: '行政处罚决定审批', steps: [chief('科室负责人审核'), legal, leader] },
  { objectType: 'document:inspection-scheme', name: '现场检查方案审批', steps: [chief('科室负责人审批')] },
  { objectType: 'document:rectification-order', name: '责令限期整改指令书审批', steps: [chief('科室负责人审批')] },
  // Decisions and coercive measures: the agency head (分管领导) approves (行政处罚法第五十七条, 行政强制法第十八条).
  { objectType: 'document:penalty-decision-unit', name: '行政处罚决定书（单位）审批', steps: [chief('科室负责人审核'), legal, leader] },
  { objectType: 'document:penalty-decision-individual', name: '行政处罚决定书（个人）审批', steps: [chief('科室负责人审核'), legal, leader] },
  { objectType: 'document:no-penalty-decision', name: '不予行政处罚决定书审批', steps: [chief('科室负责人审核'), legal, leader] },
  { objectType: 'document:sealing-extension-decision', name: '延长查封扣押期限决定书审批', steps: [chief('科室负责人审核'), leader] },
  { objectType: 'document:sealing-disposal-decision', name: '查封扣押处理决定书审批', steps: [chief('科室负责人审核'), leader] },
  { objectType: 'document:supply-suspension-decision', name: '停止供电（供应民用爆炸物品）决定书审批', steps: [chief('科室负责人审核'), leader] },
  // Urgent measures issued first: the head's approval within 24 hours (行政强制法第十九条).
  { objectType: 'document:on-site-measure-decision', name: '现场处理措施决定书（负责人批准）', steps: [leader] },
  { objectType: 'document:sealing-decision', name: '查封扣押决定书（负责人批准）', steps: [leader] },
  { objectType: 'plan', name: '年度监督检查计划审批', steps: [leader] },
  // The planning module approves a 现场检查方案 as a scheme (objects, officers, dates) before it creates
  // tasks. The document generated from it is still approved again as document:inspection-scheme:
  // a known duplicate until the document takes its approval cells from the scheme's approval.
  { objectType: 'inspectionScheme', name: '现场检查方案审批', steps: [chief('科室负责人审批')] },
];

const pilotAgencies = ['agency:610200', 'agency:610202', 'agency:610203', 'agency:610204', 'agency:610222', 'agency:tcxq'];

export const defaultApprovalChains = pilotAgencies.flatMap((agencyKey) => chains.map((c) => ({ agencyKey, ...c })));
