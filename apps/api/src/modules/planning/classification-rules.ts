/**
 * 分级分类 as dated rule data: the value of rule key `planning.classification` (one per province or
 * nationally, with effective dates) says how an enterprise's supervising agency level and risk class
 * (A best … D worst) follow from sector, 安全生产标准化 level, major hazard sources, accidents and credit,
 * and the annual inspection floor and cap per class. Pure; the presets are the starting values an
 * administrator applies (reference §4.2).
 */
export const riskClasses = ['A', 'B', 'C', 'D'] as const;
export type RiskClass = (typeof riskClasses)[number];
export const agencyLevels = ['province', 'city', 'county'] as const;
export type AgencyLevel = (typeof agencyLevels)[number];
export const agencyLevelLabel: Record<AgencyLevel, string> = { province: '省级', city: '市级', county: '县级' };

export interface FrequencyGroup {
  label: string;
  /** Sectors of the group; the last group with an empty list takes every other sector. */
  sectors: string[];
  floor: Record<RiskClass, number>;
  cap: Record<RiskClass, number>;
}

export interface ClassificationRule {
  preset: string;
  name: string;
  /** Class from the 标准化 level (`none` also for a missing level). */
  base: Record<'level1' | 'level2' | 'level3' | 'none', RiskClass>;
  /** A fatal accident within this many months → D. */
  fatalAccidentMonths: number;
  /** Any accident within this many months → one class worse. */
  accidentMonths: number;
  /** Credit status → classes worse (dishonest ⇒ D whatever the number). */
  creditWorsen: { poor: number; dishonest: number };
  /** A major hazard source of this level puts the class at least at the given one. */
  majorHazardAtLeast: Partial<Record<'level1' | 'level2' | 'level3' | 'level4', RiskClass>>;
  /** Supervising level: major hazard levels or sectors that go to the province or city; the rest county. */
  levels: { province: { majorHazardLevels: string[] }; city: { sectors: string[]; majorHazardLevels: string[] } };
  frequency: FrequencyGroup[];
}

export interface ClassificationInputs {
  sector: string;
  standardizationLevel: string | null;
  majorHazardLevels: string[];
  lastAccidentOn: string | null;
  lastFatalAccidentOn: string | null;
  creditStatus: 'good' | 'normal' | 'poor' | 'dishonest';
}

export interface Classification {
  agencyLevel: AgencyLevel;
  riskClass: RiskClass;
  frequencyFloor: number;
  frequencyCap: number;
  group: string;
  reasons: string[];
}

const stdLabel: Record<string, string> = { level1: '一级', level2: '二级', level3: '三级', none: '未定级' };
const hazardLabel: Record<string, string> = { level1: '一级', level2: '二级', level3: '三级', level4: '四级' };
const worse = (c: RiskClass, n: number): RiskClass => riskClasses[Math.min(3, riskClasses.indexOf(c) + n)]!;
const atLeast = (c: RiskClass, min: RiskClass): RiskClass => (riskClasses.indexOf(c) < riskClasses.indexOf(min) ? min : c);

/** The date `months` months before `date` (YYYY-MM-DD), day clamped. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12), nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function frequencyGroupOf(rule: ClassificationRule, sector: string): FrequencyGroup {
  return rule.frequency.find((g) => g.sectors.includes(sector)) ?? rule.frequency.find((g) => g.sectors.length === 0) ?? rule.frequency[rule.frequency.length - 1]!;
}

/** Classifies one enterprise on `date` (YYYY-MM-DD); every step that moved the result is a reason. */
export function classify(rule: ClassificationRule, x: ClassificationInputs, date: string): Classification {
  const reasons: string[] = [];
  const std = (x.standardizationLevel ?? 'none') as keyof ClassificationRule['base'];
  let c: RiskClass = rule.base[std] ?? rule.base.none;
  reasons.push(`安全生产标准化${stdLabel[std] ?? '未定级'} → ${c} 类`);
  for (const lvl of x.majorHazardLevels) {
    const min = rule.majorHazardAtLeast[lvl as keyof ClassificationRule['majorHazardAtLeast']];
    if (min && atLeast(c, min) !== c) {
      c = atLeast(c, min);
      reasons.push(`有${hazardLabel[lvl] ?? lvl}重大危险源 → 至少 ${min} 类`);
    }
  }
  if (x.lastAccidentOn && x.lastAccidentOn >= monthsBefore(date, rule.accidentMonths) && x.lastAccidentOn <= date && c !== 'D') {
    c = worse(c, 1);
    reasons.push(`近 ${rule.accidentMonths} 个月发生生产安全事故（${x.lastAccidentOn}）→ 降一类为 ${c} 类`);
  }
  if (x.creditStatus === 'poor' && rule.creditWorsen.poor > 0 && c !== 'D') {
    c = worse(c, rule.creditWorsen.poor);
    reasons.push(`信用状况较差 → 降为 ${c} 类`);
  }
  if (x.creditStatus === 'dishonest' && c !== 'D') {
    c = worse(c, rule.creditWorsen.dishonest);
    reasons.push(`列入失信名单 → ${c} 类`);
  }
  if (x.lastFatalAccidentOn && x.lastFatalAccidentOn >= monthsBefore(date, rule.fatalAccidentMonths) && x.lastFatalAccidentOn <= date && c !== 'D') {
    c = 'D';
    reasons.push(`近 ${rule.fatalAccidentMonths} 个月发生死亡事故（${x.lastFatalAccidentOn}）→ D 类`);
  }
  let level: AgencyLevel = 'county';
  if (x.majorHazardLevels.some((l) => rule.levels.province.majorHazardLevels.includes(l))) {
    level = 'province';
    reasons.push('构成省级监管的重大危险源 → 省级执法');
  } else if (rule.levels.city.sectors.includes(x.sector) || x.majorHazardLevels.some((l) => rule.levels.city.majorHazardLevels.includes(l))) {
    level = 'city';
    reasons.push('行业领域或重大危险源属市级监管 → 市级执法');
  } else {
    reasons.push('其他企业 → 县级执法（一家企业对应一个层级）');
  }
  const g = frequencyGroupOf(rule, x.sector);
  reasons.push(`${g.label} ${c} 类：年度检查不少于 ${g.floor[c]} 次、不超过 ${g.cap[c]} 次`);
  return { agencyLevel: level, riskClass: c, frequencyFloor: g.floor[c], frequencyCap: g.cap[c], group: g.label, reasons };
}

/** Checks a rule value's shape; returns Chinese problems (empty when usable). */
export function ruleProblems(rule: ClassificationRule): string[] {
  const p: string[] = [];
  if (!rule.frequency?.length) p.push('频次分组：至少一组');
  for (const g of rule.frequency ?? []) {
    for (const c of riskClasses) {
      const f = g.floor?.[c], k = g.cap?.[c];
      if (!Number.isInteger(f) || !Number.isInteger(k) || f! < 0 || k! < 0) p.push(`频次分组“${g.label}”${c} 类：下限与上限应为非负整数`);
      else if (f! > k!) p.push(`频次分组“${g.label}”${c} 类：下限 ${f} 不能大于上限 ${k}`);
    }
  }
  return p;
}

const cls = (a: number, b: number, c: number, d: number): Record<RiskClass, number> => ({ A: a, B: b, C: c, D: d });
const highRisk = ['hazchem', 'metallurgy', 'nonferrous'];
const commonAdjust = {
  base: { level1: 'A', level2: 'B', level3: 'C', none: 'D' } as ClassificationRule['base'],
  fatalAccidentMonths: 12,
  accidentMonths: 12,
  creditWorsen: { poor: 1, dishonest: 3 },
  majorHazardAtLeast: { level1: 'C', level2: 'C', level3: 'B' } as ClassificationRule['majorHazardAtLeast'],
  levels: { province: { majorHazardLevels: ['level1'] }, city: { sectors: ['hazchem', 'nonCoalMine', 'fireworks', 'metallurgy', 'nonferrous'], majorHazardLevels: ['level2'] } },
};

/** Presets an administrator applies as dated rule values. */
export const classificationPresets: { code: string; label: string; source: string; verified: boolean; rule: ClassificationRule }[] = [
  {
    code: 'shanxi-2025',
    label: '山西省（2025）年度检查频次上限',
    source: '山西省应急管理厅 2025 年执法检查频次规定（reference §4.2）',
    verified: false,
    rule: {
      preset: 'shanxi-2025',
      name: '山西省（2025）',
      ...commonAdjust,
      frequency: [
        { label: '危险化学品、金属冶炼', sectors: highRisk, floor: cls(1, 1, 2, 4), cap: cls(2, 4, 8, 12) },
        { label: '非煤矿山', sectors: ['nonCoalMine'], floor: cls(0, 1, 1, 2), cap: cls(1, 1, 2, 4) },
        { label: '非高危行业（工贸等）', sectors: [], floor: cls(0, 1, 1, 2), cap: cls(1, 2, 4, 6) },
      ],
    },
  },
  {
    code: 'national-default',
    label: '通用默认值（未核实，供省级调整）',
    source: '按安全生产法第六十二条分类分级原则设定的默认值 [I]',
    verified: false,
    rule: {
      preset: 'national-default',
      name: '通用默认值',
      ...commonAdjust,
      frequency: [
        { label: '高危行业', sectors: [...highRisk, 'nonCoalMine', 'fireworks'], floor: cls(1, 1, 2, 4), cap: cls(2, 3, 6, 12) },
        { label: '一般行业', sectors: [], floor: cls(0, 1, 1, 2), cap: cls(1, 2, 4, 6) },
      ],
    },
  },
];
