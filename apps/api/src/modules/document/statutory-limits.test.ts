import { describe, expect, it } from 'vitest';
import { statutoryLimitSeeds } from '../../../seed/reference/statutory-limits';
import type { RuleRow } from './rule-values';
import { limitProblems, valuesAt, type LimitInput } from './statutory-limits';

const rules: RuleRow[] = statutoryLimitSeeds.map((r) => ({ key: r.key, jurisdictionAgencyId: null, effectiveFrom: r.from, effectiveTo: r.to, value: r.value, source: r.source, verified: r.verified }));
const fine = (yuan: number) => [{ kind: 'fine', amountFen: yuan * 100 }];
const onSite = (over: Partial<LimitInput> & { fields: Record<string, unknown> }): LimitInput => ({ typeCode: 'on-site-penalty-decision-unit', partyKind: 'organization', date: '2026-12-07', ...over });

describe('statutory limits', () => {
  it('caps 当场处罚 fines by party kind and date: 200 / 3,000 yuan since 2021-07-15, 50 / 1,000 before', () => {
    expect(limitProblems(onSite({ fields: { penalties: fine(3000), paymentMethod: 'bank' } }), rules)).toEqual([]);
    const over = limitProblems(onSite({ fields: { penalties: fine(4000), paymentMethod: 'bank' } }), rules);
    expect(over).toEqual([{ path: 'body.fields.penalties', message: expect.stringContaining('当场处罚对单位罚款不得超过 3000 元') }]);
    expect(over[0]!.message).toMatch(/（行政处罚法 第五十一条，2021-07-15 起）$/);
    const citizen = limitProblems(onSite({ typeCode: 'on-site-penalty-decision-individual', partyKind: 'individual', fields: { penalties: fine(300), paymentMethod: 'bank' } }), rules);
    expect(citizen[0]!.message).toMatch(/对公民罚款不得超过 200 元/);
    expect(limitProblems(onSite({ partyKind: 'individual', fields: { penalties: fine(200) } }), rules)).toEqual([]);
    const before = limitProblems(onSite({ date: '2021-07-14', fields: { penalties: fine(1500) } }), rules);
    expect(before[0]!.message).toMatch(/不得超过 1000 元.*（行政处罚法（1996年）第三十三条，1996-10-01 起至 2021-07-14）/);
    expect(limitProblems(onSite({ date: '2021-07-14', partyKind: 'individual', fields: { penalties: fine(60) } }), rules)[0]!.message).toMatch(/不得超过 50 元/);
  });

  it('treats a sole proprietor (个体工商户) as an organisation (Q5)', () => {
    expect(limitProblems(onSite({ partyKind: 'soleProprietor', fields: { penalties: fine(2500) } }), rules)).toEqual([]);
    expect(limitProblems(onSite({ partyKind: 'soleProprietor', fields: { penalties: fine(3500) } }), rules)[0]!.message).toMatch(/对个体工商户（按单位）罚款不得超过 3000 元/);
  });

  it('accepts 当场收缴 only on a recorded ground of 第六十八、六十九条, within the ground’s amount', () => {
    const none = limitProblems(onSite({ fields: { penalties: fine(3000), paymentMethod: 'onSite' } }), rules);
    expect(none).toEqual([{ path: 'body.fields.onSiteCollectionGround', message: expect.stringMatching(/^当场收缴依据：当场收缴罚款须记录法定情形.*第六十八条第一项/) }]);
    const small = limitProblems(onSite({ fields: { penalties: fine(3000), paymentMethod: 'onSite', onSiteCollectionGround: 'smallFine' } }), rules);
    expect(small[0]!.message).toMatch(/不得超过 100 元.*行政处罚法 第六十八条第一项/);
    expect(limitProblems(onSite({ fields: { penalties: fine(100), paymentMethod: 'onSite', onSiteCollectionGround: 'smallFine' } }), rules)).toEqual([]);
    expect(limitProblems(onSite({ fields: { penalties: fine(3000), paymentMethod: 'onSite', onSiteCollectionGround: 'hardToEnforce' } }), rules)).toEqual([]);
    expect(limitProblems(onSite({ fields: { penalties: fine(30), paymentMethod: 'onSite', onSiteCollectionGround: 'smallFine' }, date: '2020-01-01' }), rules)[0]!.message).toMatch(/不得超过 20 元/);
    expect(limitProblems(onSite({ fields: { penalties: fine(50), paymentMethod: 'onSite', onSiteCollectionGround: 'convenient' } }), rules)[0]!.message).toMatch(/“convenient”不是 2026-12-07 有效的法定情形/);
  });

  it('requires 陈述申辩 ≥ 3 days and 听证 request ≥ 5 days (3 before 2021-07-15)', () => {
    expect(limitProblems({ typeCode: 'penalty-notice', partyKind: null, date: '2026-12-07', fields: { statementDays: 1 } }, rules)).toEqual([{ path: 'body.fields.statementDays', message: expect.stringMatching(/^陈述申辩期限：不得少于 3 日/) }]);
    expect(limitProblems({ typeCode: 'penalty-notice', partyKind: null, date: '2026-12-07', fields: { statementDays: 3 } }, rules)).toEqual([]);
    expect(limitProblems({ typeCode: 'hearing-notice', partyKind: null, date: '2026-12-07', fields: { hearingRequestDays: 1 } }, rules)[0]!.message).toBe('申请听证期限：不得少于 5 日（行政处罚法 第六十四条，2021-07-15 起）');
    expect(limitProblems({ typeCode: 'hearing-notice', partyKind: null, date: '2021-07-01', fields: { hearingRequestDays: 3 } }, rules)).toEqual([]);
  });

  it('refuses deadlines before the issue date, in every row of a list', () => {
    const input: LimitInput = { typeCode: 'rectification-order', partyKind: 'organization', date: '2026-12-07', deadlineFields: ['problems[].deadline'], fields: { problems: [{ deadline: '2026-12-07' }, { immediate: true }, { deadline: '2020-07-03' }] } };
    expect(limitProblems(input, rules)).toEqual([{ path: 'body.fields.problems.2.deadline', message: '期限：2020-07-03 早于成文（签发）日期 2026-12-07，文书设定的期限不得早于签发日期' }]);
    expect(valuesAt({ a: { b: [{ c: 1 }, { c: 2 }] } }, 'a.b[].c').map((v) => v.path)).toEqual(['a.b.0.c', 'a.b.1.c']);
  });
});
