import { describe, expect, it } from 'vitest';
import { demoAgency } from './fixtures/index';
import { paymentClause, paymentRules, remediesText, ruleInForce } from './statutory-clauses';

describe('remediesText', () => {
  it('offers the government or the superior department before 2024', () => {
    const text = remediesText(demoAgency, '决定', '2023-12-31');
    expect(text).toContain('60日内向铜川市人民政府或者陕西省应急管理厅申请行政复议');
    expect(text).toContain('6个月内依法向铜川市王益区人民法院提起行政诉讼');
  });

  it('sends 复议 to the government at the same level only from 2024-01-01', () => {
    const text = remediesText(demoAgency, '决定', '2024-01-01');
    expect(text).toContain('60日内向铜川市人民政府申请行政复议');
    expect(text).not.toContain('陕西省应急管理厅');
  });

  it('uses the current rule for drafts without a date and words the subject', () => {
    expect(remediesText(demoAgency, '指令', undefined)).toContain('如果不服本指令');
    expect(remediesText(demoAgency, '指令', undefined)).not.toContain('陕西省应急管理厅');
  });

  it('falls back to generic bodies when the agency did not configure them', () => {
    const text = remediesText({ name: '某县应急管理局', shortName: '某' }, '决定', '2024-05-01');
    expect(text).toContain('向本级人民政府申请行政复议');
    expect(text).toContain('向人民法院提起行政诉讼');
  });
});

describe('paymentClause', () => {
  it('cites the surcharge article of the law in force on the decision date', () => {
    expect(paymentClause('2021-07-14', '指定银行')).toContain('第五十一条第一项');
    expect(paymentClause('2021-07-15', '指定银行')).toContain('第七十二条第一款第一项');
    expect(paymentClause('2024-04-25', '指定银行')).toContain('15日内缴至指定银行');
  });

  it('finds the rule in force whatever order the table is in', () => {
    expect(ruleInForce([...paymentRules].reverse(), '2022-01-01').validFrom).toBe('2021-07-15');
  });
});
