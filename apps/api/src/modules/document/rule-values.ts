/**
 * Statutory periods as dated rule data (rule_values, CONVENTIONS "Rules as data"): the service asks
 * "what applies on this date", never a bare constant. Pure helpers over rows already loaded.
 */

export interface RuleRow {
  key: string;
  jurisdictionAgencyId: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  value: unknown;
  source: string | null;
  verified: boolean;
}

/** The row of `key` in force on `date` (YYYY-MM-DD); an agency's own row wins over the national one. */
export function ruleInForce(rows: readonly RuleRow[], key: string, date: string, agencyIds: readonly string[] = []): RuleRow | null {
  const candidates = rows.filter((r) => r.key === key && r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo));
  const local = candidates.filter((r) => r.jurisdictionAgencyId && agencyIds.includes(r.jurisdictionAgencyId));
  const pick = (list: RuleRow[]) => list.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
  return pick(local) ?? pick(candidates.filter((r) => r.jurisdictionAgencyId === null));
}

/** A period: `{ days, unit }` where unit is workingDays (行政处罚法第八十五条) or calendarDays. */
export interface Period {
  days: number;
  unit: 'workingDays' | 'calendarDays';
}

export function periodOf(row: RuleRow | null): Period | null {
  const v = row?.value as Partial<Period> | undefined;
  if (!v || typeof v.days !== 'number' || (v.unit !== 'workingDays' && v.unit !== 'calendarDays')) return null;
  return { days: v.days, unit: v.unit };
}

/** One year of the official holiday arrangement: days off on weekdays, and weekend days worked (调休). */
export interface HolidayYear {
  year: number;
  holidays: readonly string[];
  workdays: readonly string[];
  verified: boolean;
}

export function holidayYears(rows: readonly RuleRow[], key = 'calendar.cn.holidays'): Map<number, HolidayYear> {
  const out = new Map<number, HolidayYear>();
  for (const r of rows) {
    if (r.key !== key) continue;
    const v = r.value as { year?: number; holidays?: string[]; workdays?: string[] };
    if (typeof v.year === 'number') out.set(v.year, { year: v.year, holidays: v.holidays ?? [], workdays: v.workdays ?? [], verified: r.verified });
  }
  return out;
}
