import { z } from 'zod';
import { days } from '../field-schemas';
import { defineTemplate } from './document-template';
import { caseFacts, contactFields, factsParagraphs, violationSentence } from './penalty-sections';
import { addressee, agencyDate, contactBlock, copiesNote, p, partyName, you } from './sections';

/** Before the 2021 行政处罚法 (in force 2021-07-15): rights cited from Art. 31–32 of the 2017 text. */
export const version = '2020.1';

export const fields = z.object({
  ...caseFacts,
  statementDays: days('陈述申辩期限（日）'),
  ...contactFields,
});

export const template = defineTemplate({
  code: 'penalty-notice',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      addressee(partyName(ctx)),
      ...factsParagraphs(f),
      p(violationSentence(ctx, f, '本机关拟给予')),
      p(`依据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，${you(ctx)}有权进行陈述和申辩。如要求陈述和申辩，应当在收到本告知书之日起${f.statementDays}日内向本机关提出；逾期未提出的，视为放弃陈述和申辩的权利。`),
      ...contactBlock(ctx, { name: f.contactName, phone: f.contactPhone }),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
