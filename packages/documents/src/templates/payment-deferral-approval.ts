import { z } from 'zod';
import { formatChineseDate, formatFine } from '../chinese-format';
import { approvalOpinions, documentRef, fen, isoDate, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalForm, formPair, formRow, partyRows, refText } from './sections';

export const version = '2020.1';

export const fields = z.object({
  decision: documentRef.describe('行政处罚决定书'),
  fineFen: fen('罚款金额'),
  appliedOn: isoDate('申请日期'),
  reason: text('申请理由', 2000),
  proposal: text('延期（分期）方案', 2000),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'payment-deferral-approval',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      approvalForm(
        ctx,
        [
          ...partyRows(ctx),
          formPair('处罚决定书', refText(f.decision), '罚款金额', formatFine(f.fineFen)),
          formRow('申请日期', formatChineseDate(f.appliedOn)),
          formRow('申请理由', f.reason, 3),
          formRow('延期（分期）方案', f.proposal, 3),
        ],
        f,
      ),
    ];
  },
});
