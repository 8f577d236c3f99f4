import type { FieldError } from '@zhifa/shared';
import { ruleInForce, type RuleRow } from './rule-values';

/**
 * Statutory limits on the content of a document, as dated rule values (rule_values, CONVENTIONS
 * "Rules as data"). Pure: the caller loads the rows and passes the date that matters (today while
 * drafting, the issue date at issuance). Each error names the field, the rule and its legal basis.
 *
 *  - 当场处罚 (简易程序) fine caps by party kind: 个体工商户 counts as an organisation (Q5).
 *  - 当场收缴 only on a recorded ground of 第六十八条 / 第六十九条, with the amount limit of the ground.
 *  - 陈述申辩 period and 听证 request period not shorter than the statutory minimum (第六十四条).
 *  - Deadlines a document sets (整改期限, 缴纳期限 …) on or after the issue date.
 */

export const RULE_ON_SITE_FINE_CAP = 'penalty.onSite.fineCap';
export const RULE_ON_SITE_COLLECTION = 'penalty.onSiteCollection.grounds';
export const RULE_STATEMENT_DAYS = 'penalty.statementDays.min';
export const RULE_HEARING_REQUEST_DAYS = 'penalty.hearingRequestDays.min';
export const LIMIT_RULE_KEYS = [RULE_ON_SITE_FINE_CAP, RULE_ON_SITE_COLLECTION, RULE_STATEMENT_DAYS, RULE_HEARING_REQUEST_DAYS];

/** `penalty.onSite.fineCap`: caps in fen, and the short legal basis printed in errors. */
export interface FineCapValue {
  individualFen: number;
  organizationFen: number;
  basis: string;
}

/** One lawful ground of 当场收缴; `maxFen` where the law limits the amount under that ground. */
export interface CollectionGround {
  code: string;
  label: string;
  basis: string;
  maxFen?: number | null;
}

/** `penalty.statementDays.min` / `penalty.hearingRequestDays.min`. */
export interface MinDaysValue {
  days: number;
  basis: string;
}

export type PartyKind = 'organization' | 'soleProprietor' | 'individual';

export interface LimitInput {
  typeCode: string;
  fields: Record<string, unknown>;
  /** The party's kind; null when the draft has none yet (the type's own party kind is used). */
  partyKind: PartyKind | null;
  /** The type's declared party kind (单位 / 个人 forms). */
  typePartyKind?: 'organization' | 'individual' | null | undefined;
  /** The date the limits apply on (YYYY-MM-DD): today while drafting, the issue date at issuance. */
  date: string;
  /** Field paths (dot paths, `[]` for every row of a list) holding deadlines the document sets. */
  deadlineFields?: readonly string[] | undefined;
  agencyIds?: readonly string[];
}

const ON_SITE_PENALTY = new Set(['on-site-penalty-decision-unit', 'on-site-penalty-decision-individual']);
const STATEMENT_TYPES = new Set(['penalty-notice']);
const HEARING_TYPES = new Set(['hearing-notice']);

const yuan = (fen: number): string => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));
const since = (r: RuleRow): string => `${r.effectiveFrom} 起${r.effectiveTo ? `至 ${r.effectiveTo}` : ''}`;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Total of the fines (kind `fine`) in a penalties list, in fen; malformed rows count as 0. */
export function totalFine(penalties: unknown): number {
  if (!Array.isArray(penalties)) return 0;
  return penalties.reduce<number>((s, p) => (isRecord(p) && p.kind === 'fine' && typeof p.amountFen === 'number' ? s + p.amountFen : s), 0);
}

/** 个体工商户 counts as an organisation (Q5); without a party, the form's own kind decides. */
export function isOrganisation(kind: PartyKind | null, typeKind?: 'organization' | 'individual' | null): boolean {
  if (kind) return kind !== 'individual';
  return typeKind !== 'individual';
}

export function onSitePenaltyProblems(input: LimitInput, rules: readonly RuleRow[]): FieldError[] {
  if (!ON_SITE_PENALTY.has(input.typeCode)) return [];
  const errors: FieldError[] = [];
  const fine = totalFine(input.fields.penalties);
  const capRow = ruleInForce(rules, RULE_ON_SITE_FINE_CAP, input.date, input.agencyIds);
  const cap = capRow?.value as FineCapValue | undefined;
  const org = isOrganisation(input.partyKind, input.typePartyKind);
  if (capRow && cap) {
    const max = org ? cap.organizationFen : cap.individualFen;
    if (fine > max) {
      const who = org ? (input.partyKind === 'soleProprietor' ? '对个体工商户（按单位）' : '对单位') : '对公民';
      errors.push({ path: 'body.fields.penalties', message: `行政处罚：当场处罚${who}罚款不得超过 ${yuan(max)} 元，本决定合计 ${yuan(fine)} 元，应适用普通程序（${cap.basis}，${since(capRow)}）` });
    }
  }
  if (input.fields.paymentMethod === 'onSite' && fine > 0) errors.push(...collectionProblems(input, fine, rules));
  return errors;
}

function collectionProblems(input: LimitInput, fine: number, rules: readonly RuleRow[]): FieldError[] {
  const row = ruleInForce(rules, RULE_ON_SITE_COLLECTION, input.date, input.agencyIds);
  const grounds = ((row?.value as { grounds?: CollectionGround[] } | undefined)?.grounds ?? []);
  const code = input.fields.onSiteCollectionGround;
  const list = grounds.map((g) => `${g.label}（${g.basis}）`).join('；');
  if (typeof code !== 'string' || !code) {
    return [{ path: 'body.fields.onSiteCollectionGround', message: `当场收缴依据：当场收缴罚款须记录法定情形，可选：${list || '（未配置）'}` }];
  }
  const ground = grounds.find((g) => g.code === code);
  if (!ground || !row) return [{ path: 'body.fields.onSiteCollectionGround', message: `当场收缴依据：“${code}”不是 ${input.date} 有效的法定情形，可选：${list || '（未配置）'}` }];
  if (typeof ground.maxFen === 'number' && fine > ground.maxFen) {
    return [{ path: 'body.fields.onSiteCollectionGround', message: `当场收缴依据：以“${ground.label}”当场收缴的罚款不得超过 ${yuan(ground.maxFen)} 元，本决定合计 ${yuan(fine)} 元（${ground.basis}，${since(row)}）` }];
  }
  return [];
}

function minDaysProblem(input: LimitInput, rules: readonly RuleRow[], key: string, field: string, label: string): FieldError[] {
  const v = input.fields[field];
  if (typeof v !== 'number') return [];
  const row = ruleInForce(rules, key, input.date, input.agencyIds);
  const min = row?.value as MinDaysValue | undefined;
  if (!row || !min || v >= min.days) return [];
  return [{ path: `body.fields.${field}`, message: `${label}：不得少于 ${min.days} 日（${min.basis}，${since(row)}）` }];
}

/** Every value at a dot path with `[]` for list rows, with its concrete path. */
export function valuesAt(fields: Record<string, unknown>, path: string): { path: string; value: unknown }[] {
  let nodes: { path: string; value: unknown }[] = [{ path: '', value: fields }];
  for (const part of path.split('.')) {
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    nodes = nodes.flatMap((n) => {
      if (!isRecord(n.value)) return [];
      const here = { path: n.path ? `${n.path}.${key}` : key, value: n.value[key] };
      if (!list) return [here];
      return Array.isArray(here.value) ? here.value.map((v, i) => ({ path: `${here.path}.${i}`, value: v })) : [];
    });
  }
  return nodes.filter((n) => n.value !== undefined && n.value !== null);
}

/** Deadlines the document sets must not lie before its issue date (an order to act in the past is void). */
export function deadlineProblems(input: LimitInput): FieldError[] {
  const errors: FieldError[] = [];
  for (const p of input.deadlineFields ?? []) {
    for (const v of valuesAt(input.fields, p)) {
      if (typeof v.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.value) && v.value < input.date) {
        errors.push({ path: `body.fields.${v.path}`, message: `期限：${v.value} 早于成文（签发）日期 ${input.date}，文书设定的期限不得早于签发日期` });
      }
    }
  }
  return errors;
}

/** All statutory-limit problems of a document's content on `input.date`. */
export function limitProblems(input: LimitInput, rules: readonly RuleRow[]): FieldError[] {
  return [
    ...onSitePenaltyProblems(input, rules),
    ...(STATEMENT_TYPES.has(input.typeCode) ? minDaysProblem(input, rules, RULE_STATEMENT_DAYS, 'statementDays', '陈述申辩期限') : []),
    ...(HEARING_TYPES.has(input.typeCode) ? minDaysProblem(input, rules, RULE_HEARING_REQUEST_DAYS, 'hearingRequestDays', '申请听证期限') : []),
    ...deadlineProblems(input),
  ];
}
