import { describe, expect, it } from 'vitest';
import { certificateState, eligibility, recusalInForce } from './officer-rules';

const officer = { name: '王建国', status: 'active' as const, certNo: '61020019001', certValidFrom: '2024-07-01', certValidTo: '2029-06-30' };
const enterprise = { id: 'e1', name: '陕西美鑫产业投资有限公司' };

describe('certificate', () => {
  it('is valid on both end days and not outside them', () => {
    expect(certificateState(officer, '2024-07-01')).toBe('valid');
    expect(certificateState(officer, '2029-06-30')).toBe('valid');
    expect(certificateState(officer, '2029-07-01')).toBe('expired');
    expect(certificateState(officer, '2024-06-30')).toBe('notYetValid');
  });
});

describe('eligibility to sign field documents', () => {
  it('allows a serving officer with a valid certificate and no recusal', () => {
    expect(eligibility(officer, [], enterprise, '2026-03-01')).toEqual({ ok: true });
  });

  it('lists every reason: expired certificate, status, recusal in force', () => {
    const r = eligibility({ ...officer, status: 'suspended', certValidTo: '2025-12-31' }, [{ enterpriseId: 'e1', reason: '配偶在该企业任职', validFrom: '2025-06-02', validTo: null }], enterprise, '2026-03-01');
    expect(r).toEqual({
      ok: false,
      reasons: [
        '执法证（61020019001）已于 2025-12-31 过期，2026-03-01 不得执法',
        '王建国的状态为“暂停执法”，不得执法',
        '王建国对“陕西美鑫产业投资有限公司”须回避：配偶在该企业任职（2025-06-02 起）',
      ],
    });
  });

  it('ignores recusals for other enterprises or outside their period', () => {
    expect(eligibility(officer, [{ enterpriseId: 'e2', reason: 'x', validFrom: '2020-01-01', validTo: null }], enterprise, '2026-03-01')).toEqual({ ok: true });
    expect(eligibility(officer, [{ enterpriseId: 'e1', reason: 'x', validFrom: '2026-01-01', validTo: '2026-02-28' }], enterprise, '2026-03-01')).toEqual({ ok: true });
    expect(recusalInForce({ validFrom: '2026-01-01', validTo: '2026-02-28' }, '2026-02-28')).toBe(true);
  });
});
