import { describe, expect, it } from 'vitest';
import type { HolidayYear } from './rule-values';
import { periodEnd } from './working-days';

// 2025: 国庆、中秋 10月1日至8日放假，9月28日（周日）、10月11日（周六）上班.
const y2025: HolidayYear = {
  year: 2025,
  holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
  workdays: ['2025-09-28', '2025-10-11'],
  verified: true,
};
const cal = { years: new Map([[2025, y2025]]) };

describe('periods on the China calendar', () => {
  it('counts 7 working days from the day after, skipping weekends', () => {
    // Mon 2025-06-09 → Tue 06-10 … Wed 06-18.
    expect(periodEnd(cal, '2025-06-09', { days: 7, unit: 'workingDays' })).toEqual({ date: '2025-06-18', complete: true, verified: true });
  });

  it('skips the National Day holiday and counts the make-up working days', () => {
    // Fri 2025-09-26 → Sun 09-28 (worked) is day 1, Mon 09-29 day 2, Tue 09-30 day 3, Thu 10-09 day 4, Fri 10-10 day 5, Sat 10-11 (worked) day 6, Mon 10-13 day 7.
    expect(periodEnd(cal, '2025-09-26', { days: 7, unit: 'workingDays' }).date).toBe('2025-10-13');
  });

  it('moves a calendar-day deadline that ends on a day off to the next working day, unless asked not to', () => {
    expect(periodEnd(cal, '2025-09-16', { days: 15, unit: 'calendarDays' }).date).toBe('2025-10-09');
    expect(periodEnd(cal, '2025-09-16', { days: 15, unit: 'calendarDays' }, { rollToWorkingDay: false }).date).toBe('2025-10-01');
  });

  it('says when a year has no holiday data (weekends only)', () => {
    expect(periodEnd(cal, '2024-12-30', { days: 7, unit: 'workingDays' })).toEqual({ date: '2025-01-08', complete: false, verified: false });
  });
});
