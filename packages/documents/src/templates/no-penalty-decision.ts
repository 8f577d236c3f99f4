import { z } from 'zod';
import { list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, evidenceSentence, p, partyName, remedies, you } from './sections';

export const version = '2021.1';

/** 不予行政处罚 (行政处罚法 Art. 30–33, e.g. 首违不罚): the facts, why no penalty, and any education given. */
export const fields = z.object({
  facts: text('违法事实', 3000),
  evidence: list(text('证据', 200), '证据', 0).default([]),
  violatedProvisions: text('违反的规定', 1000),
  reason: text('不予处罚的情形', 1000),
  basis: text('不予处罚的依据', 500),
  education: optionalText('批评教育及改正要求', 1000),
});

export const template = defineTemplate({
  code: 'no-penalty-decision',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const who = you(ctx);
    return [
      addressee(partyName(ctx)),
      p(`经查，${f.facts}`),
      ...evidenceSentence(f.evidence),
      p(`${who}的上述行为违反了${f.violatedProvisions}的规定。鉴于${f.reason}，依据${f.basis}的规定，本机关决定对${who}不予行政处罚。`),
      ...(f.education ? [p(f.education)] : []),
      remedies(ctx, '决定'),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
