import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { approvalOpinions, isoDate, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalRows, form, formPair, formRow, officersText, partyRows } from './sections';

export const version = '2020.1';

export const fields = z.object({
  caseSource: text('案件来源', 100),
  receivedOn: isoDate('受案日期'),
  caseName: text('案由', 200),
  summary: text('简要案情及立案理由', 3000),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'case-filing-approval',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      form([
        formPair('案件来源', f.caseSource, '受案日期', formatChineseDate(f.receivedOn)),
        formRow('案由', f.caseName),
        ...partyRows(ctx),
        formRow('简要案情及立案理由', f.summary, 4),
        formRow('承办人', officersText(ctx)),
        ...approvalRows(ctx, f),
      ]),
    ];
  },
});
