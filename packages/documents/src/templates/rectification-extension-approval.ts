import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { approvalOpinions, documentRef, isoDate, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalForm, formPair, formRow, partyRows, refText } from './sections';

export const version = '2021.1';

export const fields = z
  .object({
    order: documentRef.describe('责令限期整改指令书'),
    appliedOn: isoDate('申请日期'),
    originalDeadline: isoDate('原整改期限'),
    requestedDeadline: isoDate('申请延期至'),
    reason: text('申请理由', 2000),
    safeguards: text('整改期间的安全措施', 2000),
    ...approvalOpinions,
  })
  .refine((v) => v.requestedDeadline > v.originalDeadline, { error: '申请延期的日期应晚于原整改期限', path: ['requestedDeadline'] });

export const template = defineTemplate({
  code: 'rectification-extension-approval',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      approvalForm(
        ctx,
        [
          ...partyRows(ctx, '被检查单位'),
          formRow('责令整改文书', refText(f.order)),
          formPair('原整改期限', formatChineseDate(f.originalDeadline), '申请延期至', formatChineseDate(f.requestedDeadline)),
          formRow('申请日期', formatChineseDate(f.appliedOn)),
          formRow('申请理由', f.reason, 3),
          formRow('整改期间的安全措施', f.safeguards, 3),
        ],
        f,
      ),
    ];
  },
});
