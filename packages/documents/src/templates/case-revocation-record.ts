import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { approvalOpinions, isoDate, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalForm, formPair, formRow, partyRows } from './sections';

export const version = '2021.1';

export const fields = z.object({
  caseName: text('案由', 200),
  caseNumber: text('立案编号', 80),
  filedOn: isoDate('立案日期'),
  reason: text('撤销理由', 2000),
  basis: text('撤销依据', 1000),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'case-revocation-record',
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
          formPair('立案编号', f.caseNumber, '立案日期', formatChineseDate(f.filedOn)),
          formRow('撤销理由', f.reason, 4),
          formRow('撤销依据', f.basis, 2),
        ],
        f,
      ),
    ];
  },
});
