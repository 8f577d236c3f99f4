import { z } from 'zod';
import { formatChineseDate, formatFine } from '../chinese-format';
import { documentRef, fen, isoDate } from '../field-schemas';
import { ruleInForce, paymentRules } from '../statutory-clauses';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, p, partyName, refText, remedies, you } from './sections';

export const version = '2021.1';

export const fields = z
  .object({
    decision: documentRef.describe('行政处罚决定书'),
    decidedOn: isoDate('决定日期'),
    servedOn: isoDate('送达日期'),
    fineFen: fen('罚款金额'),
    surchargeFrom: isoDate('加处罚款起算日期'),
    surchargeFen: fen('加处罚款金额'),
  })
  // 行政强制法 Art. 45: the surcharge never exceeds the fine.
  .refine((v) => v.surchargeFen <= v.fineFen, { error: '加处罚款的数额不得超出罚款金额', path: ['surchargeFen'] });

export const template = defineTemplate({
  code: 'surcharge-decision',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const who = you(ctx);
    const rule = ruleInForce(paymentRules, f.decidedOn);
    return [
      addressee(partyName(ctx)),
      p(`本机关于${formatChineseDate(f.decidedOn)}作出${refText(f.decision)}，对${who}处以罚款${formatFine(f.fineFen)}，该决定书已于${formatChineseDate(f.servedOn)}送达。${who}逾期未缴纳罚款。`),
      p(`依据${rule.surchargeArticle}和《中华人民共和国行政强制法》第四十五条的规定，本机关决定自${formatChineseDate(f.surchargeFrom)}起每日按罚款数额的${rule.surchargePercentPerDay}%对${who}加处罚款，截至本决定作出之日共计${formatFine(f.surchargeFen)}，加处罚款的数额不超出罚款的数额。请${who}将罚款及加处罚款一并缴纳。`),
      remedies(ctx, '决定'),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
