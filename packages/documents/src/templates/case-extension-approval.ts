import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { approvalOpinions, isoDate, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalForm, formPair, formRow, partyRows } from './sections';

export const version = '2020.1';

export const fields = z
  .object({
    caseName: text('案由', 200),
    filedOn: isoDate('立案日期'),
    currentDeadline: isoDate('原办案期限'),
    extendTo: isoDate('延长至'),
    reason: text('延期理由', 2000),
    ...approvalOpinions,
  })
  .refine((v) => v.extendTo > v.currentDeadline, { error: '延长后的期限应晚于原办案期限', path: ['extendTo'] });

export const template = defineTemplate({
  code: 'case-extension-approval',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      approvalForm(
        ctx,
        [
          formRow('案由', f.caseName),
          ...partyRows(ctx),
          formPair('立案日期', formatChineseDate(f.filedOn), '原办案期限', formatChineseDate(f.currentDeadline)),
          formRow('申请延长至', formatChineseDate(f.extendTo)),
          formRow('延期理由', f.reason, 4),
        ],
        f,
      ),
    ];
  },
});
