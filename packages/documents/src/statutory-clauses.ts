import type { AgencySnapshot } from './render-input';

/**
 * Dated standard clauses printed on documents. Statutory figures live here as dated data, never in
 * template text, and the clause is chosen by the document's 成文日期 — so an issued document keeps
 * its wording when it is re-rendered years later.
 */

interface Dated {
  /** First day in force (inclusive), YYYY-MM-DD. */
  validFrom: string;
  source: string;
}

export interface RemediesRule extends Dated {
  reconsiderationDays: number;
  litigationMonths: number;
  /** Before 2024 the party could choose the government or the department one level up. */
  reconsiderationBodies: 'governmentOrSuperior' | 'governmentOnly';
}

export const remediesRules: readonly RemediesRule[] = [
  {
    validFrom: '1000-01-01',
    source: '行政复议法（2017）第九条、第十二条；行政诉讼法第四十六条',
    reconsiderationDays: 60,
    litigationMonths: 6,
    reconsiderationBodies: 'governmentOrSuperior',
  },
  {
    // 行政复议法 (2023 revision) in force 2024-01-01: a local department's decision goes to 本级人民政府 only.
    validFrom: '2024-01-01',
    source: '行政复议法（2023 修订）第二十条、第二十四条；行政诉讼法第四十六条',
    reconsiderationDays: 60,
    litigationMonths: 6,
    reconsiderationBodies: 'governmentOnly',
  },
];

export interface PaymentRule extends Dated {
  paymentDays: number;
  surchargePercentPerDay: number;
  /** The article that allows the surcharge, as cited on the decision. */
  surchargeArticle: string;
}

export const paymentRules: readonly PaymentRule[] = [
  { validFrom: '1000-01-01', source: '行政处罚法（2017）第四十六条、第五十一条', paymentDays: 15, surchargePercentPerDay: 3, surchargeArticle: '《中华人民共和国行政处罚法》第五十一条第一项' },
  { validFrom: '2021-07-15', source: '行政处罚法（2021）第六十七条、第七十二条', paymentDays: 15, surchargePercentPerDay: 3, surchargeArticle: '《中华人民共和国行政处罚法》第七十二条第一款第一项' },
];

/** The rule in force on `date` (YYYY-MM-DD); without a date (a draft) the newest rule. */
export function ruleInForce<T extends Dated>(rules: readonly T[], date: string | undefined): T {
  const sorted = [...rules].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const applicable = date ? sorted.filter((r) => r.validFrom <= date) : sorted;
  const rule = applicable[applicable.length - 1];
  if (!rule) throw new RangeError(`没有适用于 ${date ?? '当前'} 的条款`);
  return rule;
}

/**
 * 救济告知. `subject` is what the party contests: 决定 / 指令 / 行政处罚决定.
 */
export function remediesText(agency: AgencySnapshot, subject: string, date: string | undefined): string {
  const rule = ruleInForce(remediesRules, date);
  const government = agency.government ?? '本级人民政府';
  const bodies =
    rule.reconsiderationBodies === 'governmentOnly' || !agency.superiorAgency
      ? government
      : `${government}或者${agency.superiorAgency}`;
  const court = agency.court ?? '人民法院';
  return (
    `如果不服本${subject}，可以依法在${rule.reconsiderationDays}日内向${bodies}申请行政复议，` +
    `或者在${rule.litigationMonths}个月内依法向${court}提起行政诉讼，但本${subject}不停止执行，法律另有规定的除外。`
  );
}

/** 罚款缴纳 and 加处罚款 sentence of a penalty decision. */
export function paymentClause(date: string | undefined, where: string): string {
  const rule = ruleInForce(paymentRules, date);
  return (
    `罚款自收到本决定书之日起${rule.paymentDays}日内缴至${where}。` +
    `逾期不缴纳的，本机关将依据${rule.surchargeArticle}的规定，每日按罚款数额的${rule.surchargePercentPerDay}%加处罚款。`
  );
}
