/**
 * 自由裁量 (discretion): dated versions of the penalty ranges of one violation type, split into tiers.
 *
 * Conventions
 *  - Money is always integer 分 (fen). 1 元 = 100 分; "5万元" = 5_000_000 fen.
 *  - Dates are China calendar dates 'YYYY-MM-DD' (Asia/Shanghai, UTC+8, no DST).
 *  - effectiveFrom and effectiveTo are both inclusive; effectiveTo null = open-ended.
 *  - A FineRange with minFen 0 means "…以下" (no statutory minimum).
 *  - 从旧兼从轻 (行政处罚法 Art. 37): chooseDiscretion(versions, actDate, decisionDate) applies the
 *    version in force at the act unless the one in force at the decision is lighter, and says which
 *    applied and why (lighterOf is the older, version-level comparison).
 */

export type PartyKind = 'unit' | 'person';

export const partyKindLabel: Record<PartyKind, string> = {
  unit: '生产经营单位',
  person: '直接负责的主管人员和其他直接责任人员',
};

export interface FineRange {
  minFen: number;
  maxFen: number;
}

/** Penalties other than a fine (行政处罚法 Art. 9 kinds, as used by 安全生产法). */
export const otherPenalties = [
  'warning',
  'confiscateIllegalGains',
  'suspendForRectification',
  'suspendProductionOrBusiness',
  'stopConstruction',
  'revokeLicence',
  'suspendOrRevokeQualification',
  'closure',
] as const;
export type OtherPenalty = (typeof otherPenalties)[number];

export const otherPenaltyLabel: Record<OtherPenalty, string> = {
  warning: '警告',
  confiscateIllegalGains: '没收违法所得',
  suspendForRectification: '责令停产停业整顿',
  suspendProductionOrBusiness: '责令停产停业',
  stopConstruction: '责令停止建设',
  revokeLicence: '吊销有关证照',
  suspendOrRevokeQualification: '暂停或者吊销有关资格',
  closure: '提请关闭',
};

export interface DiscretionTier {
  key: string;
  /** 1 = lightest. */
  level: number;
  /** 档次名称, e.g. 较轻 / 一般 / 较重 / 严重 / 逾期未改正. */
  label: string;
  /** 适用情形 (circumstance). */
  circumstance: string;
  /** 不予处罚 (行政处罚法 Art. 33): no fine, no other penalty. */
  noPenalty?: boolean;
  unitFine: FineRange | null;
  personFine: FineRange | null;
  otherPenalties: readonly OtherPenalty[];
  note?: string;
}

export interface StatutoryRange {
  /** The widest unit fine the penalty provision allows in any circumstance. */
  unitFine: FineRange | null;
  personFine: FineRange | null;
  otherPenalties: readonly OtherPenalty[];
  /** Plain-language summary of the provision's structure (e.g. 逾期未改正 escalation). */
  summary: string;
}

export interface DiscretionVersion {
  key: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** 裁量依据 — which rule / benchmark this version implements. */
  basis: string;
  /** Keys of the law versions whose provisions this version applies (for display and audit). */
  penaltyProvisionKeys: readonly string[];
  statutory: StatutoryRange;
  tiers: readonly DiscretionTier[];
  /** false until checked against the official text. */
  verified: boolean;
  /** true when the tier split is a system example, not an adopted 裁量基准. */
  illustrative: boolean;
  source: string;
  note?: string;
}

export interface HasDiscretion {
  discretionVersions: readonly DiscretionVersion[];
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The China calendar date (UTC+8) of an instant, as 'YYYY-MM-DD'. */
export function toChinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function asDate(date: string | Date): string {
  if (date instanceof Date) return toChinaDate(date);
  const m = isoDate.exec(date);
  if (!m) throw new Error(`discretion: expected a 'YYYY-MM-DD' date, got ${JSON.stringify(date)}`);
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) throw new Error(`discretion: invalid date ${date}`);
  return date;
}

export function isInForce(version: Pick<DiscretionVersion, 'effectiveFrom' | 'effectiveTo'>, date: string | Date): boolean {
  const d = asDate(date);
  return version.effectiveFrom <= d && (version.effectiveTo === null || d <= version.effectiveTo);
}

/**
 * The discretion version in force on `date` (the violation date, per 行政处罚法 Art. 37), or null
 * if none is. If versions overlap (a data error, see validateDiscretionVersions) the one that
 * started last wins.
 */
export function applicableDiscretion(violation: HasDiscretion, date: string | Date): DiscretionVersion | null {
  const d = asDate(date);
  let best: DiscretionVersion | null = null;
  for (const v of violation.discretionVersions) {
    if (!isInForce(v, d)) continue;
    if (best === null || v.effectiveFrom > best.effectiveFrom) best = v;
  }
  return best;
}

/** Shorthand: the tiers in force on `date` ([] if no version is in force). */
export function applicableTiers(violation: HasDiscretion, date: string | Date): readonly DiscretionTier[] {
  return applicableDiscretion(violation, date)?.tiers ?? [];
}

/** The fine range of a tier for a unit or for a responsible person; null = no fine of that kind. */
export function fineRangeFor(tier: DiscretionTier, partyKind: PartyKind): FineRange | null {
  if (tier.noPenalty) return null;
  return partyKind === 'unit' ? tier.unitFine : tier.personFine;
}

export function isWithinRange(amountFen: number, range: FineRange): boolean {
  return Number.isInteger(amountFen) && amountFen >= range.minFen && amountFen <= range.maxFen;
}

/**
 * Of two versions (at violation date and at decision date), the one with the lower maximum unit
 * fine — a first approximation of "处罚较轻" for 从旧兼从轻. Returns `older` on a tie.
 */
export function lighterOf(older: DiscretionVersion, newer: DiscretionVersion): DiscretionVersion {
  const max = (v: DiscretionVersion) => Math.max(v.statutory.unitFine?.maxFen ?? 0, v.statutory.personFine?.maxFen ?? 0);
  return max(newer) < max(older) ? newer : older;
}

export type DiscretionRule = 'sameVersion' | 'old' | 'lighterNew' | 'noneAtAct' | 'none';

export interface DiscretionChoice<V extends DiscretionVersion = DiscretionVersion> {
  /** The version that applies. */
  version: V | null;
  /** In force on the date of the act, and on the date of the decision. */
  atAct: V | null;
  atDecision: V | null;
  rule: DiscretionRule;
  /** Which version applied and why, in Chinese, for the API and the UI. */
  reason: string;
}

const lighter = (older: DiscretionVersion, newer: DiscretionVersion): boolean => {
  const max = (v: DiscretionVersion) => Math.max(v.statutory.unitFine?.maxFen ?? 0, v.statutory.personFine?.maxFen ?? 0);
  const min = (v: DiscretionVersion) => Math.max(v.statutory.unitFine?.minFen ?? 0, v.statutory.personFine?.minFen ?? 0);
  return max(newer) < max(older) || (max(newer) === max(older) && min(newer) < min(older));
};

const period = (v: DiscretionVersion) => `${v.effectiveFrom} 起${v.effectiveTo ? `至 ${v.effectiveTo}` : ''}施行的版本`;

/**
 * 从旧兼从轻 (行政处罚法第三十七条): the version in force when the act was committed, unless the
 * version in force at the decision is lighter (lower statutory maximum, then lower minimum), in which
 * case the lighter one applies. Says which one applied and why.
 */
export function chooseDiscretion<V extends DiscretionVersion>(versions: readonly V[], actDate: string | Date, decisionDate: string | Date): DiscretionChoice<V> {
  const act = asDate(actDate);
  const decision = asDate(decisionDate);
  const atAct = applicableDiscretion({ discretionVersions: versions }, act) as V | null;
  const atDecision = applicableDiscretion({ discretionVersions: versions }, decision) as V | null;
  if (!atAct && !atDecision) return { version: null, atAct, atDecision, rule: 'none', reason: `违法行为发生时（${act}）和作出决定时（${decision}）均没有施行的裁量版本` };
  if (!atAct) return { version: null, atAct, atDecision, rule: 'noneAtAct', reason: `违法行为发生时（${act}）施行的裁量版本未录入，不能套用作出决定时${period(atDecision!)}；须按当时的规定人工确定，新规定较轻的从轻（行政处罚法第三十七条）` };
  if (!atDecision || atDecision.key === atAct.key) return { version: atAct, atAct, atDecision, rule: 'sameVersion', reason: `适用违法行为发生时（${act}）施行的版本（${period(atAct)}）；作出决定时规定未变（行政处罚法第三十七条）` };
  if (lighter(atAct, atDecision)) {
    return { version: atDecision, atAct, atDecision, rule: 'lighterNew', reason: `作出决定时（${decision}）施行的版本处罚较轻，从轻适用新规定（${period(atDecision)}），不适用违法行为发生时（${act}）的版本（行政处罚法第三十七条）` };
  }
  return { version: atAct, atAct, atDecision, rule: 'old', reason: `适用违法行为发生时（${act}）施行的版本（${period(atAct)}）；作出决定时（${decision}）的版本处罚不轻于旧规定，不从新（行政处罚法第三十七条）` };
}

/** yuan → fen, rejecting fractions of a fen. */
export function yuanToFen(yuan: number): number {
  const fen = Math.round(yuan * 100);
  if (Math.abs(fen - yuan * 100) > 1e-6) throw new Error(`yuanToFen: ${yuan} has more than two decimals`);
  return fen;
}

/** 万元 → fen (the unit most statutes use). */
export function wanToFen(wan: number): number {
  return yuanToFen(wan * 10_000);
}

/** "5万元", "1.5万元", "5000元", "0元", "123.45元". */
export function formatFen(fen: number): string {
  if (fen >= 1_000_000 && fen % 100_000 === 0) return `${fen / 1_000_000}万元`;
  if (fen % 100 === 0) return `${fen / 100}元`;
  return `${(fen / 100).toFixed(2)}元`;
}

/** "5万元以下" / "1万元以上2万元以下" — the statute's own phrasing. */
export function formatFineRange(range: FineRange): string {
  if (range.minFen === 0) return `${formatFen(range.maxFen)}以下`;
  if (range.minFen === range.maxFen) return formatFen(range.minFen);
  return `${formatFen(range.minFen)}以上${formatFen(range.maxFen)}以下`;
}

function rangeProblems(where: string, r: FineRange | null, outer: FineRange | null): string[] {
  if (r === null) return [];
  const out: string[] = [];
  if (!Number.isInteger(r.minFen) || !Number.isInteger(r.maxFen)) out.push(`${where}: amounts must be integer fen`);
  if (r.minFen < 0 || r.minFen > r.maxFen) out.push(`${where}: invalid range ${r.minFen}–${r.maxFen}`);
  if (outer === null) out.push(`${where}: fine given but the statute allows none`);
  else if (r.minFen < outer.minFen || r.maxFen > outer.maxFen) out.push(`${where}: ${r.minFen}–${r.maxFen} is outside the statutory ${outer.minFen}–${outer.maxFen}`);
  return out;
}

/**
 * Data checks for the versions of one violation: date order, no overlap, tiers numbered 1..n,
 * every tier inside the statutory range. Returns human-readable problems ([] = fine).
 */
export function validateDiscretionVersions(versions: readonly DiscretionVersion[]): string[] {
  const problems: string[] = [];
  const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  for (const v of sorted) {
    try {
      asDate(v.effectiveFrom);
      if (v.effectiveTo !== null) asDate(v.effectiveTo);
    } catch (e) {
      problems.push(`${v.key}: ${(e as Error).message}`);
      continue;
    }
    if (v.effectiveTo !== null && v.effectiveTo < v.effectiveFrom) problems.push(`${v.key}: effectiveTo before effectiveFrom`);
    v.tiers.forEach((t, i) => {
      if (t.level !== i + 1) problems.push(`${t.key}: level ${t.level}, expected ${i + 1}`);
      if (t.noPenalty && (t.unitFine || t.personFine || t.otherPenalties.length > 0)) problems.push(`${t.key}: 不予处罚 tier carries a penalty`);
      problems.push(...rangeProblems(`${t.key} unit`, t.unitFine, v.statutory.unitFine));
      problems.push(...rangeProblems(`${t.key} person`, t.personFine, v.statutory.personFine));
      for (const p of t.otherPenalties) if (!v.statutory.otherPenalties.includes(p)) problems.push(`${t.key}: ${p} not allowed by the statute`);
    });
  }
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.effectiveTo === null || prev.effectiveTo >= cur.effectiveFrom) problems.push(`${prev.key} overlaps ${cur.key}`);
  }
  return problems;
}
