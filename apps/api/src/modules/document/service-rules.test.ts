import { describe, expect, it } from 'vitest';
import type { RuleRow } from './rule-values';
import { RULE_ABSENT_DELIVERY, RULE_CALENDAR, RULE_PAYMENT, RULE_PUBLIC_NOTICE, serviceDeadlines, serviceProblems } from './service-rules';

const row = (key: string, from: string, to: string | null, value: unknown, verified = false): RuleRow => ({ key, jurisdictionAgencyId: null, effectiveFrom: from, effectiveTo: to, value, source: `source of ${key}`, verified });
const rules: RuleRow[] = [
  row(RULE_ABSENT_DELIVERY, '1996-10-01', '2021-07-14', { days: 7, unit: 'calendarDays' }),
  row(RULE_ABSENT_DELIVERY, '2021-07-15', null, { days: 7, unit: 'workingDays' }),
  row(RULE_PUBLIC_NOTICE, '1991-04-09', '2021-12-31', { days: 60, unit: 'calendarDays' }),
  row(RULE_PUBLIC_NOTICE, '2022-01-01', null, { days: 30, unit: 'calendarDays' }),
  row(RULE_PAYMENT, '1996-10-01', null, { days: 15, unit: 'calendarDays' }),
  row(RULE_CALENDAR, '2025-01-01', '2025-12-31', { year: 2025, holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'] }, true),
];

describe('service rules', () => {
  it('refuses electronic service without the party’s consent, and 留置 without a witness', () => {
    const ctx = { issuedOn: '2025-06-09', today: '2025-06-20' };
    expect(serviceProblems({ method: 'electronic', servedAt: '2025-06-10T09:00', consentFound: false }, ctx)[0]).toMatchObject({ path: 'body.method', message: expect.stringMatching(/^送达方式：电子送达须经受送达人同意/) });
    expect(serviceProblems({ method: 'electronic', servedAt: '2025-06-10T09:00', consentFound: true, consentSignedOn: '2025-06-01' }, ctx)).toEqual([]);
    expect(serviceProblems({ method: 'left', servedAt: '2025-06-10T09:00', consentFound: false }, ctx)[0]!.path).toBe('body.witnessName');
    expect(serviceProblems({ method: 'left', servedAt: '2025-06-10T09:00', consentFound: false, witnessName: '村委会主任' }, ctx)).toEqual([]);
    expect(serviceProblems({ method: 'direct', servedAt: '2025-06-08T09:00', consentFound: false }, ctx)[0]!.message).toMatch(/不能早于文书签发日期/);
    expect(serviceProblems({ method: 'direct', servedAt: '2025-06-21T09:00', consentFound: false }, ctx)[0]!.message).toMatch(/不能晚于今天/);
  });

  it('accepts direct service only with the recipient’s signature or a photo of the signed receipt', () => {
    const ctx = { issuedOn: '2025-06-09', today: '2025-06-20' };
    expect(serviceProblems({ method: 'direct', servedAt: '2025-06-10T09:00', consentFound: false }, ctx)).toEqual([{ path: 'body.recipientSignatureFileId', message: expect.stringMatching(/^受送达人签收：直接送达须有受送达人在送达回执上签名.*留置送达/) }]);
    expect(serviceProblems({ method: 'direct', servedAt: '2025-06-10T09:00', consentFound: false, recipientSigned: true }, ctx)).toEqual([]);
    expect(serviceProblems({ method: 'direct', servedAt: '2025-06-10T09:00', consentFound: false, receiptPhoto: true }, ctx)).toEqual([]);
  });

  it('accepts 公告送达 only with a recorded ground and the failed attempts it rests on', () => {
    const ctx = { issuedOn: '2025-06-09', today: '2025-06-20' };
    const first = serviceProblems({ method: 'publicNotice', servedAt: '2025-06-18T09:00', consentFound: false }, ctx);
    expect(first.map((e) => e.path)).toEqual(['body.publicNoticeGround', 'body.failedAttempts']);
    expect(first[1]!.message).toMatch(/不能作为首选送达方式/);
    const ok = { method: 'publicNotice' as const, servedAt: '2025-06-18T09:00', consentFound: false, publicNoticeGround: 'otherMethodsFailed', failedAttempts: [{ method: 'post' as const, attemptedOn: '2025-06-10', result: '邮件以“查无此人”退回' }] };
    expect(serviceProblems(ok, ctx)).toEqual([]);
    const early = serviceProblems({ ...ok, failedAttempts: [{ method: 'post', attemptedOn: '2025-06-01', result: '退回' }] }, ctx);
    expect(early).toEqual([{ path: 'body.failedAttempts.0.attemptedOn', message: '送达日期：应在文书签发日期 2025-06-09 与公告日期 2025-06-18 之间' }]);
  });

  it('computes the dated periods: 7 working days since the 2021 law, 7 calendar days before', () => {
    const now = serviceDeadlines({ decidedOn: '2025-09-26', isDecision: true, hasFine: false, service: { method: 'direct', servedOn: '2025-10-13' } }, rules)[0]!;
    expect(now).toMatchObject({ key: 'service.absentDelivery', date: '2025-10-13', met: true });
    const before = serviceDeadlines({ decidedOn: '2020-06-18', isDecision: true, hasFine: false, service: null }, rules)[0]!;
    expect(before).toMatchObject({ date: '2020-06-25', met: null, verified: false });
  });

  it('makes 公告送达 effective after 60 days before 2022 and 30 days since, and the fine due 15 days later', () => {
    const old = serviceDeadlines({ decidedOn: '2021-03-01', isDecision: true, hasFine: true, service: { method: 'publicNotice', servedOn: '2021-03-10' } }, rules);
    expect(old.find((d) => d.key === 'service.publicNoticeEffective')!.date).toBe('2021-05-09');
    expect(old.find((d) => d.key === 'penalty.paymentDue')!.date).toBe('2021-05-24');
    const recent = serviceDeadlines({ decidedOn: '2025-08-01', isDecision: true, hasFine: true, service: { method: 'publicNotice', servedOn: '2025-08-16' } }, rules);
    expect(recent.find((d) => d.key === 'service.publicNoticeEffective')!.date).toBe('2025-09-15');
    // 15 days after 09-15 is 09-30 (a working day).
    expect(recent.find((d) => d.key === 'penalty.paymentDue')!.date).toBe('2025-09-30');
  });
});
