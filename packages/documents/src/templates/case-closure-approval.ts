import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { approvalOpinions, isoDate, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalRows, form, formPair, formRow, officersText, partyRows } from './sections';

export const version = '2020.1';

export const fields = z.object({
  caseName: text('案由', 200),
  filedOn: isoDate('立案日期'),
  decisionNumber: optionalText('处罚决定书文号', 80),
  decidedOn: isoDate('处罚决定日期').optional(),
  result: text('处理结果', 2000),
  execution: text('执行情况', 2000),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'case-closure-approval',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      form([
        formRow('案由', f.caseName),
        ...partyRows(ctx),
        formPair('立案日期', formatChineseDate(f.filedOn), '处罚决定书文号', f.decisionNumber),
        formRow('处理结果', f.result, 3),
        formRow('执行情况', f.execution, 3),
        formRow('承办人', officersText(ctx)),
        ...approvalRows(ctx, f),
      ]),
    ];
  },
});
