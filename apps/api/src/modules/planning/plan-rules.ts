/** Pure rules of annual plans: monthly derivation and the frequency / duplication check of scheduling. */

export interface ItemForMonths {
  id: string;
  keyCount: number;
  randomCount: number;
  frequency: number;
  months: number[];
  unitId: string | null;
  sector: string | null;
}

/** Inspections an item plans for the year: each key enterprise `frequency` times, plus the random draws. */
export const plannedInspections = (i: Pick<ItemForMonths, 'keyCount' | 'randomCount' | 'frequency'>): number => i.keyCount * i.frequency + i.randomCount;

/** Spreads an item's inspections over its months as evenly as possible, earlier months first. */
export function deriveMonthly(items: readonly ItemForMonths[]): { itemId: string; month: number; unitId: string | null; sector: string | null; planned: number }[] {
  const out: { itemId: string; month: number; unitId: string | null; sector: string | null; planned: number }[] = [];
  for (const i of items) {
    const months = [...i.months].sort((a, b) => a - b);
    const total = plannedInspections(i);
    const base = Math.floor(total / months.length);
    const extra = total % months.length;
    months.forEach((m, k) => out.push({ itemId: i.id, month: m, unitId: i.unitId, sector: i.sector, planned: base + (k < extra ? 1 : 0) }));
  }
  return out;
}

export interface SchedulingFacts {
  enterpriseName: string;
  /** Tasks (not cancelled) for it this year, any agency. */
  countThisYear: number;
  cap: number | null;
  /** Other agencies' tasks for it in the same month. */
  otherAgencies: { agencyName: string; month: string }[];
}

/** Why scheduling one more inspection would exceed the cap or duplicate another level's (empty when fine). */
export function schedulingProblems(f: SchedulingFacts): string[] {
  const p: string[] = [];
  if (f.cap !== null && f.countThisYear + 1 > f.cap) p.push(`“${f.enterpriseName}”本年度已安排 ${f.countThisYear} 次检查，年度上限为 ${f.cap} 次（分级分类）`);
  for (const o of f.otherAgencies) p.push(`“${f.enterpriseName}”已由${o.agencyName}安排在 ${o.month} 检查，同一时段多层级重复检查（安监总政法〔2017〕150号）`);
  return p;
}
