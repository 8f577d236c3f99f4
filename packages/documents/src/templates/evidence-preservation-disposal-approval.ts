import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { approvalOpinions, documentRef, isoDate, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalForm, formPair, formRow, partyRows, refText } from './sections';

export const version = '2020.1';

export const fields = z.object({
  caseName: text('案由', 200),
  notice: documentRef.describe('先行登记保存证据通知书'),
  preservedOn: isoDate('先行登记保存日期'),
  findings: text('查验情况', 2000),
  proposal: text('处理意见', 2000),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'evidence-preservation-disposal-approval',
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
          formPair('先行登记保存文书', refText(f.notice), '保存日期', formatChineseDate(f.preservedOn)),
          formRow('查验情况', f.findings, 3),
          formRow('处理意见', f.proposal, 3),
        ],
        f,
      ),
    ];
  },
});
