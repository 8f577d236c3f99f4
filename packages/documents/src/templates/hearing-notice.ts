import { z } from 'zod';
import { days } from '../field-schemas';
import { defineTemplate } from './document-template';
import { caseFacts, contactFields, factsParagraphs, violationSentence } from './penalty-sections';
import { addressee, agencyDate, contactBlock, copiesNote, p, partyName, you } from './sections';

/** Under the 2021 行政处罚法: Art. 63–64 (a 5-day request window). */
export const version = '2021.1';

export const fields = z.object({
  ...caseFacts,
  hearingRequestDays: days('申请听证期限（日）'),
  ...contactFields,
});

export const template = defineTemplate({
  code: 'hearing-notice',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      addressee(partyName(ctx)),
      ...factsParagraphs(f),
      p(violationSentence(ctx, f, '本机关拟给予')),
      p(`依据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，${you(ctx)}有要求举行听证的权利。如要求听证，应当在收到本告知书之日起${f.hearingRequestDays}日内向本机关提出；逾期未提出的，视为放弃听证的权利。${you(ctx)}也可以在上述期限内进行陈述和申辩。`),
      ...contactBlock(ctx, { name: f.contactName, phone: f.contactPhone }),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
