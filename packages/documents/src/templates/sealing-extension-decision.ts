import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { days, documentRef, isoDate, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, p, partyName, refText, remedies, you } from './sections';

export const version = '2020.1';

export const fields = z.object({
  original: documentRef.describe('原查封扣押决定书'),
  originalIssuedOn: isoDate('原决定日期'),
  reason: text('延长理由', 2000),
  extensionDays: days('延长期限（日）'),
  newEnd: isoDate('延长后截止日期'),
});

export const template = defineTemplate({
  code: 'sealing-extension-decision',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      addressee(partyName(ctx)),
      p(`本机关于${formatChineseDate(f.originalIssuedOn)}对${you(ctx)}的有关场所、设施、财物作出了查封扣押决定${refText(f.original)}。因${f.reason}，依据《中华人民共和国行政强制法》第二十五条的规定，经本机关负责人批准，决定将查封扣押期限延长${f.extensionDays}日，至${formatChineseDate(f.newEnd)}止。`),
      remedies(ctx, '决定'),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
