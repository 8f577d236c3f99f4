import type { HolidayYear, Period } from './rule-values';

/**
 * Counting periods on the China calendar. Working days skip weekends and the official holidays and
 * count the make-up working days (调休); the first day is not counted (the period starts the next
 * day). A calendar-day deadline that ends on a day off moves to the next working day (民事诉讼法 期间).
 * A year with no holiday data counts weekends only and says so (`complete: false`).
 */

const DAY = 86_400_000;
const parse = (d: string): number => Date.parse(`${d}T00:00:00Z`);
const fmt = (t: number): string => new Date(t).toISOString().slice(0, 10);
export const addDays = (d: string, n: number): string => fmt(parse(d) + n * DAY);

export interface Calendar {
  years: ReadonlyMap<number, HolidayYear>;
}

export interface DayInfo {
  working: boolean;
  /** False when the year's holiday arrangement is not in the data. */
  known: boolean;
  verified: boolean;
}

export function dayInfo(cal: Calendar, date: string): DayInfo {
  const y = cal.years.get(Number(date.slice(0, 4)));
  const weekday = new Date(parse(date)).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  if (!y) return { working: !weekend, known: false, verified: false };
  if (y.workdays.includes(date)) return { working: true, known: true, verified: y.verified };
  if (y.holidays.includes(date)) return { working: false, known: true, verified: y.verified };
  return { working: !weekend, known: true, verified: y.verified };
}

export interface PeriodEnd {
  date: string;
  /** Every day counted had holiday data. */
  complete: boolean;
  /** …and that data is marked verified. */
  verified: boolean;
}

export function periodEnd(cal: Calendar, start: string, period: Period, opts: { rollToWorkingDay: boolean } = { rollToWorkingDay: true }): PeriodEnd {
  let complete = true;
  let verified = true;
  const look = (d: string) => {
    const info = dayInfo(cal, d);
    complete &&= info.known;
    verified &&= info.verified;
    return info;
  };
  let d = start;
  if (period.unit === 'workingDays') {
    let left = period.days;
    while (left > 0) {
      d = addDays(d, 1);
      if (look(d).working) left--;
    }
    return { date: d, complete, verified: complete && verified };
  }
  d = addDays(start, period.days);
  if (opts.rollToWorkingDay) while (!look(d).working) d = addDays(d, 1);
  return { date: d, complete, verified: complete && verified };
}
