/**
 * 违法行为库 seed: each violation type with its 认定条款 (violated provisions), 处罚依据 (penalty
 * provisions) and effective-dated discretion versions.
 *
 * Discretion data, read this first:
 *  - The statutory ranges (StatutoryRange) are the 2021 安全生产法 amounts and are the floor and
 *    ceiling the system must never leave.
 *  - The tiers are a SYSTEM EXAMPLE (illustrative: true, verified: false). Version @2021
 *    (2021-09-01 … 2026-01-31) splits each range 30 % / 70 % (较轻/一般/较重) in the spirit of
 *    原总局令第31号; version @2026 (from 2026-02-01, when 应急管理部令第18号 took effect) uses a
 *    three-step split 20 % / 60 % (轻微/一般/严重) and splits escalation stages in two, as a
 *    stand-in for the 《应急管理行政处罚裁量基准》 (2024), whose figures we do not have. Both must be
 *    replaced by the province's adopted 裁量基准 before real use.
 *  - Violations before 2021-09-01 (2014 text of the law) have no discretion version here.
 */
import type { DiscretionTier, DiscretionVersion, FineRange, OtherPenalty, PartyKind, StatutoryRange } from '@zhifa/shared/rules/discretion';
import { wanToFen } from '@zhifa/shared/rules/discretion';
import { provisionRef, wsl } from './laws';
import type { ViolationRecord } from './types';

// ---------------------------------------------------------------------------------------------
// Penalty schemes (one per penalty provision pattern of 安全生产法 2021)
// ---------------------------------------------------------------------------------------------

type Wan = readonly [number, number];

interface Stage {
  /** e.g. 责令限期改正 / 逾期未改正 */
  name: string;
  circumstance: string;
  unit: Wan | null;
  person: Wan | null;
  other: readonly OtherPenalty[];
  /** Split into 较轻/一般/较重 (the stage's range is wide enough to grade). */
  graded: boolean;
  note?: string;
}

interface Scheme {
  article: number;
  summary: string;
  stages: readonly Stage[];
  /** Offer the 不予处罚 tier of 行政处罚法 Art. 33 (not for hazards left in place or obstruction). */
  waiver: boolean;
  partyKinds: readonly PartyKind[];
}

const waiverTier = {
  label: '不予处罚',
  circumstance: '违法行为轻微并及时改正，没有造成危害后果的；或者初次违法且危害后果轻微并及时改正的（《行政处罚法》第三十三条第一款）',
};

const range = (w: Wan | null): FineRange | null => (w === null ? null : { minFen: wanToFen(w[0]), maxFen: wanToFen(w[1]) });

function outer(stages: readonly Stage[], pick: (s: Stage) => Wan | null): FineRange | null {
  const rs = stages.map(pick).filter((r): r is Wan => r !== null);
  if (rs.length === 0) return null;
  return { minFen: wanToFen(Math.min(...rs.map((r) => r[0]))), maxFen: wanToFen(Math.max(...rs.map((r) => r[1]))) };
}

/** Cut [a, b] at the given fractions, rounding inner boundaries to 0.1 万元 (1000 元). */
function cut(w: Wan | null, fractions: readonly number[]): (Wan | null)[] {
  if (w === null) return fractions.slice(1).map(() => null);
  const [a, b] = w;
  const points = fractions.map((f, i) => (i === 0 ? a : i === fractions.length - 1 ? b : Math.round((a + (b - a) * f) * 10) / 10));
  return points.slice(1).map((p, i) => [points[i]!, p] as const);
}

/** The two parts of a split escalation stage (@2026), e.g. 逾期未改正（较低档）/（较高档）. */
export const UNGRADED_LOWER = '，逾期后已着手整改或者经催告后改正，未造成危害后果的';
export const UNGRADED_HIGHER = '，逾期后仍拒不改正，或者导致事故隐患扩大、存在重大事故隐患，或者造成危害后果的';

interface Flavour {
  tag: '2021' | '2026';
  effectiveFrom: string;
  effectiveTo: string | null;
  gradedFractions: readonly number[];
  gradedLabels: readonly string[];
  gradedCircumstances: readonly string[];
  /** Split ungraded stages that carry a fine range into this many parts (1 = no split). */
  ungradedFractions: readonly number[];
  ungradedLabels: readonly string[];
  /** What sets the parts of a split ungraded stage apart (appended to the stage's circumstance). */
  ungradedCircumstances?: readonly string[];
  basis: (article: number) => string;
  source: string;
}

const flavour2021: Flavour = {
  tag: '2021',
  effectiveFrom: '2021-09-01',
  effectiveTo: '2026-01-31',
  gradedFractions: [0, 0.3, 0.7, 1],
  gradedLabels: ['较轻', '一般', '较重'],
  gradedCircumstances: [
    '初次违法、违法情节较轻，积极配合调查并及时整改的',
    '违法情节一般的',
    '违法情节较重，或者同时存在多项同类违法行为，或者一年内因同类违法行为受过处罚的',
  ],
  ungradedFractions: [0, 1],
  ungradedLabels: [''],
  basis: (a) =>
    `《安全生产法》（2021）第${a}条法定幅度；档次划分为系统示例（参照原国家安全监管总局令第31号《安全生产行政处罚自由裁量适用规则（试行）》从轻、一般、从重的思路），使用前须替换为本省裁量基准`,
  source: '法定幅度：《安全生产法》（2021）；档次：zhifa 示例数据',
};

const flavour2026: Flavour = {
  tag: '2026',
  effectiveFrom: '2026-02-01',
  effectiveTo: null,
  gradedFractions: [0, 0.2, 0.6, 1],
  gradedLabels: ['轻微', '一般', '严重'],
  gradedCircumstances: [
    '违法行为轻微、持续时间短、及时改正，未造成危害后果的',
    '不属于轻微或者严重情形的',
    '违法行为持续时间长、涉及人数多、存在重大事故隐患，或者拒不配合调查、多次违法的',
  ],
  ungradedFractions: [0, 0.5, 1],
  ungradedLabels: ['（较低档）', '（较高档）'],
  // Distinct circumstances for the two parts (issue 8: both read "经责令限期改正，逾期未改正的" before).
  ungradedCircumstances: [UNGRADED_LOWER, UNGRADED_HIGHER],
  basis: (a) =>
    `《安全生产违法行为行政处罚办法》（应急管理部令第18号，2026年2月1日起施行）；法定幅度仍为《安全生产法》（2021）第${a}条；档次结构参照《应急管理行政处罚裁量基准》（2024年发布）的示例设置，数值未经核实`,
  source: '法定幅度：《安全生产法》（2021）；档次：zhifa 示例数据（待替换为官方裁量基准）',
};

function buildVersion(slug: string, scheme: Scheme, penaltyKeys: readonly string[], f: Flavour): DiscretionVersion {
  const key = `discretion:${slug}@${f.tag}`;
  const tiers: DiscretionTier[] = [];
  const push = (t: Omit<DiscretionTier, 'key' | 'level'>) => tiers.push({ key: `${key}#${tiers.length + 1}`, level: tiers.length + 1, ...t });
  if (scheme.waiver) push({ ...waiverTier, noPenalty: true, unitFine: null, personFine: null, otherPenalties: [] });
  for (const st of scheme.stages) {
    const hasFine = st.unit !== null || st.person !== null;
    if (st.graded && hasFine) {
      const units = cut(st.unit, f.gradedFractions);
      const persons = cut(st.person, f.gradedFractions);
      f.gradedLabels.forEach((label, i) =>
        push({
          label: `${st.name}·${label}`,
          circumstance: `${st.circumstance}，${f.gradedCircumstances[i]}`,
          unitFine: range(units[i]!),
          personFine: range(persons[i]!),
          otherPenalties: st.other,
          ...(st.note ? { note: st.note } : {}),
        }),
      );
    } else if (hasFine && f.ungradedFractions.length > 2) {
      const units = cut(st.unit, f.ungradedFractions);
      const persons = cut(st.person, f.ungradedFractions);
      f.ungradedLabels.forEach((label, i) =>
        push({
          label: `${st.name}${label}`,
          circumstance: `${st.circumstance}${f.ungradedCircumstances?.[i] ?? ''}`,
          unitFine: range(units[i]!),
          personFine: range(persons[i]!),
          otherPenalties: st.other,
          ...(st.note ? { note: st.note } : {}),
        }),
      );
    } else {
      push({ label: st.name, circumstance: st.circumstance, unitFine: range(st.unit), personFine: range(st.person), otherPenalties: st.other, ...(st.note ? { note: st.note } : {}) });
    }
  }
  const statutory: StatutoryRange = {
    unitFine: outer(scheme.stages, (s) => s.unit),
    personFine: outer(scheme.stages, (s) => s.person),
    otherPenalties: [...new Set(scheme.stages.flatMap((s) => s.other))],
    summary: scheme.summary,
  };
  return {
    key,
    effectiveFrom: f.effectiveFrom,
    effectiveTo: f.effectiveTo,
    basis: f.basis(scheme.article),
    penaltyProvisionKeys: penaltyKeys,
    statutory,
    tiers,
    verified: false,
    illustrative: true,
    source: f.source,
  };
}

const SUSPEND: OtherPenalty = 'suspendForRectification';

/** 第九十七条 / 第一百零一条: ≤10万; 逾期未改正 停产停业整顿 + 10–20万 + 个人 2–5万. */
const scheme97 = (article: 97 | 101): Scheme => ({
  article,
  summary: '责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款',
  waiver: true,
  partyKinds: ['unit', 'person'],
  stages: [
    { name: '责令限期改正', circumstance: '责令限期改正', unit: [0, 10], person: null, other: [], graded: true },
    { name: '逾期未改正', circumstance: '经责令限期改正，逾期未改正的', unit: [10, 20], person: [2, 5], other: [SUSPEND], graded: false },
  ],
});

/** 第九十九条: ≤5万; 逾期未改正 5–20万 + 个人 1–2万; 情节严重 停产停业整顿. */
const scheme99: Scheme = {
  article: 99,
  summary: '责令限期改正，处五万元以下的罚款；逾期未改正的，处五万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款；情节严重的，责令停产停业整顿',
  waiver: true,
  partyKinds: ['unit', 'person'],
  stages: [
    { name: '责令限期改正', circumstance: '责令限期改正', unit: [0, 5], person: null, other: [], graded: true },
    { name: '逾期未改正', circumstance: '经责令限期改正，逾期未改正的', unit: [5, 20], person: [1, 2], other: [], graded: false },
    { name: '情节严重', circumstance: '逾期未改正且情节严重的（如存在重大事故隐患）', unit: [5, 20], person: [1, 2], other: [SUSPEND], graded: false },
  ],
};

/** 第一百零二条 */
const scheme102: Scheme = {
  article: 102,
  summary: '责令立即消除或者限期消除，处五万元以下的罚款；生产经营单位拒不执行的，责令停产停业整顿，对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的罚款',
  waiver: false,
  partyKinds: ['unit', 'person'],
  stages: [
    { name: '责令消除', circumstance: '责令立即消除或者限期消除事故隐患', unit: [0, 5], person: null, other: [], graded: true },
    { name: '拒不执行', circumstance: '生产经营单位拒不执行消除事故隐患决定的', unit: null, person: [5, 10], other: [SUSPEND], graded: false },
  ],
};

/** 第九十四条 (主要负责人) */
const scheme94: Scheme = {
  article: 94,
  summary: '责令限期改正，对主要负责人处二万元以上五万元以下的罚款；逾期未改正的，处五万元以上十万元以下的罚款，责令生产经营单位停产停业整顿',
  waiver: true,
  partyKinds: ['person'],
  stages: [
    { name: '责令限期改正', circumstance: '主要负责人未履行安全生产管理职责，责令限期改正', unit: null, person: [2, 5], other: [], graded: true },
    { name: '逾期未改正', circumstance: '经责令限期改正，逾期未改正的', unit: null, person: [5, 10], other: [SUSPEND], graded: false },
  ],
};

/** 第九十六条 (其他负责人、安全生产管理人员) */
const scheme96: Scheme = {
  article: 96,
  summary: '责令限期改正，处一万元以上三万元以下的罚款（导致事故的另按上一年年收入百分之二十至五十处罚，未建模）',
  waiver: true,
  partyKinds: ['person'],
  stages: [{ name: '责令限期改正', circumstance: '其他负责人或者安全生产管理人员未履行安全生产管理职责', unit: null, person: [1, 3], other: [], graded: true }],
};

/** 第九十三条 (资金投入) — no fine unless an accident happens. */
const scheme93: Scheme = {
  article: 93,
  summary: '责令限期改正，提供必需的资金；逾期未改正的，责令生产经营单位停产停业整顿（导致事故的另行处理，未建模）',
  waiver: false,
  partyKinds: ['unit'],
  stages: [
    { name: '责令限期改正', circumstance: '责令限期改正，提供必需的资金', unit: null, person: null, other: [], graded: false },
    { name: '逾期未改正', circumstance: '经责令限期改正，逾期未改正的', unit: null, person: null, other: [SUSPEND], graded: false },
  ],
};

/** 第九十八条 (建设项目) */
const scheme98: Scheme = {
  article: 98,
  summary: '责令停止建设或者停产停业整顿，限期改正，并处十万元以上五十万元以下的罚款，对直接责任人员处二万元以上五万元以下的罚款；逾期未改正的，处五十万元以上一百万元以下的罚款，对直接责任人员处五万元以上十万元以下的罚款',
  waiver: false,
  partyKinds: ['unit', 'person'],
  stages: [
    { name: '责令停止建设或者停产停业整顿', circumstance: '责令停止建设或者停产停业整顿，限期改正', unit: [10, 50], person: [2, 5], other: ['stopConstruction', SUSPEND], graded: true },
    { name: '逾期未改正', circumstance: '经责令限期改正，逾期未改正的', unit: [50, 100], person: [5, 10], other: ['stopConstruction', SUSPEND], graded: false },
  ],
};

/** 第一百零三条第一款 (发包、出租给不具备条件者) */
const scheme103a: Scheme = {
  article: 103,
  summary: '责令限期改正，没收违法所得；违法所得十万元以上的，并处违法所得二倍以上五倍以下的罚款；没有违法所得或者违法所得不足十万元的，单处或者并处十万元以上二十万元以下的罚款；对直接责任人员处一万元以上二万元以下的罚款',
  waiver: false,
  partyKinds: ['unit', 'person'],
  stages: [
    { name: '无违法所得或者违法所得不足十万元', circumstance: '没有违法所得或者违法所得不足十万元的', unit: [10, 20], person: [1, 2], other: ['confiscateIllegalGains'], graded: false },
    {
      name: '违法所得十万元以上',
      circumstance: '违法所得十万元以上的',
      unit: null,
      person: [1, 2],
      other: ['confiscateIllegalGains'],
      graded: false,
      note: '并处违法所得二倍以上五倍以下的罚款，按认定的违法所得计算，不是固定幅度',
    },
  ],
};

/** 第一百零三条第二款, 第一百零五条: ≤5万 + 个人≤1万; 逾期 停产停业整顿. */
const scheme5w1w = (article: 103 | 105, overdue: OtherPenalty, summary: string): Scheme => ({
  article,
  summary,
  waiver: true,
  partyKinds: ['unit', 'person'],
  stages: [
    { name: '责令限期改正', circumstance: '责令限期改正', unit: [0, 5], person: [0, 1], other: [], graded: true },
    { name: '逾期未改正', circumstance: '经责令限期改正，逾期未改正的', unit: null, person: null, other: [overdue], graded: false },
  ],
});

const scheme104: Scheme = { ...scheme5w1w(103, 'suspendProductionOrBusiness', ''), article: 104, summary: '责令限期改正，处五万元以下的罚款，对直接责任人员处一万元以下的罚款；逾期未改正的，责令停产停业' };

const scheme106: Scheme = {
  article: 106,
  summary: '协议无效；对生产经营单位的主要负责人、个人经营的投资人处二万元以上十万元以下的罚款',
  waiver: false,
  partyKinds: ['person'],
  stages: [{ name: '处罚', circumstance: '与从业人员订立免除或者减轻安全生产事故伤亡责任的协议', unit: null, person: [2, 10], other: [], graded: true }],
};

const scheme108: Scheme = {
  article: 108,
  summary: '责令改正；拒不改正的，处二万元以上二十万元以下的罚款；对直接责任人员处一万元以上二万元以下的罚款',
  waiver: false,
  partyKinds: ['unit', 'person'],
  stages: [
    { name: '责令改正', circumstance: '责令改正', unit: null, person: null, other: [], graded: false },
    { name: '拒不改正', circumstance: '经责令改正，拒不改正的', unit: [2, 20], person: [1, 2], other: [], graded: true },
  ],
};

const scheme109: Scheme = {
  article: 109,
  summary: '责令限期改正，处五万元以上十万元以下的罚款；逾期未改正的，处十万元以上二十万元以下的罚款',
  waiver: false,
  partyKinds: ['unit'],
  stages: [
    { name: '责令限期改正', circumstance: '责令限期改正', unit: [5, 10], person: null, other: [], graded: true },
    { name: '逾期未改正', circumstance: '经责令限期改正，逾期未改正的', unit: [10, 20], person: null, other: [], graded: false },
  ],
};

// ---------------------------------------------------------------------------------------------
// Violations
// ---------------------------------------------------------------------------------------------

interface ViolationInput {
  slug: string;
  code: string;
  name: string;
  violated: readonly string[];
  penalty: readonly string[];
  scheme: Scheme;
  note?: string;
}

function violation(v: ViolationInput): ViolationRecord {
  for (const k of [...v.violated, ...v.penalty]) provisionRef(k);
  return {
    key: `violation:${v.slug}`,
    code: v.code,
    name: v.name,
    violatedProvisionKeys: v.violated,
    penaltyProvisionKeys: v.penalty,
    partyKinds: v.scheme.partyKinds,
    discretionVersions: [buildVersion(v.slug, v.scheme, v.penalty, flavour2021), buildVersion(v.slug, v.scheme, v.penalty, flavour2026)],
    status: 'published',
    ...(v.note ? { note: v.note } : {}),
  };
}

export const AQ_098_02_NAME = '矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目没有安全设施设计或者安全设施设计未按照规定报经有关部门审查同意';
export const AQ_098_04_NAME = '矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目竣工投入生产或者使用前，安全设施未经验收合格';

const s97 = scheme97(97);
const s101 = scheme97(101);

export const violations: readonly ViolationRecord[] = [
  // --- 第九十七条 ---
  violation({ slug: 'no-safety-management-staff', code: 'AQ-097-01', name: '未按照规定设置安全生产管理机构或者配备安全生产管理人员', violated: [wsl(24, 1), wsl(24, 2)], penalty: [wsl(97, 1, 1)], scheme: s97 }),
  violation({ slug: 'no-registered-safety-engineer', code: 'AQ-097-01-2', name: '未按照规定配备注册安全工程师', violated: [wsl(27, 3)], penalty: [wsl(97, 1, 1)], scheme: s97 }),
  violation({ slug: 'managers-not-assessed', code: 'AQ-097-02', name: '主要负责人和安全生产管理人员未按照规定经考核合格', violated: [wsl(27, 2)], penalty: [wsl(97, 1, 2)], scheme: s97 }),
  violation({ slug: 'no-safety-training', code: 'AQ-097-03', name: '未按照规定对从业人员进行安全生产教育和培训', violated: [wsl(28, 1)], penalty: [wsl(97, 1, 3)], scheme: s97 }),
  violation({ slug: 'no-training-dispatched-interns', code: 'AQ-097-03-2', name: '未按照规定对被派遣劳动者、实习学生进行安全生产教育和培训', violated: [wsl(28, 2), wsl(28, 3)], penalty: [wsl(97, 1, 3)], scheme: s97 }),
  violation({ slug: 'no-training-new-process', code: 'AQ-097-03-3', name: '采用新工艺、新技术、新材料或者使用新设备，未对从业人员进行专门的安全生产教育和培训', violated: [wsl(29)], penalty: [wsl(97, 1, 3)], scheme: s97 }),
  violation({ slug: 'hazards-not-disclosed', code: 'AQ-097-03-4', name: '未按照规定如实告知从业人员作业场所和工作岗位存在的危险因素、防范措施以及事故应急措施', violated: [wsl(44, 1)], penalty: [wsl(97, 1, 3)], scheme: s97 }),
  violation({ slug: 'training-not-recorded', code: 'AQ-097-04', name: '未如实记录安全生产教育和培训情况', violated: [wsl(28, 4)], penalty: [wsl(97, 1, 4)], scheme: s97 }),
  violation({ slug: 'hazard-inspection-not-recorded', code: 'AQ-097-05', name: '未将事故隐患排查治理情况如实记录或者未向从业人员通报', violated: [wsl(41, 2)], penalty: [wsl(97, 1, 5)], scheme: s97 }),
  violation({ slug: 'no-emergency-plan', code: 'AQ-097-06', name: '未按照规定制定生产安全事故应急救援预案', violated: [wsl(81)], penalty: [wsl(97, 1, 6)], scheme: s97 }),
  violation({ slug: 'no-emergency-drill', code: 'AQ-097-06-2', name: '未定期组织生产安全事故应急救援演练', violated: [wsl(81)], penalty: [wsl(97, 1, 6)], scheme: s97 }),
  violation({ slug: 'special-operator-uncertified', code: 'AQ-097-07', name: '特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业', violated: [wsl(30, 1)], penalty: [wsl(97, 1, 7)], scheme: s97 }),
  // --- 第九十九条 ---
  violation({ slug: 'no-warning-signs', code: 'AQ-099-01', name: '未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志', violated: [wsl(35)], penalty: [wsl(99, 1, 1)], scheme: scheme99 }),
  violation({ slug: 'safety-equipment-not-to-standard', code: 'AQ-099-02', name: '安全设备的安装、使用、检测、改造和报废不符合国家标准或者行业标准', violated: [wsl(36, 1)], penalty: [wsl(99, 1, 2)], scheme: scheme99 }),
  violation({ slug: 'safety-equipment-not-maintained', code: 'AQ-099-03', name: '未对安全设备进行经常性维护、保养和定期检测', violated: [wsl(36, 2)], penalty: [wsl(99, 1, 3)], scheme: scheme99 }),
  violation({ slug: 'monitoring-disabled', code: 'AQ-099-04', name: '关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息', violated: [wsl(36, 3)], penalty: [wsl(99, 1, 4)], scheme: scheme99 }),
  violation({ slug: 'no-ppe', code: 'AQ-099-05', name: '未为从业人员提供符合国家标准或者行业标准的劳动防护用品', violated: [wsl(45)], penalty: [wsl(99, 1, 5)], scheme: scheme99 }),
  violation({ slug: 'uninspected-dangerous-goods-containers', code: 'AQ-099-06', name: '危险物品的容器、运输工具未经具有专业资质的机构检测、检验合格，取得安全使用证或者安全标志，投入使用', violated: [wsl(37)], penalty: [wsl(99, 1, 6)], scheme: scheme99 }),
  violation({ slug: 'obsolete-process-equipment', code: 'AQ-099-07', name: '使用应当淘汰的危及生产安全的工艺、设备', violated: [wsl(38, 3)], penalty: [wsl(99, 1, 7)], scheme: scheme99 }),
  violation({ slug: 'no-gas-alarm-catering', code: 'AQ-099-08', name: '餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置', violated: [wsl(36, 4)], penalty: [wsl(99, 1, 8)], scheme: scheme99 }),
  // --- 第一百零一条 ---
  violation({ slug: 'dangerous-goods-no-management', code: 'AQ-101-01', name: '生产、经营、运输、储存、使用危险物品或者处置废弃危险物品，未建立专门安全管理制度、未采取可靠的安全措施', violated: [wsl(39, 2)], penalty: [wsl(101, 1, 1)], scheme: s101 }),
  violation({ slug: 'major-hazard-source-unmanaged', code: 'AQ-101-02', name: '对重大危险源未登记建档，未进行定期检测、评估、监控，未制定应急预案，或者未告知应急措施', violated: [wsl(40, 1)], penalty: [wsl(101, 1, 2)], scheme: s101 }),
  violation({ slug: 'hazardous-work-unsupervised', code: 'AQ-101-03', name: '进行爆破、吊装、动火、临时用电以及其他危险作业，未安排专门人员进行现场安全管理', violated: [wsl(43)], penalty: [wsl(101, 1, 3)], scheme: s101 }),
  violation({ slug: 'no-risk-grading', code: 'AQ-101-04', name: '未建立安全风险分级管控制度或者未按照安全风险分级采取相应管控措施', violated: [wsl(41, 1)], penalty: [wsl(101, 1, 4)], scheme: s101 }),
  violation({ slug: 'no-hazard-inspection-system', code: 'AQ-101-05', name: '未建立事故隐患排查治理制度', violated: [wsl(41, 2)], penalty: [wsl(101, 1, 5)], scheme: s101 }),
  violation({ slug: 'major-hazard-not-reported', code: 'AQ-101-05-2', name: '重大事故隐患排查治理情况未按照规定报告', violated: [wsl(41, 2)], penalty: [wsl(101, 1, 5)], scheme: s101 }),
  // --- 第一百零二条 ---
  violation({ slug: 'hazard-not-eliminated', code: 'AQ-102', name: '未采取措施消除事故隐患', violated: [wsl(41, 2)], penalty: [wsl(102)], scheme: scheme102 }),
  // --- 第九十三、九十四、九十六条 ---
  violation({ slug: 'insufficient-safety-investment', code: 'AQ-093', name: '未依照规定保证安全生产所必需的资金投入，致使生产经营单位不具备安全生产条件', violated: [wsl(23, 1), wsl(20)], penalty: [wsl(93, 1)], scheme: scheme93 }),
  violation({ slug: 'principal-duties-not-performed', code: 'AQ-094', name: '生产经营单位的主要负责人未履行本法规定的安全生产管理职责', violated: [wsl(5), wsl(21)], penalty: [wsl(94, 1)], scheme: scheme94 }),
  violation({ slug: 'responsibility-system-not-established', code: 'AQ-094-2', name: '主要负责人未建立健全并落实全员安全生产责任制', violated: [wsl(21, 1, 1), wsl(22, 1), wsl(22, 2)], penalty: [wsl(94, 1)], scheme: scheme94 }),
  violation({ slug: 'rules-and-procedures-missing', code: 'AQ-094-3', name: '主要负责人未组织制定并实施本单位安全生产规章制度和操作规程', violated: [wsl(21, 1, 2), wsl(4, 1)], penalty: [wsl(94, 1)], scheme: scheme94 }),
  violation({ slug: 'safety-manager-duties-not-performed', code: 'AQ-096', name: '生产经营单位的其他负责人和安全生产管理人员未履行本法规定的安全生产管理职责', violated: [wsl(25, 1), wsl(46, 1)], penalty: [wsl(96)], scheme: scheme96 }),
  // --- 第九十八条 ---
  violation({ slug: 'no-safety-assessment', code: 'AQ-098-01', name: '未按照规定对矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目进行安全评价', violated: [wsl(32)], penalty: [wsl(98, 1, 1)], scheme: scheme98 }),
  // Names keep the scope of 第九十八条 (issue 8; see law-data-changes.ts).
  violation({ slug: 'safety-design-not-approved', code: 'AQ-098-02', name: AQ_098_02_NAME, violated: [wsl(33, 2)], penalty: [wsl(98, 1, 2)], scheme: scheme98, note: '名称依《安全生产法》（2021）第九十八条第二项，限于矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目（2026-12-07 更正）' }),
  violation({ slug: 'safety-facilities-not-accepted', code: 'AQ-098-04', name: AQ_098_04_NAME, violated: [wsl(34, 2), wsl(31)], penalty: [wsl(98, 1, 4)], scheme: scheme98, note: '名称依《安全生产法》（2021）第九十八条第四项，限于矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目（2026-12-07 更正）' }),
  // --- 第一百零三、一百零四、一百零五条 ---
  violation({ slug: 'outsourced-to-unqualified', code: 'AQ-103-1', name: '将生产经营项目、场所、设备发包或者出租给不具备安全生产条件或者相应资质的单位或者个人', violated: [wsl(49, 1)], penalty: [wsl(103, 1)], scheme: scheme103a }),
  violation({
    slug: 'contractor-not-coordinated',
    code: 'AQ-103-2',
    name: '未与承包单位、承租单位签订专门的安全生产管理协议或者未明确各自的安全生产管理职责，或者未对承包单位、承租单位的安全生产统一协调、管理',
    violated: [wsl(49, 2)],
    penalty: [wsl(103, 2)],
    scheme: scheme5w1w(103, SUSPEND, '责令限期改正，处五万元以下的罚款，对直接责任人员处一万元以下的罚款；逾期未改正的，责令停产停业整顿'),
  }),
  violation({ slug: 'shared-area-no-agreement', code: 'AQ-104', name: '两个以上生产经营单位在同一作业区域内进行可能危及对方安全生产的生产经营活动，未签订安全生产管理协议或者未指定专职安全生产管理人员进行安全检查与协调', violated: [wsl(48)], penalty: [wsl(104)], scheme: scheme104 }),
  violation({
    slug: 'dangerous-goods-near-dormitory',
    code: 'AQ-105-01',
    name: '生产、经营、储存、使用危险物品的车间、商店、仓库与员工宿舍在同一座建筑内，或者与员工宿舍的距离不符合安全要求',
    violated: [wsl(42, 1)],
    penalty: [wsl(105, 1, 1)],
    scheme: scheme5w1w(105, SUSPEND, '责令限期改正，处五万元以下的罚款，对直接责任人员处一万元以下的罚款；逾期未改正的，责令停产停业整顿'),
  }),
  violation({
    slug: 'exits-blocked',
    code: 'AQ-105-02',
    name: '生产经营场所和员工宿舍未设有符合紧急疏散需要、标志明显、保持畅通的出口、疏散通道，或者占用、锁闭、封堵生产经营场所或者员工宿舍出口、疏散通道',
    violated: [wsl(42, 2)],
    penalty: [wsl(105, 1, 2)],
    scheme: scheme5w1w(105, SUSPEND, '责令限期改正，处五万元以下的罚款，对直接责任人员处一万元以下的罚款；逾期未改正的，责令停产停业整顿'),
  }),
  // --- 第一百零六、一百零八、一百零九条 ---
  violation({ slug: 'liability-waiver-agreement', code: 'AQ-106', name: '与从业人员订立协议，免除或者减轻其对从业人员因生产安全事故伤亡依法应承担的责任', violated: [wsl(52, 2)], penalty: [wsl(106)], scheme: scheme106 }),
  violation({ slug: 'obstructing-inspection', code: 'AQ-108', name: '拒绝、阻碍负有安全生产监督管理职责的部门依法实施监督检查', violated: [wsl(66)], penalty: [wsl(108)], scheme: scheme108 }),
  violation({ slug: 'no-liability-insurance', code: 'AQ-109', name: '高危行业、领域的生产经营单位未按照国家规定投保安全生产责任保险', violated: [wsl(51, 2)], penalty: [wsl(109)], scheme: scheme109 }),
];

const byKey = new Map(violations.map((v) => [v.key, v]));

/** Resolve a violation key, throwing on a typo. */
export function violationRef(slug: string): string {
  const key = slug.startsWith('violation:') ? slug : `violation:${slug}`;
  if (!byKey.has(key)) throw new Error(`violations: unknown violation ${key}`);
  return key;
}
