import { RULE_HEARING_REQUEST_DAYS, RULE_ON_SITE_COLLECTION, RULE_ON_SITE_FINE_CAP, RULE_STATEMENT_DAYS, type CollectionGround, type FineCapValue, type MinDaysValue } from '../../src/modules/document/statutory-limits';

/**
 * Statutory limits on document content as dated rule values (issue 8 point 3). Sources: reference.md
 * §2.2/§2.3 and penalty-rule-2026.md §2 ([K] = the researchers' knowledge of the statute, not checked
 * against the official text here, hence verified: false).
 */
interface LimitSeed {
  key: string;
  from: string;
  to: string | null;
  value: FineCapValue | { grounds: CollectionGround[] } | MinDaysValue;
  source: string;
  verified: boolean;
  note: string | null;
}

const grounds1996: CollectionGround[] = [
  { code: 'smallFine', label: '依法给予二十元以下罚款的', basis: '行政处罚法（1996年）第四十七条第一项', maxFen: 2_000 },
  { code: 'hardToEnforce', label: '不当场收缴事后难以执行的', basis: '行政处罚法（1996年）第四十七条第二项', maxFen: null },
  { code: 'remoteArea', label: '边远、水上、交通不便地区，当事人向指定银行缴纳确有困难并提出当场缴纳的', basis: '行政处罚法（1996年）第四十八条', maxFen: null },
];
const grounds2021: CollectionGround[] = [
  { code: 'smallFine', label: '依法给予一百元以下罚款的', basis: '行政处罚法 第六十八条第一项', maxFen: 10_000 },
  { code: 'hardToEnforce', label: '不当场收缴事后难以执行的', basis: '行政处罚法 第六十八条第二项', maxFen: null },
  { code: 'remoteArea', label: '边远、水上、交通不便地区，当事人到指定银行或者通过电子支付系统缴纳罚款确有困难，经当事人提出的', basis: '行政处罚法 第六十九条', maxFen: null },
];

export const statutoryLimitSeeds: LimitSeed[] = [
  {
    key: RULE_ON_SITE_FINE_CAP, from: '1996-10-01', to: '2021-07-14', value: { individualFen: 5_000, organizationFen: 100_000, basis: '行政处罚法（1996年）第三十三条' },
    source: '《中华人民共和国行政处罚法》（1996年）第三十三条', verified: false, note: '对公民处以五十元以下、对法人或者其他组织处以一千元以下罚款或者警告的，可以当场作出（reference.md §2.3 [K]）；个体工商户按单位（问题解释第5条）',
  },
  {
    key: RULE_ON_SITE_FINE_CAP, from: '2021-07-15', to: null, value: { individualFen: 20_000, organizationFen: 300_000, basis: '行政处罚法 第五十一条' },
    source: '《中华人民共和国行政处罚法》（2021年修订）第五十一条', verified: false, note: '对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的，可以当场作出（reference.md §2.3 [K]）；个体工商户按单位（问题解释第5条）',
  },
  { key: RULE_ON_SITE_COLLECTION, from: '1996-10-01', to: '2021-07-14', value: { grounds: grounds1996 }, source: '《中华人民共和国行政处罚法》（1996年）第四十七条、第四十八条', verified: false, note: '[K] 未与官方文本核对' },
  { key: RULE_ON_SITE_COLLECTION, from: '2021-07-15', to: null, value: { grounds: grounds2021 }, source: '《中华人民共和国行政处罚法》（2021年修订）第六十八条、第六十九条', verified: false, note: '一百元以下、事后难以执行、边远地区经当事人提出（penalty-rule-2026.md §2 缴款 [S]）' },
  {
    key: RULE_STATEMENT_DAYS, from: '2008-01-01', to: null, value: { days: 3, basis: '安全生产违法行为行政处罚办法（2015年）第三十条' },
    source: '《安全生产违法行为行政处罚办法》（2015年修正）第三十条；《中华人民共和国行政处罚法》第四十五条', verified: false,
    note: '行政处罚法未规定陈述申辩的具体期限；部门规章规定自收到告知书之日起三日内。应急管理部令第18号（2026-02-01）的期限未核实（penalty-rule-2026.md §4 [?]），核实后另起一行',
  },
  { key: RULE_HEARING_REQUEST_DAYS, from: '1996-10-01', to: '2021-07-14', value: { days: 3, basis: '行政处罚法（1996年）第四十二条' }, source: '《中华人民共和国行政处罚法》（1996年）第四十二条', verified: false, note: '当事人要求听证的，应当在行政机关告知后三日内提出（reference.md §2.2 [S]）' },
  { key: RULE_HEARING_REQUEST_DAYS, from: '2021-07-15', to: null, value: { days: 5, basis: '行政处罚法 第六十四条' }, source: '《中华人民共和国行政处罚法》（2021年修订）第六十四条', verified: false, note: '当事人要求听证的，应当在行政机关告知后五日内提出（reference.md §2.2 [K]）' },
];
