import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { documentRef, isoDate, list, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, numbered, p, partyName, refText, remedies, you } from './sections';

export const version = '2020.1';

export const fields = z.object({
  original: documentRef.describe('原查封扣押决定书'),
  originalIssuedOn: isoDate('原决定日期'),
  findings: text('调查处理情况', 3000),
  basis: text('依据', 1000),
  decisions: list(text('处理决定', 500), '处理决定'),
});

export const template = defineTemplate({
  code: 'sealing-disposal-decision',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      addressee(partyName(ctx)),
      p(`本机关于${formatChineseDate(f.originalIssuedOn)}依据${refText(f.original)}对${you(ctx)}的有关场所、设施、财物予以查封扣押。${f.findings}`),
      p(`依据${f.basis}的规定，本机关作出如下处理决定：`),
      ...numbered(f.decisions),
      remedies(ctx, '决定'),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
