/**
 * 检查事项库 seed ("查什么、怎么查、查出来怎么办"): checklist → 检查单元 → 检查事项.
 *
 * Lists
 *  - checklist:general — duties of 生产经营单位 under the 2021 安全生产法. Authored here as a city-level
 *    list of 铜川市应急管理局 (Q10 of 应急厅函〔2020〕250号: local items need a mandatory legal basis and
 *    the legal department's review). It is our reconstruction, not a ministry publication.
 *  - checklist:industry-trade-key — the 工贸 "25条" of the ministry: 钢8条 and 有限空间 (2020),
 *    铝7条 and 粉6条 (2021). Item wording is paraphrased from MEM typical-case releases (reference §5.2).
 *    The four 有限空间 items were not found in any source: they are DERIVED from 第十三条 of the 2023
 *    判定标准 (identification + ledger, warning signs, work approval, ventilate-test-then-work with an
 *    attendant) and marked so in their notes.
 *  - checklist:industry-trade-major-hazards-2023 — other 2023 判定标准 clauses used by our sectors.
 *  - checklist:shaanxi-special / checklist:tongchuan-special — example provincial and city items (Q11).
 */
import type { RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import { industryTradeSectors, type Sector } from '@zhifa/shared/rules/industry';
import { mhs, wsl } from './laws';
import type { CheckItemRecord, CheckMethod, CheckUnitRecord, ChecklistRecord, OnSiteMeasure, SourceLevel } from './types';
import { violationRef } from './violations';

export const checklists: readonly ChecklistRecord[] = [
  {
    key: 'checklist:general',
    name: '生产经营单位安全生产主体责任通用检查事项',
    sourceLevel: 'city',
    ownerAgencyKey: 'agency:610200',
    version: 1,
    status: 'published',
    effectiveFrom: '2024-01-01',
    description: '依据《安全生产法》（2021）强制性规定编制的通用检查事项，适用于各行业领域生产经营单位；按应急厅函〔2020〕250号问题解释第10条，新增事项须经本局法制机构审核（示例数据）。',
  },
  {
    key: 'checklist:industry-trade-key',
    name: '工贸行业重点检查事项（钢8条、铝7条、粉6条、有限空间4条）',
    sourceLevel: 'ministry',
    ownerAgencyKey: null,
    version: 2,
    status: 'published',
    effectiveFrom: '2023-05-15',
    description: '应急管理部工贸行业专项执法25个重点检查事项。第2版将重大事故隐患判定依据调整为《工贸企业重大事故隐患判定标准》（应急管理部令第10号）。事项表述为转述；有限空间4条系依据判定标准第十三条推定。',
  },
  {
    key: 'checklist:industry-trade-major-hazards-2023',
    name: '工贸企业重大事故隐患判定标准检查事项（节选）',
    sourceLevel: 'ministry',
    ownerAgencyKey: null,
    version: 1,
    status: 'published',
    effectiveFrom: '2023-05-15',
    description: '依据《工贸企业重大事故隐患判定标准》（应急管理部令第10号）管理类、冶金、有色、液氨制冷条款编制的检查事项（节选）。',
  },
  {
    key: 'checklist:shaanxi-special',
    name: '陕西省工贸行业专项执法补充检查事项（示例）',
    sourceLevel: 'province',
    ownerAgencyKey: 'agency:610000',
    version: 1,
    status: 'published',
    effectiveFrom: '2025-03-01',
    description: '省级专项执法补充事项示例（应急厅函〔2020〕250号问题解释第11条：省、市可设置不同于部级的专项执法检查事项）。演示数据。',
  },
  {
    key: 'checklist:tongchuan-special',
    name: '铜川市水泥行业专项执法补充检查事项（示例）',
    sourceLevel: 'city',
    ownerAgencyKey: 'agency:610200',
    version: 1,
    status: 'published',
    effectiveFrom: '2025-04-01',
    description: '市级专项执法补充事项示例，针对水泥生产企业。演示数据。',
  },
];

type ListSlug = 'general' | 'industry-trade-key' | 'industry-trade-major-hazards-2023' | 'shaanxi-special' | 'tongchuan-special';

const unitRows: ReadonlyArray<readonly [ListSlug, string, string]> = [
  ['general', 'responsibility', '安全生产责任制与主要负责人履职'],
  ['general', 'organisation', '安全生产管理机构和人员'],
  ['general', 'training', '安全生产教育和培训'],
  ['general', 'special-operators', '特种作业人员'],
  ['general', 'dual-prevention', '安全风险分级管控和隐患排查治理'],
  ['general', 'emergency', '应急预案与演练'],
  ['general', 'ppe', '劳动防护用品'],
  ['general', 'equipment', '设备设施维护、检测和淘汰'],
  ['general', 'signs', '安全警示标志'],
  ['general', 'dangerous-goods', '危险物品和重大危险源'],
  ['general', 'hazardous-work', '危险作业管理'],
  ['general', 'confined-space', '有限空间作业'],
  ['general', 'contractors', '相关方（承包、承租单位）管理'],
  ['general', 'premises', '生产经营场所和员工宿舍'],
  ['general', 'construction', '建设项目安全设施'],
  ['general', 'insurance', '安全生产责任保险'],
  ['general', 'worker-rights', '从业人员权益保障'],
  ['industry-trade-key', 'steel-8', '钢铁企业重点检查事项（钢8条）'],
  ['industry-trade-key', 'aluminium-7', '铝加工（深井铸造）重点检查事项（铝7条）'],
  ['industry-trade-key', 'dust-6', '粉尘涉爆重点检查事项（粉6条）'],
  ['industry-trade-key', 'confined-space-4', '有限空间作业重点检查事项（4条）'],
  ['industry-trade-major-hazards-2023', 'management', '管理类重大事故隐患'],
  ['industry-trade-major-hazards-2023', 'metallurgy-nonferrous', '冶金、有色行业重大事故隐患（节选）'],
  ['industry-trade-major-hazards-2023', 'ammonia', '液氨制冷重大事故隐患'],
  ['shaanxi-special', 'confined-ammonia', '有限空间和涉氨制冷补充事项'],
  ['tongchuan-special', 'cement', '水泥生产企业补充事项'],
];

export const checkUnits: readonly CheckUnitRecord[] = unitRows.map(([list, slug, name], i) => ({
  key: `check-unit:${list}:${slug}`,
  checklistKey: `checklist:${list}`,
  name,
  sortOrder: i + 1,
}));

const listMeta: Record<ListSlug, { sourceLevel: SourceLevel; owner: string | null; version: number }> = {
  general: { sourceLevel: 'city', owner: 'agency:610200', version: 1 },
  'industry-trade-key': { sourceLevel: 'ministry', owner: null, version: 2 },
  'industry-trade-major-hazards-2023': { sourceLevel: 'ministry', owner: null, version: 1 },
  'shaanxi-special': { sourceLevel: 'province', owner: 'agency:610000', version: 1 },
  'tongchuan-special': { sourceLevel: 'city', owner: 'agency:610200', version: 1 },
};

// 现场处理依据
const LIMIT = wsl(65, 1, 2); // 违法行为：当场纠正或者要求限期改正
const HAZARD = wsl(65, 1, 3); // 事故隐患：责令立即排除；重大事故隐患：撤出人员、暂时停产停业或者停止使用

const D: CheckMethod = 'documents';
const S: CheckMethod = 'onSite';
const Q: CheckMethod = 'interview';
const M: CheckMethod = 'measurement';

const HIGH_RISK: readonly Sector[] = ['hazchem', 'nonCoalMine', 'fireworks', 'metallurgy', 'nonferrous'];
const GONGMAO: readonly Sector[] = industryTradeSectors;

interface ItemInput {
  list: ListSlug;
  unit: string;
  slug: string;
  code: string;
  content: string;
  methods: readonly CheckMethod[];
  compliant: string;
  nonCompliant: string;
  violation: string;
  related?: readonly string[];
  measure: OnSiteMeasure;
  basis: string;
  days: number | null;
  major?: boolean;
  majorBasis?: readonly string[];
  review?: boolean;
  sectors?: readonly Sector[] | null;
  flags?: readonly RiskFlag[];
  note?: string;
}

const unitOrder = new Map<string, number>();

function item(i: ItemInput): CheckItemRecord {
  const unitKey = `check-unit:${i.list}:${i.unit}`;
  if (!checkUnits.some((u) => u.key === unitKey)) throw new Error(`check-items: unknown unit ${unitKey}`);
  const n = (unitOrder.get(unitKey) ?? 0) + 1;
  unitOrder.set(unitKey, n);
  const meta = listMeta[i.list];
  return {
    key: `check-item:${i.list}:${i.slug}`,
    checklistKey: `checklist:${i.list}`,
    unitKey,
    code: i.code,
    sortOrder: n,
    content: i.content,
    methods: i.methods,
    compliantWording: i.compliant,
    nonCompliantWording: i.nonCompliant,
    violationKey: violationRef(i.violation),
    relatedViolationKeys: (i.related ?? []).map(violationRef),
    onSite: { measure: i.measure, provisionKey: i.basis, defaultDays: i.days },
    majorHazard: i.major ?? false,
    majorHazardBasisKeys: i.majorBasis ?? [],
    needsReview: i.review ?? true,
    appliesTo: { sectors: i.sectors ?? null, riskFlags: i.flags ?? [] },
    sourceLevel: meta.sourceLevel,
    ownerAgencyKey: meta.owner,
    version: meta.version,
    status: 'published',
    ...(i.note ? { note: i.note } : {}),
  };
}

const general: CheckItemRecord[] = [
  // 01 责任制与主要负责人
  item({
    list: 'general', unit: 'responsibility', slug: 'responsibility-system', code: 'TY-01-01',
    content: '是否建立健全并落实全员安全生产责任制，明确各岗位的责任人员、责任范围和考核标准，并对落实情况进行监督考核',
    methods: [D, Q], compliant: '已建立覆盖全部岗位的全员安全生产责任制，明确责任人员、责任范围和考核标准，有考核记录',
    nonCompliant: '未建立健全全员安全生产责任制，或者责任制未明确岗位责任范围、考核标准，或者未开展监督考核',
    violation: 'responsibility-system-not-established', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  item({
    list: 'general', unit: 'responsibility', slug: 'rules-and-procedures', code: 'TY-01-02',
    content: '主要负责人是否组织制定并实施本单位安全生产规章制度和岗位安全操作规程',
    methods: [D], compliant: '安全生产规章制度和操作规程齐全，经主要负责人签发并组织实施',
    nonCompliant: '未制定安全生产规章制度或者岗位安全操作规程，或者制定后未组织实施',
    violation: 'rules-and-procedures-missing', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  item({
    list: 'general', unit: 'responsibility', slug: 'principal-duties', code: 'TY-01-03',
    content: '主要负责人是否履行督促、检查本单位安全生产工作、组织制定并实施教育培训计划等法定职责',
    methods: [D, Q], compliant: '主要负责人定期组织安全检查，组织制定并实施年度教育培训计划，有记录可查',
    nonCompliant: '主要负责人未履行督促、检查安全生产工作或者组织制定并实施安全生产教育和培训计划等法定职责',
    violation: 'principal-duties-not-performed', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  item({
    list: 'general', unit: 'responsibility', slug: 'safety-investment', code: 'TY-01-04',
    content: '是否保证安全生产所必需的资金投入，按规定提取和使用安全生产费用并建立使用台账',
    methods: [D], compliant: '安全生产费用按规定提取、专款专用，有使用台账',
    nonCompliant: '未保证安全生产所必需的资金投入，致使不具备安全生产条件',
    violation: 'insufficient-safety-investment', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 30,
  }),
  item({
    list: 'general', unit: 'responsibility', slug: 'managers-assessed', code: 'TY-01-05',
    content: '危险物品生产经营储存装卸、矿山、金属冶炼单位的主要负责人和安全生产管理人员是否经安全生产知识和管理能力考核合格',
    methods: [D], compliant: '主要负责人和安全生产管理人员均持有有效的考核合格证明',
    nonCompliant: '主要负责人或者安全生产管理人员未按照规定经考核合格',
    violation: 'managers-not-assessed', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 60, sectors: HIGH_RISK,
  }),
  // 02 机构和人员
  item({
    list: 'general', unit: 'organisation', slug: 'safety-staff', code: 'TY-02-01',
    content: '是否按照规定设置安全生产管理机构或者配备专职（兼职）安全生产管理人员',
    methods: [D, Q], compliant: '按从业人员规模和行业要求设置安全管理机构或配备安全生产管理人员，有任命文件',
    nonCompliant: '未按照规定设置安全生产管理机构或者配备安全生产管理人员',
    violation: 'no-safety-management-staff', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 30,
  }),
  item({
    list: 'general', unit: 'organisation', slug: 'registered-engineer', code: 'TY-02-02',
    content: '危险物品的生产、储存、装卸单位以及矿山、金属冶炼单位是否有注册安全工程师从事安全生产管理工作',
    methods: [D], compliant: '有注册安全工程师在岗从事安全生产管理工作',
    nonCompliant: '未按照规定配备注册安全工程师',
    violation: 'no-registered-safety-engineer', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 90, sectors: HIGH_RISK,
  }),
  item({
    list: 'general', unit: 'organisation', slug: 'safety-manager-checks', code: 'TY-02-03',
    content: '安全生产管理人员是否对安全生产状况进行经常性检查，对发现的问题及时处理并如实记录',
    methods: [D, Q], compliant: '有经常性安全检查记录，问题处理闭环',
    nonCompliant: '安全生产管理人员未进行经常性检查，或者检查及处理情况未如实记录',
    violation: 'safety-manager-duties-not-performed', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  // 03 教育培训
  item({
    list: 'general', unit: 'training', slug: 'employee-training', code: 'TY-03-01',
    content: '是否对从业人员进行安全生产教育和培训，保证其考核合格后上岗作业',
    methods: [D, Q], compliant: '新员工三级安全教育及年度再培训记录完整，考核合格后上岗',
    nonCompliant: '未按照规定对从业人员进行安全生产教育和培训，或者未经培训合格上岗作业',
    violation: 'no-safety-training', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  item({
    list: 'general', unit: 'training', slug: 'dispatched-interns', code: 'TY-03-02',
    content: '使用被派遣劳动者、接收实习学生的，是否纳入统一管理并进行岗位安全操作规程和安全操作技能的教育和培训',
    methods: [D, Q], compliant: '被派遣劳动者、实习学生纳入统一管理并经培训合格上岗',
    nonCompliant: '未按照规定对被派遣劳动者、实习学生进行安全生产教育和培训',
    violation: 'no-training-dispatched-interns', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  item({
    list: 'general', unit: 'training', slug: 'training-records', code: 'TY-03-03',
    content: '是否建立安全生产教育和培训档案，如实记录培训时间、内容、参加人员以及考核结果',
    methods: [D], compliant: '培训档案齐全，记录真实完整',
    nonCompliant: '未建立安全生产教育和培训档案或者未如实记录培训情况',
    violation: 'training-not-recorded', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  item({
    list: 'general', unit: 'training', slug: 'new-process-training', code: 'TY-03-04',
    content: '采用新工艺、新技术、新材料或者使用新设备时，是否对从业人员进行专门的安全生产教育和培训',
    methods: [D, Q], compliant: '有针对新工艺、新设备的专项培训记录',
    nonCompliant: '采用新工艺、新技术、新材料或者使用新设备，未对从业人员进行专门的安全生产教育和培训',
    violation: 'no-training-new-process', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  item({
    list: 'general', unit: 'training', slug: 'hazard-disclosure', code: 'TY-03-05',
    content: '是否向从业人员如实告知作业场所和工作岗位存在的危险因素、防范措施以及事故应急措施',
    methods: [Q, S], compliant: '设置岗位风险告知卡，抽问从业人员能说出岗位危险因素和应急措施',
    nonCompliant: '未如实告知从业人员作业场所和工作岗位存在的危险因素、防范措施以及事故应急措施',
    violation: 'hazards-not-disclosed', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 7,
  }),
  // 04 特种作业
  item({
    list: 'general', unit: 'special-operators', slug: 'special-operator-certificates', code: 'TY-04-01',
    content: '电工、焊接与热切割、高处作业等特种作业人员是否经专门的安全作业培训并取得相应资格上岗作业',
    methods: [D, S, Q], compliant: '特种作业人员持有效的特种作业操作证上岗，证件与本人、作业类别一致',
    nonCompliant: '特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业',
    violation: 'special-operator-uncertified', measure: 'correctOnSite', basis: LIMIT, days: null,
  }),
  // 05 双重预防
  item({
    list: 'general', unit: 'dual-prevention', slug: 'risk-grading', code: 'TY-05-01',
    content: '是否建立安全风险分级管控制度，开展风险辨识评估并按照风险等级落实管控措施',
    methods: [D, S], compliant: '有风险辨识清单、风险分级和管控措施，现场风险公告与之一致',
    nonCompliant: '未建立安全风险分级管控制度或者未按照安全风险分级采取相应管控措施',
    violation: 'no-risk-grading', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 30,
  }),
  item({
    list: 'general', unit: 'dual-prevention', slug: 'hazard-inspection-system', code: 'TY-05-02',
    content: '是否建立健全并落实生产安全事故隐患排查治理制度',
    methods: [D], compliant: '隐患排查治理制度明确排查周期、责任人员和治理闭环要求，并得到执行',
    nonCompliant: '未建立事故隐患排查治理制度',
    violation: 'no-hazard-inspection-system', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  item({
    list: 'general', unit: 'dual-prevention', slug: 'hazard-records', code: 'TY-05-03',
    content: '事故隐患排查治理情况是否如实记录，并通过职工大会或者职工代表大会、信息公示栏等方式向从业人员通报',
    methods: [D, S], compliant: '隐患排查治理台账完整，定期公示通报',
    nonCompliant: '未将事故隐患排查治理情况如实记录或者未向从业人员通报',
    violation: 'hazard-inspection-not-recorded', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  item({
    list: 'general', unit: 'dual-prevention', slug: 'major-hazard-reporting', code: 'TY-05-04',
    content: '重大事故隐患排查治理情况是否及时向负有安全生产监督管理职责的部门和职工大会或者职工代表大会报告',
    methods: [D], compliant: '发现的重大事故隐患均已按规定报告，治理方案和进展有据可查',
    nonCompliant: '重大事故隐患排查治理情况未按照规定报告',
    violation: 'major-hazard-not-reported', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 7,
  }),
  item({
    list: 'general', unit: 'dual-prevention', slug: 'hazard-elimination', code: 'TY-05-05',
    content: '对排查发现的事故隐患是否采取技术、管理措施及时消除',
    methods: [S, D], compliant: '已排查的事故隐患均按期整改销号',
    nonCompliant: '未采取措施消除事故隐患',
    violation: 'hazard-not-eliminated', measure: 'eliminateImmediately', basis: HAZARD, days: null,
  }),
  // 06 应急
  item({
    list: 'general', unit: 'emergency', slug: 'emergency-plan', code: 'TY-06-01',
    content: '是否制定生产安全事故应急救援预案，并与所在地县级以上地方人民政府组织制定的预案相衔接',
    methods: [D], compliant: '综合预案、专项预案和现场处置方案齐全，按规定评审、公布和备案',
    nonCompliant: '未按照规定制定生产安全事故应急救援预案',
    violation: 'no-emergency-plan', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 30,
  }),
  item({
    list: 'general', unit: 'emergency', slug: 'emergency-drill', code: 'TY-06-02',
    content: '是否定期组织应急救援预案演练并进行评估总结',
    methods: [D, Q], compliant: '按规定频次组织演练，有演练方案、记录和评估报告',
    nonCompliant: '未定期组织生产安全事故应急救援演练',
    violation: 'no-emergency-drill', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 30,
  }),
  // 07 劳动防护用品
  item({
    list: 'general', unit: 'ppe', slug: 'ppe', code: 'TY-07-01',
    content: '是否为从业人员提供符合国家标准或者行业标准的劳动防护用品，并监督、教育其按照使用规则佩戴、使用',
    methods: [S, D, Q], compliant: '劳动防护用品配备齐全、合格，有发放记录，现场人员正确佩戴',
    nonCompliant: '未为从业人员提供符合国家标准或者行业标准的劳动防护用品',
    violation: 'no-ppe', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 7,
  }),
  // 08 设备设施
  item({
    list: 'general', unit: 'equipment', slug: 'equipment-standard', code: 'TY-08-01',
    content: '安全设备的安装、使用、检测、改造和报废是否符合国家标准或者行业标准',
    methods: [S, D], compliant: '安全设备按标准安装使用，改造、报废有记录',
    nonCompliant: '安全设备的安装、使用、检测、改造和报废不符合国家标准或者行业标准',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'rectifyWithinDeadline', basis: HAZARD, days: 30,
  }),
  item({
    list: 'general', unit: 'equipment', slug: 'equipment-maintenance', code: 'TY-08-02',
    content: '是否对安全设备进行经常性维护、保养和定期检测，维护、保养、检测记录是否有有关人员签字',
    methods: [D, S], compliant: '安全设备维护保养和定期检测记录齐全，有责任人签字',
    nonCompliant: '未对安全设备进行经常性维护、保养和定期检测',
    violation: 'safety-equipment-not-maintained', measure: 'rectifyWithinDeadline', basis: HAZARD, days: 30,
  }),
  item({
    list: 'general', unit: 'equipment', slug: 'monitoring-not-disabled', code: 'TY-08-03',
    content: '直接关系生产安全的监控、报警、防护、救生设备、设施是否正常投用，相关数据、信息是否完整真实',
    methods: [S, M], compliant: '监控报警设施全部投用，无旁路、屏蔽，历史数据完整',
    nonCompliant: '关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息',
    violation: 'monitoring-disabled', measure: 'eliminateImmediately', basis: HAZARD, days: null,
  }),
  item({
    list: 'general', unit: 'equipment', slug: 'obsolete-equipment', code: 'TY-08-04',
    content: '是否使用国家或者本省明令淘汰的危及生产安全的工艺、设备',
    methods: [S, D], compliant: '未发现使用淘汰目录所列工艺、设备',
    nonCompliant: '使用应当淘汰的危及生产安全的工艺、设备',
    violation: 'obsolete-process-equipment', measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
  }),
  item({
    list: 'general', unit: 'equipment', slug: 'dangerous-goods-containers', code: 'TY-08-05',
    content: '危险物品的容器、运输工具是否经具有专业资质的机构检测、检验合格，取得安全使用证或者安全标志后投入使用',
    methods: [D, S], compliant: '容器、运输工具检测检验合格，证标齐全有效',
    nonCompliant: '危险物品的容器、运输工具未经检测、检验合格或者未取得安全使用证、安全标志，投入使用',
    violation: 'uninspected-dangerous-goods-containers', measure: 'stopUsingEquipment', basis: HAZARD, days: 30, sectors: ['hazchem', 'fireworks'],
  }),
  item({
    list: 'general', unit: 'equipment', slug: 'gas-alarm', code: 'TY-08-06',
    content: '餐饮等使用燃气的场所是否安装可燃气体报警装置并保障其正常使用',
    methods: [S, M], compliant: '用气场所安装可燃气体报警装置，功能测试正常',
    nonCompliant: '使用燃气未安装可燃气体报警装置',
    violation: 'no-gas-alarm-catering', measure: 'rectifyWithinDeadline', basis: HAZARD, days: 15, flags: ['gasUse'],
  }),
  // 09 警示标志
  item({
    list: 'general', unit: 'signs', slug: 'warning-signs', code: 'TY-09-01',
    content: '有较大危险因素的生产经营场所和有关设施、设备上是否设置明显的安全警示标志',
    methods: [S], compliant: '危险场所和设备设施均设置符合GB 2894的安全警示标志',
    nonCompliant: '未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志',
    violation: 'no-warning-signs', measure: 'rectifyWithinDeadline', basis: HAZARD, days: 7, review: false,
  }),
  // 10 危险物品和重大危险源
  item({
    list: 'general', unit: 'dangerous-goods', slug: 'dangerous-goods-management', code: 'TY-10-01',
    content: '生产、经营、储存、使用危险物品的，是否建立专门安全管理制度并采取可靠的安全措施',
    methods: [D, S], compliant: '危险物品出入库、储存、使用管理制度健全，现场措施落实',
    nonCompliant: '生产、经营、储存、使用危险物品，未建立专门安全管理制度、未采取可靠的安全措施',
    violation: 'dangerous-goods-no-management', measure: 'rectifyWithinDeadline', basis: HAZARD, days: 15, sectors: ['hazchem', 'fireworks'],
  }),
  item({
    list: 'general', unit: 'dangerous-goods', slug: 'major-hazard-source', code: 'TY-10-02',
    content: '对重大危险源是否登记建档，进行定期检测、评估、监控，制定应急预案，并告知从业人员和相关人员应急措施',
    methods: [D, S], compliant: '重大危险源档案齐全，监测监控系统正常，评估在有效期内，应急措施已告知',
    nonCompliant: '对重大危险源未登记建档，未进行定期检测、评估、监控，未制定应急预案，或者未告知应急措施',
    violation: 'major-hazard-source-unmanaged', measure: 'rectifyWithinDeadline', basis: HAZARD, days: 30, flags: ['majorHazardSource'],
  }),
  // 11 危险作业
  item({
    list: 'general', unit: 'hazardous-work', slug: 'hazardous-work-supervision', code: 'TY-11-01',
    content: '进行爆破、吊装、动火、临时用电等危险作业时，是否履行审批手续并安排专门人员进行现场安全管理',
    methods: [D, S], compliant: '危险作业票证齐全，现场有专人监护、安全措施落实',
    nonCompliant: '进行危险作业，未安排专门人员进行现场安全管理',
    violation: 'hazardous-work-unsupervised', measure: 'correctOnSite', basis: LIMIT, days: null,
  }),
  // 12 有限空间
  item({
    list: 'general', unit: 'confined-space', slug: 'confined-space-equipment', code: 'TY-12-01',
    content: '有限空间作业是否为作业人员配备符合国家标准或者行业标准的气体检测报警仪器、呼吸防护用品、全身式安全带等劳动防护用品',
    methods: [S, D], compliant: '防护用品和检测仪器配备齐全、合格、在检定有效期内',
    nonCompliant: '未为有限空间作业人员提供符合国家标准或者行业标准的劳动防护用品',
    violation: 'no-ppe', measure: 'rectifyWithinDeadline', basis: HAZARD, days: 7, flags: ['confinedSpace'],
  }),
  // 13 相关方
  item({
    list: 'general', unit: 'contractors', slug: 'outsourcing', code: 'TY-13-01',
    content: '生产经营项目、场所、设备是否发包或者出租给不具备安全生产条件或者相应资质的单位或者个人',
    methods: [D], compliant: '承包、承租单位资质和安全生产条件经审核，资料齐全',
    nonCompliant: '将生产经营项目、场所、设备发包或者出租给不具备安全生产条件或者相应资质的单位或者个人',
    violation: 'outsourced-to-unqualified', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 30,
  }),
  item({
    list: 'general', unit: 'contractors', slug: 'contractor-agreement', code: 'TY-13-02',
    content: '是否与承包单位、承租单位签订专门的安全生产管理协议或者在合同中约定各自的安全生产管理职责，并统一协调、管理，定期进行安全检查',
    methods: [D, Q], compliant: '安全生产管理协议齐全，有统一协调管理和定期检查记录',
    nonCompliant: '未与承包单位、承租单位签订专门的安全生产管理协议或者未明确各自的安全生产管理职责，或者未统一协调、管理',
    violation: 'contractor-not-coordinated', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  item({
    list: 'general', unit: 'contractors', slug: 'shared-work-area', code: 'TY-13-03',
    content: '两个以上生产经营单位在同一作业区域内作业，可能危及对方生产安全的，是否签订安全生产管理协议并指定专职安全生产管理人员进行安全检查与协调',
    methods: [D, Q], compliant: '交叉作业签订安全生产管理协议，指定专职人员协调',
    nonCompliant: '同一作业区域内未签订安全生产管理协议或者未指定专职安全生产管理人员进行安全检查与协调',
    violation: 'shared-area-no-agreement', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15,
  }),
  // 14 场所和宿舍
  item({
    list: 'general', unit: 'premises', slug: 'dormitory-distance', code: 'TY-14-01',
    content: '生产、经营、储存、使用危险物品的车间、商店、仓库是否与员工宿舍在同一座建筑物内，或者与员工宿舍的距离不符合安全要求',
    methods: [S], compliant: '危险物品场所与员工宿舍分开设置，保持安全距离',
    nonCompliant: '生产、经营、储存、使用危险物品的车间、商店、仓库与员工宿舍在同一座建筑内，或者与员工宿舍的距离不符合安全要求',
    violation: 'dangerous-goods-near-dormitory', measure: 'rectifyWithinDeadline', basis: HAZARD, days: 30,
  }),
  item({
    list: 'general', unit: 'premises', slug: 'evacuation-exits', code: 'TY-14-02',
    content: '生产经营场所和员工宿舍是否设有符合紧急疏散要求、标志明显、保持畅通的出口和疏散通道',
    methods: [S], compliant: '安全出口、疏散通道畅通，标志明显，无占用、锁闭、封堵',
    nonCompliant: '占用、锁闭、封堵生产经营场所或者员工宿舍的出口、疏散通道',
    violation: 'exits-blocked', measure: 'eliminateImmediately', basis: HAZARD, days: null,
  }),
  // 15 建设项目
  item({
    list: 'general', unit: 'construction', slug: 'safety-assessment', code: 'TY-15-01',
    content: '矿山、金属冶炼建设项目和用于生产、储存、装卸危险物品的建设项目是否按照规定进行安全评价',
    methods: [D], compliant: '建设项目安全预评价、验收评价报告齐全',
    nonCompliant: '未按照规定对建设项目进行安全评价',
    violation: 'no-safety-assessment', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 60, sectors: HIGH_RISK,
  }),
  item({
    list: 'general', unit: 'construction', slug: 'safety-design', code: 'TY-15-02',
    content: '上述建设项目的安全设施设计是否按照规定报经有关部门审查同意',
    methods: [D], compliant: '安全设施设计审查意见书齐全',
    nonCompliant: '建设项目没有安全设施设计或者安全设施设计未按照规定报经有关部门审查同意',
    violation: 'safety-design-not-approved', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 60, sectors: HIGH_RISK,
  }),
  item({
    list: 'general', unit: 'construction', slug: 'safety-acceptance', code: 'TY-15-03',
    content: '上述建设项目竣工投入生产或者使用前，安全设施是否经验收合格',
    methods: [D, S], compliant: '安全设施竣工验收合格后投入使用',
    nonCompliant: '建设项目竣工投入生产或者使用前，安全设施未经验收合格',
    violation: 'safety-facilities-not-accepted', measure: 'stopUsingEquipment', basis: HAZARD, days: 60, sectors: HIGH_RISK,
  }),
  // 16 保险
  item({
    list: 'general', unit: 'insurance', slug: 'liability-insurance', code: 'TY-16-01',
    content: '属于国家规定的高危行业、领域的生产经营单位是否投保安全生产责任保险',
    methods: [D], compliant: '安全生产责任保险在保险期内，覆盖全体从业人员',
    nonCompliant: '高危行业、领域的生产经营单位未按照国家规定投保安全生产责任保险',
    violation: 'no-liability-insurance', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 30, sectors: HIGH_RISK,
  }),
  // 17 从业人员权益
  item({
    list: 'general', unit: 'worker-rights', slug: 'no-liability-waiver', code: 'TY-17-01',
    content: '劳动合同是否载明保障劳动安全、防止职业危害的事项，是否存在免除或者减轻生产安全事故伤亡责任的协议',
    methods: [D], compliant: '劳动合同载明劳动安全事项，无免责条款',
    nonCompliant: '与从业人员订立协议，免除或者减轻其对从业人员因生产安全事故伤亡依法应承担的责任',
    violation: 'liability-waiver-agreement', measure: 'rectifyWithinDeadline', basis: LIMIT, days: 15, review: false,
  }),
];

const STEEL = { sectors: ['metallurgy'] as const satisfies readonly Sector[] };
const ALU = { sectors: ['nonferrous'] as const satisfies readonly Sector[], flags: ['aluminiumDeepWellCasting'] as const satisfies readonly RiskFlag[] };
const DUST = { flags: ['dustExplosion'] as const satisfies readonly RiskFlag[] };
const CONFINED = { flags: ['confinedSpace'] as const satisfies readonly RiskFlag[], sectors: GONGMAO };
const CONFINED_NOTE = '有限空间4条原文未找到，本条依据《工贸企业重大事故隐患判定标准》第十三条推定。';
const KEY_NOTE_2017 = '2017版判定标准将该情形列为重大事故隐患，2023版未单列；按一般事故隐患处理。';

const key25: CheckItemRecord[] = [
  // 钢8条
  item({
    list: 'industry-trade-key', unit: 'steel-8', slug: 'steel-01-casting-crane', code: '钢-01', ...STEEL,
    content: '炼钢车间吊运铁水、钢水或液渣是否使用固定式龙门钩的铸造起重机，铁水吊运起重机是否符合冶金起重机的相关要求',
    methods: [S, D], compliant: '吊运熔融金属使用固定式龙门钩铸造起重机，起重机选型、安全装置符合冶金起重机标准',
    nonCompliant: '吊运铁水、钢水或液渣未使用固定式龙门钩的铸造起重机，或者铸造起重机不符合冶金起重机相关要求',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated', 'obsolete-process-equipment'],
    measure: 'stopUsingEquipment', basis: HAZARD, days: 30, note: KEY_NOTE_2017,
  }),
  item({
    list: 'industry-trade-key', unit: 'steel-8', slug: 'steel-02-crane-inspection', code: '钢-02', ...STEEL,
    content: '是否定期对龙门钩横梁、耳轴销和吊钩、钢丝绳及其端头固定零件进行检查，发现问题及时处理',
    methods: [D, S], compliant: '有龙门钩横梁焊缝、耳轴销探伤及吊钩、钢丝绳定期检查记录，问题已处理',
    nonCompliant: '未定期对龙门钩横梁、耳轴销和吊钩、钢丝绳及其端头固定零件进行检查，或者发现问题未及时处理',
    violation: 'safety-equipment-not-maintained', related: ['hazard-not-eliminated'], measure: 'rectifyWithinDeadline', basis: HAZARD, days: 15,
    note: KEY_NOTE_2017,
  }),
  item({
    list: 'industry-trade-key', unit: 'steel-8', slug: 'steel-03-occupied-rooms', code: '钢-03', ...STEEL,
    content: '会议室、活动室、休息室、操作室、交接班室、更衣室等人员聚集场所是否设置在铁水、钢水、液渣吊运影响范围内',
    methods: [S], compliant: '6类人员聚集场所及钢铁水罐冷（热）修工位均不在熔融金属吊运跨地坪区域内',
    nonCompliant: '人员聚集场所或者钢铁水罐冷（热）修工位设置在铁水、钢水、液渣吊运跨的地坪区域内',
    violation: 'hazard-not-eliminated', related: ['safety-equipment-not-to-standard'], measure: 'withdrawWorkers', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(4, 1)],
  }),
  item({
    list: 'industry-trade-key', unit: 'steel-8', slug: 'steel-04-emergency-ladle', code: '钢-04', ...STEEL,
    content: '炼钢连铸、模铸流程是否设置事故钢水罐、中间罐漏钢坑（槽）、中间罐溢流坑（槽）、漏钢回转溜槽等应急设施',
    methods: [S], compliant: '连铸流程设有事故钢水罐、漏钢坑（槽）、溢流坑（槽）、漏钢回转溜槽，模铸流程设有事故钢水罐（坑、槽）',
    nonCompliant: '炼钢连铸流程未设置事故钢水罐、中间罐漏钢坑（槽）、中间罐溢流坑（槽）、漏钢回转溜槽，或者模铸流程未设置事故钢水罐（坑、槽）',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(4, 3)],
  }),
  item({
    list: 'industry-trade-key', unit: 'steel-8', slug: 'steel-05-water-cooled-elements', code: '钢-05', ...STEEL,
    content: '转炉、电弧炉等炼钢炉水冷元件是否设置出水温度、进出水流量差监测报警装置，并与炉体倾动、氧（副）枪自动提升、电极自动断电和升起装置联锁',
    methods: [S, D, M], compliant: '水冷元件监测报警装置齐全并投用，联锁测试记录完整',
    nonCompliant: '炼钢炉水冷元件未设置出水温度、进出水流量差等监测报警装置，或者监测报警装置未与相关装置联锁',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated', 'monitoring-disabled'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(4, 4)],
  }),
  item({
    list: 'industry-trade-key', unit: 'steel-8', slug: 'steel-06-co-alarms', code: '钢-06', ...STEEL,
    content: '煤气生产、回收净化、加压混合、储存、使用设施附近的人员聚集场所，以及可能发生煤气泄漏、积聚的场所和部位是否设置固定式一氧化碳浓度监测报警装置，监测数据是否接入24小时有人值守场所',
    methods: [S, M], compliant: '固定式一氧化碳报警装置覆盖规定场所，数据接入24小时值守场所，检定有效',
    nonCompliant: '可能发生煤气泄漏、积聚的场所和部位未设置固定式一氧化碳浓度监测报警装置，或者监测数据未接入24小时有人值守场所',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated', 'monitoring-disabled'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(4, 6)],
  }),
  item({
    list: 'industry-trade-key', unit: 'steel-8', slug: 'steel-07-gas-isolation', code: '钢-07', ...STEEL,
    content: '高炉、转炉、加热炉、煤气柜、除尘器等设施的煤气管道是否设置可靠隔断装置和吹扫设施',
    methods: [S, D], compliant: '煤气设施及进入车间前的煤气管道设有隔断装置和吹扫设施',
    nonCompliant: '加热炉、煤气柜、除尘器、加压机、烘烤器等设施，以及进入车间前的煤气管道未安装隔断装置',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(4, 7)],
  }),
  item({
    list: 'industry-trade-key', unit: 'steel-8', slug: 'steel-08-banned-equipment', code: '钢-08', ...STEEL,
    content: '是否使用国家明令禁止使用或者淘汰的设备、材料和工艺',
    methods: [S, D], compliant: '未发现使用明令禁止或淘汰的设备、材料、工艺',
    nonCompliant: '使用应当淘汰的危及生产安全的工艺、设备',
    violation: 'obsolete-process-equipment', measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
  }),
  // 铝7条
  item({
    list: 'industry-trade-key', unit: 'aluminium-7', slug: 'alu-01-mechanical-lock', code: '铝-01', ...ALU,
    content: '固定式熔炼炉（浇铸炉）铝液出口是否设置机械锁紧装置',
    methods: [S], compliant: '固定式浇铸炉铝液出口设有可靠的机械锁紧装置',
    nonCompliant: '固定式浇铸炉的铝液出口未设置机械锁紧装置',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(5, 7)],
  }),
  item({
    list: 'industry-trade-key', unit: 'aluminium-7', slug: 'alu-02-level-alarm-interlock', code: '铝-02', ...ALU,
    content: '浇铸炉铝液出口流槽、流槽与模盘（分配流槽）入口连接处是否设置液位监测报警装置，并与快速切断阀（断开装置）、紧急排放阀联锁',
    methods: [S, M], compliant: '液位监测报警装置齐全，与快速切断阀、紧急排放阀联锁可靠，有联锁测试记录',
    nonCompliant: '铝液流槽未设置液位监测报警装置，或者液位监测报警装置未与快速切断阀（断开装置）、紧急排放阀联锁',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(5, 7), mhs(5, 8)],
  }),
  item({
    list: 'industry-trade-key', unit: 'aluminium-7', slug: 'alu-03-tilting-furnace-interlock', code: '铝-03', ...ALU,
    content: '倾动式浇铸炉控制系统是否与铸造系统联锁（自动控流），流槽与模盘入口连接处是否设置快速切断阀（断开装置）并与液位监测报警装置联锁',
    methods: [S, M], compliant: '倾动炉倾动控制与铸造系统联锁，快速切断阀联锁有效',
    nonCompliant: '倾动式浇铸炉流槽与模盘入口连接处未设置快速切断阀（断开装置），或者液位监测报警装置未与浇铸炉倾动控制系统、快速切断阀联锁',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(5, 9)],
  }),
  item({
    list: 'industry-trade-key', unit: 'aluminium-7', slug: 'alu-04-mould-cooling-water', code: '铝-04', ...ALU,
    content: '深井铸造结晶器冷却水系统是否设置进水压力、进水流量监测报警装置，并与快速切断阀、紧急排放阀、流槽断开装置及倾动式浇铸炉控制系统联锁',
    methods: [S, M], compliant: '结晶器冷却水压力、流量监测报警齐全，联锁有效',
    nonCompliant: '结晶器冷却水系统未设置进水压力、进水流量监测报警装置，或者监测报警装置未与快速切断阀、紧急排放阀、流槽断开装置或者倾动式浇铸炉控制系统联锁',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(5, 6)],
  }),
  item({
    list: 'industry-trade-key', unit: 'aluminium-7', slug: 'alu-05-emergency-discharge', code: '铝-05', ...ALU,
    content: '铝液铸造流程是否设置紧急排放和应急储存设施，紧急排放池是否设置在紧急排放阀出口处且保持干燥',
    methods: [S], compliant: '紧急排放阀和应急储存设施齐全，排放池位置正确、干燥、无杂物',
    nonCompliant: '熔融金属铸造环节未设置紧急排放和应急储存设施，或者固定式浇铸炉铝液流槽未设置紧急排放阀',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(5, 3), mhs(5, 8)],
  }),
  item({
    list: 'industry-trade-key', unit: 'aluminium-7', slug: 'alu-06-emergency-water', code: '铝-06', ...ALU,
    content: '采用水冷冷却的熔炼炉、铸造机、加热炉等是否设置应急水源（应急冷却水）',
    methods: [S, D], compliant: '设有高位水箱或应急水泵等应急水源，定期试验',
    nonCompliant: '采用水冷冷却的冶炼炉窑、铸造机、加热炉未设置应急水源',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(5, 4)],
  }),
  item({
    list: 'industry-trade-key', unit: 'aluminium-7', slug: 'alu-07-hoist-rope', code: '铝-07', ...ALU,
    content: '深井铸造机钢丝卷扬系统是否选用钢芯钢丝绳并落实定期检查、更换制度；卷扬系统是否设置应急电源，液压铸造机是否设置手动泄压装置',
    methods: [S, D], compliant: '使用钢芯钢丝绳，检查更换记录完整；应急电源和手动泄压装置有效',
    nonCompliant: '深井铸造机钢丝卷扬系统选用非钢芯钢丝绳，或者未落实钢丝绳定期检查、更换制度',
    violation: 'safety-equipment-not-maintained', related: ['safety-equipment-not-to-standard', 'hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(5, 10)],
    note: '应急电源、手动泄压两项来自“铝7条”案例描述，2023版判定标准未列为重大事故隐患。',
  }),
  // 粉6条
  item({
    list: 'industry-trade-key', unit: 'dust-6', slug: 'dust-01-shared-system', code: '粉-01', ...DUST,
    content: '不同类别的可燃性粉尘、可燃性粉尘与可燃气体等是否共用一套除尘系统，不同建（构）筑物、不同防火分区的除尘系统是否互联互通',
    methods: [S, D], compliant: '除尘系统按粉尘类别、防火分区独立设置，无互联互通',
    nonCompliant: '不同类别的可燃性粉尘、可燃性粉尘与可燃气体等共用一套除尘系统，或者不同防火分区除尘系统互联互通',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(11, 2)],
  }),
  item({
    list: 'industry-trade-key', unit: 'dust-6', slug: 'dust-02-explosion-control', code: '粉-02', ...DUST,
    content: '干式除尘系统是否采取泄爆、惰化、抑爆等任一种爆炸防控措施',
    methods: [S, D], compliant: '干式除尘器设有泄爆、惰化或抑爆等爆炸防控措施，泄爆口朝向安全区域',
    nonCompliant: '干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(11, 3)],
  }),
  item({
    list: 'industry-trade-key', unit: 'dust-6', slug: 'dust-03-settling-chamber', code: '粉-03', ...DUST,
    content: '除尘系统是否采用重力沉降室除尘，或者采用干式巷道式构筑物作为除尘风道',
    methods: [S], compliant: '未采用重力沉降室或干式巷道式构筑物',
    nonCompliant: '除尘系统采用重力沉降室除尘，或者采用干式巷道式构筑物作为除尘风道',
    violation: 'safety-equipment-not-to-standard', related: ['obsolete-process-equipment', 'hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(11, 5)],
  }),
  item({
    list: 'industry-trade-key', unit: 'dust-6', slug: 'dust-04-positive-pressure', code: '粉-04', ...DUST,
    content: '铝镁等金属粉尘是否采用负压除尘；其他可燃性粉尘采用正压吹送时是否采取火花探测消除等防范点燃源措施',
    methods: [S], compliant: '金属粉尘采用负压除尘；正压吹送设有火花探测消除装置',
    nonCompliant: '铝镁等金属粉尘除尘系统采用正压除尘方式，或者其他可燃性粉尘正压吹送时未采取火花探测消除等防范点燃源措施',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(11, 4)],
  }),
  item({
    list: 'industry-trade-key', unit: 'dust-6', slug: 'dust-05-ignition-sources', code: '粉-05', ...DUST,
    content: '粉碎、研磨、造粒等易产生机械点燃源的工艺设备前是否设置铁、石等杂物去除装置；木制品加工企业与砂光机连接的风管是否设置火花探测消除装置',
    methods: [S], compliant: '设有除铁器、除石装置；砂光机风管设有火花探测消除装置',
    nonCompliant: '粉碎、研磨、造粒等工艺设备前未设置杂物去除装置，或者砂光机风管未设置火花探测消除装置',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(11, 8)],
  }),
  item({
    list: 'industry-trade-key', unit: 'dust-6', slug: 'dust-06-housekeeping', code: '粉-06', ...DUST,
    content: '是否制定并落实粉尘清理制度，作业现场有无积尘；铝镁等遇湿自燃金属粉尘的收集、储存场所是否采取防水防潮和通风等防止氢气积聚措施',
    methods: [S, D], compliant: '按制度定期清理，现场无明显积尘；金属粉尘场所防水防潮、通风措施落实',
    nonCompliant: '未落实粉尘清理制度，造成作业现场积尘严重，或者遇湿自燃金属粉尘场所未采取防水防潮、通风等措施',
    violation: 'hazard-not-eliminated', related: ['safety-equipment-not-to-standard'], measure: 'eliminateImmediately', basis: HAZARD, days: null,
    major: true, majorBasis: [mhs(11, 10), mhs(11, 9)],
  }),
  // 有限空间 4 条（推定）
  item({
    list: 'industry-trade-key', unit: 'confined-space-4', slug: 'confined-01-identification', code: '限-01', ...CONFINED,
    content: '是否对有限空间进行辨识，建立有限空间安全管理台账，明确有限空间数量、位置及危险有害因素',
    methods: [D, S], compliant: '有限空间辨识清单和管理台账齐全，与现场一致',
    nonCompliant: '未对有限空间进行辨识、建立安全管理台账',
    violation: 'no-risk-grading', related: ['no-warning-signs'], measure: 'rectifyWithinDeadline', basis: HAZARD, days: 15,
    majorBasis: [mhs(13, 1)],
    note: `${CONFINED_NOTE}与限-02同时不符合（未辨识建账并且未设警示标志）时判定为重大事故隐患。`,
  }),
  item({
    list: 'industry-trade-key', unit: 'confined-space-4', slug: 'confined-02-warning-signs', code: '限-02', ...CONFINED,
    content: '有限空间出入口等醒目位置是否设置明显的安全警示标志和警示说明',
    methods: [S], compliant: '每处有限空间均设置明显的安全警示标志',
    nonCompliant: '未在有限空间设置明显的安全警示标志',
    violation: 'no-warning-signs', measure: 'rectifyWithinDeadline', basis: HAZARD, days: 7,
    majorBasis: [mhs(13, 1)],
    note: `${CONFINED_NOTE}与限-01同时不符合时判定为重大事故隐患。`,
  }),
  item({
    list: 'industry-trade-key', unit: 'confined-space-4', slug: 'confined-03-work-approval', code: '限-03', ...CONFINED,
    content: '存在硫化氢、一氧化碳等中毒风险的有限空间作业是否落实作业审批',
    methods: [D, S, Q], compliant: '有限空间作业实行审批，作业票证齐全',
    nonCompliant: '未落实有限空间作业审批',
    violation: 'hazardous-work-unsupervised', related: ['hazard-not-eliminated'], measure: 'withdrawWorkers', basis: HAZARD, days: null,
    major: true, majorBasis: [mhs(13, 2)],
    note: `${CONFINED_NOTE}违法行为按《安全生产法》第四十三条“其他危险作业”认定；《工贸企业有限空间作业安全规定》（应急管理部令第13号）另有罚则，未录入。`,
  }),
  item({
    list: 'industry-trade-key', unit: 'confined-space-4', slug: 'confined-04-ventilate-test-guard', code: '限-04', ...CONFINED,
    content: '有限空间作业是否执行“先通风、再检测、后作业”要求，作业现场是否设置监护人员',
    methods: [S, M, Q], compliant: '作业前通风、检测合格后进入，检测记录完整，现场有专职监护人员',
    nonCompliant: '未执行“先通风、再检测、后作业”要求，或者作业现场未设置监护人员',
    violation: 'hazardous-work-unsupervised', related: ['hazard-not-eliminated', 'no-ppe'], measure: 'withdrawWorkers', basis: HAZARD, days: null,
    major: true, majorBasis: [mhs(13, 2)],
    note: CONFINED_NOTE,
  }),
];

const majorHazards2023: CheckItemRecord[] = [
  item({
    list: 'industry-trade-major-hazards-2023', unit: 'management', slug: 'mh-contractors', code: '重-管-01', sectors: GONGMAO,
    content: '是否对承包单位、承租单位的安全生产工作统一协调、管理，并定期进行安全检查',
    methods: [D, Q], compliant: '对承包、承租单位统一协调管理，有定期安全检查记录',
    nonCompliant: '未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查',
    violation: 'contractor-not-coordinated', measure: 'rectifyWithinDeadline', basis: HAZARD, days: 15, major: true, majorBasis: [mhs(3, 1)],
  }),
  item({
    list: 'industry-trade-major-hazards-2023', unit: 'management', slug: 'mh-special-operators', code: '重-管-02', sectors: GONGMAO,
    content: '特种作业人员是否经专门的安全作业培训并取得相应资格上岗作业',
    methods: [D, S], compliant: '特种作业人员持证上岗',
    nonCompliant: '特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业',
    violation: 'special-operator-uncertified', measure: 'correctOnSite', basis: HAZARD, days: null, major: true, majorBasis: [mhs(3, 2)],
  }),
  item({
    list: 'industry-trade-major-hazards-2023', unit: 'management', slug: 'mh-smelting-managers', code: '重-管-03', flags: ['metalSmelting'],
    content: '金属冶炼企业主要负责人、安全生产管理人员是否按照规定经考核合格',
    methods: [D], compliant: '主要负责人、安全生产管理人员考核合格证明有效',
    nonCompliant: '金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格',
    violation: 'managers-not-assessed', measure: 'rectifyWithinDeadline', basis: HAZARD, days: 60, major: true, majorBasis: [mhs(3, 3)],
  }),
  item({
    list: 'industry-trade-major-hazards-2023', unit: 'metallurgy-nonferrous', slug: 'mh-standing-water', code: '重-冶-01', sectors: ['metallurgy'],
    content: '生产期间冶炼、精炼和铸造生产区域的事故坑、炉下渣坑及熔融金属泄漏和喷溅影响范围内的6类区域是否存在积水',
    methods: [S], compliant: '相关区域无积水，排水设施完好',
    nonCompliant: '生产期间熔融金属泄漏和喷溅影响范围内的区域存在积水',
    violation: 'hazard-not-eliminated', measure: 'eliminateImmediately', basis: HAZARD, days: null, major: true, majorBasis: [mhs(4, 2)],
  }),
  item({
    list: 'industry-trade-major-hazards-2023', unit: 'metallurgy-nonferrous', slug: 'mh-nonferrous-occupied-rooms', code: '重-有-01', sectors: ['nonferrous'], flags: ['liftingMoltenMetal'],
    content: '有色企业会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所是否设置在熔融金属吊运跨的地坪区域内',
    methods: [S], compliant: '6类人员聚集场所均不在熔融金属吊运跨地坪区域内',
    nonCompliant: '人员聚集场所设置在熔融金属吊运跨的地坪区域内',
    violation: 'hazard-not-eliminated', measure: 'withdrawWorkers', basis: HAZARD, days: 30, major: true, majorBasis: [mhs(5, 1)],
  }),
  item({
    list: 'industry-trade-major-hazards-2023', unit: 'metallurgy-nonferrous', slug: 'mh-toxic-gas-alarms', code: '重-有-02', sectors: ['nonferrous'],
    content: '可能发生一氧化碳、砷化氢、氯气、硫化氢等有毒气体泄漏、积聚的场所和部位是否设置固定式气体浓度监测报警装置并接入24小时有人值守场所',
    methods: [S, M], compliant: '固定式有毒气体监测报警装置齐全，数据接入24小时值守场所',
    nonCompliant: '可能发生有毒气体泄漏、积聚的场所和部位未设置固定式气体浓度监测报警装置，或者监测数据未接入24小时有人值守场所',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(5, 11)],
  }),
  item({
    list: 'industry-trade-major-hazards-2023', unit: 'ammonia', slug: 'mh-ammonia-direct-evaporation', code: '重-氨-01', flags: ['ammoniaRefrigeration'],
    content: '包装、分割、产品整理场所的空调系统是否采用氨直接蒸发制冷',
    methods: [S], compliant: '包装间、分割间、产品整理间空调系统未采用氨直接蒸发制冷',
    nonCompliant: '包装、分割、产品整理场所的空调系统采用氨直接蒸发制冷',
    violation: 'hazard-not-eliminated', related: ['safety-equipment-not-to-standard'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(12, 1)],
  }),
  item({
    list: 'industry-trade-major-hazards-2023', unit: 'ammonia', slug: 'mh-ammonia-quick-freezer', code: '重-氨-02', flags: ['ammoniaRefrigeration'],
    content: '快速冻结装置是否设置在单独的作业间内，作业间内作业人员数量是否超过9人',
    methods: [S, Q], compliant: '快速冻结装置设在单独作业间，同时作业人员不超过9人',
    nonCompliant: '快速冻结装置未设置在单独的作业间内，或者快速冻结装置作业间内作业人员数量超过9人',
    violation: 'hazard-not-eliminated', measure: 'withdrawWorkers', basis: HAZARD, days: 30,
    major: true, majorBasis: [mhs(12, 2)],
  }),
];

const provincial: CheckItemRecord[] = [
  item({
    list: 'shaanxi-special', unit: 'confined-ammonia', slug: 'sx-confined-space-kit', code: '陕-01', flags: ['confinedSpace'], sectors: GONGMAO,
    content: '有限空间作业是否配备满足作业需要的气体检测报警仪、机械通风设备、呼吸防护用品、全身式安全带及应急救援装备，并定期检查维护',
    methods: [S, D], compliant: '作业装备和应急救援装备配备齐全，定期检查维护，有记录',
    nonCompliant: '未为有限空间作业人员提供符合国家标准或者行业标准的劳动防护用品和检测、通风设备',
    violation: 'no-ppe', related: ['safety-equipment-not-maintained'], measure: 'rectifyWithinDeadline', basis: HAZARD, days: 7,
    note: '省级补充事项示例（演示数据）。',
  }),
  item({
    list: 'shaanxi-special', unit: 'confined-ammonia', slug: 'sx-ammonia-detection', code: '陕-02', flags: ['ammoniaRefrigeration'],
    content: '氨制冷机房、液氨储罐区等场所是否设置氨气浓度监测报警装置，并与事故排风装置联锁',
    methods: [S, M], compliant: '氨气浓度报警装置齐全，与事故排风联锁有效',
    nonCompliant: '涉氨场所未设置氨气浓度监测报警装置，或者未与事故排风装置联锁',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'rectifyWithinDeadline', basis: HAZARD, days: 15,
    note: '省级补充事项示例（演示数据）。',
  }),
];

const city: CheckItemRecord[] = [
  item({
    list: 'tongchuan-special', unit: 'cement', slug: 'tc-coal-mill-monitoring', code: '铜-01', sectors: ['buildingMaterials'], flags: ['dustExplosion'],
    content: '水泥企业煤磨袋式收尘器、煤粉仓是否设置温度和一氧化碳浓度监测报警装置及灭火装置',
    methods: [S, M], compliant: '煤磨收尘器、煤粉仓温度和CO监测报警及灭火装置齐全有效',
    nonCompliant: '煤磨袋式收尘器、煤粉仓未设置温度和一氧化碳浓度监测报警装置或者灭火装置',
    violation: 'safety-equipment-not-to-standard', related: ['hazard-not-eliminated'], measure: 'stopUsingEquipment', basis: HAZARD, days: 30,
    note: '市级补充事项示例（演示数据）。该情形可能属于判定标准建材类重大事故隐患，相应条文未录入，待核实。',
  }),
  item({
    list: 'tongchuan-special', unit: 'cement', slug: 'tc-silo-cleaning', code: '铜-02', sectors: ['buildingMaterials'],
    content: '筒型储库人工清库作业是否制定专项方案，并落实防止高处坠落、坍塌、中毒等安全措施和专人现场监护',
    methods: [D, S], compliant: '清库作业有专项方案和审批，安全措施落实，现场有专人监护',
    nonCompliant: '筒型储库人工清库作业未制定方案或者未落实安全措施，未安排专门人员进行现场安全管理',
    violation: 'hazardous-work-unsupervised', related: ['hazard-not-eliminated'], measure: 'withdrawWorkers', basis: HAZARD, days: null,
    note: '市级补充事项示例（演示数据）。',
  }),
  item({
    list: 'tongchuan-special', unit: 'cement', slug: 'tc-equipment-isolation', code: '铜-03', sectors: ['buildingMaterials'],
    content: '进入预热器旋风筒、分解炉、篦冷机、磨机、破碎机等设备内部作业前，是否对可能意外启动的设备和涌入的物料、高温气体等采取隔离措施（停电挂牌上锁）',
    methods: [D, S, Q], compliant: '设备内部作业实行能量隔离和挂牌上锁，有作业票和确认记录',
    nonCompliant: '进入设备内部作业前未对可能意外启动的设备和涌入的物料、高温气体等采取隔离措施',
    violation: 'hazardous-work-unsupervised', related: ['no-risk-grading', 'hazard-not-eliminated'], measure: 'withdrawWorkers', basis: HAZARD, days: null,
    note: '市级补充事项示例（演示数据）。',
  }),
];

export const checkItems: readonly CheckItemRecord[] = [...general, ...key25, ...majorHazards2023, ...provincial, ...city];

/** Keys of the 25 key items by part, in list order (used by campaigns). */
export const keyItemKeys = {
  steel: key25.filter((i) => i.unitKey.endsWith(':steel-8')).map((i) => i.key),
  aluminium: key25.filter((i) => i.unitKey.endsWith(':aluminium-7')).map((i) => i.key),
  dust: key25.filter((i) => i.unitKey.endsWith(':dust-6')).map((i) => i.key),
  confinedSpace: key25.filter((i) => i.unitKey.endsWith(':confined-space-4')).map((i) => i.key),
};
