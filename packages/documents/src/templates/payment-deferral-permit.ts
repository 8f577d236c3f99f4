import { z } from 'zod';
import { formatChineseDate, formatFine } from '../chinese-format';
import { documentRef, fen, isoDate, list, paymentAccount } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, numbered, p, partyName, paymentAccountsTable, refText, you } from './sections';

export const version = '2020.1';

export const fields = z
  .object({
    decision: documentRef.describe('行政处罚决定书'),
    fineFen: fen('罚款金额'),
    appliedOn: isoDate('申请日期'),
    kind: z.enum(['deferral', 'installment'], { error: '应为延期缴纳或分期缴纳' }).describe('批准方式'),
    deferUntil: isoDate('延期至').optional(),
    installments: list(z.object({ dueOn: isoDate('缴纳期限'), amountFen: fen('金额') }), '分期计划', 0).default([]),
    paymentAccounts: list(paymentAccount, '缴款账户'),
  })
  .refine((v) => (v.kind === 'deferral' ? Boolean(v.deferUntil) : v.installments.length > 1), { error: '延期缴纳应填写延期日期，分期缴纳应至少分两期', path: ['kind'] })
  .refine((v) => v.kind === 'deferral' || v.installments.reduce((s, i) => s + i.amountFen, 0) === v.fineFen, { error: '各期金额之和应等于罚款金额', path: ['installments'] });

export const template = defineTemplate({
  code: 'payment-deferral-permit',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const who = you(ctx);
    const head = `${who}于${formatChineseDate(f.appliedOn)}提出的延期（分期）缴纳罚款申请收悉。经审查，依据《中华人民共和国行政处罚法》第六十六条的规定，本机关同意${who}对${refText(f.decision)}确定的罚款${formatFine(f.fineFen)}`;
    return [
      addressee(partyName(ctx)),
      ...(f.kind === 'deferral'
        ? [p(`${head}延期缴纳，延期至${formatChineseDate(f.deferUntil)}。`)]
        : [p(`${head}分${f.installments.length}期缴纳：`), ...numbered(f.installments.map((i) => `${formatChineseDate(i.dueOn)}前缴纳${formatFine(i.amountFen)}；`))]),
      p('罚款缴至下列账户：'),
      paymentAccountsTable(f.paymentAccounts),
      p(`${who}逾期不缴纳的，本机关将依法加处罚款，并申请人民法院强制执行。`),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
