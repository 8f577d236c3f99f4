import { z } from 'zod';
import type { Block } from '../blocks';
import { formatChineseDate, formatChineseDateTime } from '../chinese-format';
import { isoDate, isoDateTime, list, optionalText, paymentAccount, penaltyItem, text } from '../field-schemas';
import { paymentClause } from '../statutory-clauses';
import type { TemplateContext } from './document-template';
import {
  agencyDate,
  copiesNote,
  evidenceSentence,
  officersBlock,
  p,
  partyFields,
  partySignature,
  paymentAccountsTable,
  penaltiesText,
  remedies,
  totalFineFen,
  you,
} from './sections';

/** Fields and paragraphs shared by the 告知书, 决定书 and 当场决定书 forms. */

export const caseFacts = {
  facts: text('违法事实', 3000),
  evidence: list(text('证据', 200), '证据', 0).default([]),
  violatedProvisions: text('违反的规定', 1000),
  penaltyProvisions: text('处罚依据', 1000),
  penalties: list(penaltyItem, '行政处罚'),
};

export const contactFields = {
  contactName: optionalText('联系人', 50),
  contactPhone: optionalText('联系电话', 40),
};

type CaseFacts = z.output<z.ZodObject<typeof caseFacts>>;

/** "你单位的上述行为违反了…的规定，依据…的规定，{verb}给予你单位…的行政处罚。" */
export const violationSentence = (ctx: TemplateContext<unknown>, f: CaseFacts, verb: string): string =>
  `${you(ctx)}的上述行为违反了${f.violatedProvisions}的规定，依据${f.penaltyProvisions}的规定，${verb}${you(ctx)}${penaltiesText(f.penalties)}的行政处罚。`;

export const factsParagraphs = (f: CaseFacts, lead = '经查，'): Block[] => [p(`${lead}${f.facts}`), ...evidenceSentence(f.evidence)];

/** Fines: the payment clause (dated) and the agency's accounts (Q4: there may be several). */
export function paymentBlocks(ctx: TemplateContext<unknown>, accounts: z.output<typeof paymentAccount>[], electronic: string | undefined): Block[] {
  if (totalFineFen(ctxPenalties(ctx)) === 0) return [];
  const where = electronic ? `下列本机关指定的银行账户，或者通过${electronic}缴纳` : '下列本机关指定的银行账户';
  return [p(paymentClause(ctx.issuedOn, where)), paymentAccountsTable(accounts)];
}

const ctxPenalties = (ctx: TemplateContext<unknown>): z.output<typeof penaltyItem>[] =>
  (ctx.fields as { penalties?: z.output<typeof penaltyItem>[] }).penalties ?? [];

/** A decision that imposes a fine must name at least one account. */
export const requireAccountsForFines = (v: { penalties: z.output<typeof penaltyItem>[]; paymentAccounts: unknown[] }): boolean =>
  totalFineFen(v.penalties) === 0 || v.paymentAccounts.length > 0;

// ── 行政处罚决定书 (单位 / 个人) ────────────────────────────────────────────

const penaltyDecisionShape = {
  ...caseFacts,
  statementSummary: optionalText('陈述申辩（听证）情况及采纳情况', 2000),
  discretion: optionalText('裁量理由', 1000),
  paymentAccounts: list(paymentAccount, '缴款账户', 0).default([]),
  electronicPayment: optionalText('电子缴款渠道', 200),
};

/** The 2021.1 decision (before the 责令改正 element); kept so that issued documents re-render. */
export const penaltyDecisionFields = z
  .object(penaltyDecisionShape)
  .refine(requireAccountsForFines, { error: '有罚款的决定书至少应列出一个缴款账户', path: ['paymentAccounts'] });

/**
 * 责令改正 (行政处罚法 第二十八条: 实施行政处罚时应当责令当事人改正或者限期改正违法行为; 安全生产法
 * "责令限期改正，处…"): immediately or by a deadline, with what is to be done.
 */
export const correctionFields = {
  correction: z.enum(['immediate', 'byDeadline'], { error: '责令改正应为立即改正或限期改正' }).describe('责令改正'),
  correctionDeadline: isoDate('改正期限').optional(),
  correctionRequirement: optionalText('改正要求', 1000),
};
type Correction = Partial<z.output<z.ZodObject<typeof correctionFields>>>;

const requireCorrectionDeadline = (v: Correction): boolean => v.correction !== 'byDeadline' || Boolean(v.correctionDeadline);

/** The decision with the 责令改正 element (template 2026.1). */
export const penaltyDecisionWithCorrectionFields = z
  .object({ ...penaltyDecisionShape, ...correctionFields })
  .refine(requireAccountsForFines, { error: '有罚款的决定书至少应列出一个缴款账户', path: ['paymentAccounts'] })
  .refine(requireCorrectionDeadline, { error: '限期改正应填写改正期限', path: ['correctionDeadline'] });

/** "责令你单位于2026年12月31日前改正上述违法行为，并将改正情况书面报告本机关。改正要求：…" */
export function correctionParagraph(ctx: TemplateContext<unknown>, f: Correction): Block[] {
  if (!f.correction) return [];
  const order =
    f.correction === 'byDeadline' && f.correctionDeadline
      ? `责令${you(ctx)}于${formatChineseDate(f.correctionDeadline)}前改正上述违法行为，并将改正情况书面报告本机关。`
      : `责令${you(ctx)}立即改正上述违法行为。`;
  return [p(f.correctionRequirement ? `${order}改正要求：${f.correctionRequirement.replace(/[。；;]$/, '')}。` : order)];
}

export function penaltyDecisionBlocks(ctx: TemplateContext<unknown>, f: z.output<typeof penaltyDecisionFields> & Correction, partyLabel: string): Block[] {
  return [
    ...partyFields(ctx, partyLabel),
    p(`违法事实及证据：${f.facts}`),
    ...evidenceSentence(f.evidence),
    ...(f.statementSummary ? [p(f.statementSummary)] : []),
    ...(f.discretion ? [p(f.discretion)] : []),
    p(violationSentence(ctx, f, '决定给予')),
    ...correctionParagraph(ctx, f),
    ...paymentBlocks(ctx, f.paymentAccounts, f.electronicPayment),
    remedies(ctx, '决定'),
    agencyDate(ctx),
    copiesNote(),
  ];
}

// ── 行政（当场）处罚决定书 (单位 / 个人) ─────────────────────────────────────

/** The grounds of 当场收缴 (行政处罚法第六十八条第一、二项, 第六十九条). */
export const onSiteCollectionGrounds = ['smallFine', 'hardToEnforce', 'remoteArea'] as const;

export const onSitePenaltyFields = z
  .object({
    occurredAt: isoDateTime('违法行为发生时间'),
    place: text('违法行为地点', 200),
    ...caseFacts,
    paymentMethod: z.enum(['onSite', 'bank'], { error: '缴纳方式应为当场缴纳或银行缴纳' }).describe('罚款缴纳方式'),
    // 当场收缴 only on a ground of 行政处罚法第六十八条、第六十九条; the API checks it against the dated rule values.
    onSiteCollectionGround: z
      .enum(onSiteCollectionGrounds, { error: '当场收缴依据应为 一百元以下罚款（第六十八条第一项）、事后难以执行（第六十八条第二项）或 边远地区经当事人提出（第六十九条）' })
      .optional()
      .describe('当场收缴依据'),
    paymentAccounts: list(paymentAccount, '缴款账户', 0).default([]),
    electronicPayment: optionalText('电子缴款渠道', 200),
  })
  .refine((v) => v.paymentMethod === 'onSite' || requireAccountsForFines(v), { error: '银行缴纳罚款时至少应列出一个缴款账户', path: ['paymentAccounts'] });

export function onSitePenaltyBlocks(ctx: TemplateContext<unknown>, f: z.output<typeof onSitePenaltyFields>, partyLabel: string): Block[] {
  const fine = totalFineFen(f.penalties) > 0;
  return [
    ...partyFields(ctx, partyLabel),
    p(`违法事实及证据：${formatChineseDateTime(f.occurredAt)}，在${f.place}，${f.facts}`),
    ...evidenceSentence(f.evidence),
    p(violationSentence(ctx, f, '决定给予')),
    ...(fine && f.paymentMethod === 'onSite' ? [p('罚款当场缴纳，执法人员当场出具财政部门统一制发的专用票据。')] : []),
    ...(fine && f.paymentMethod === 'bank' ? paymentBlocks(ctx, f.paymentAccounts, f.electronicPayment) : []),
    remedies(ctx, '决定'),
    partySignature(ctx, `${partyLabel}（签名）`),
    officersBlock(ctx),
    agencyDate(ctx),
    copiesNote('本决定书一式两份：一份交当事人，一份由执法机关存档并报所属应急管理部门备案。'),
  ];
}
