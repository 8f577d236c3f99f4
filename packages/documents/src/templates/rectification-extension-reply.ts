import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { documentRef, isoDate, optionalText } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, p, partyName, refText, you } from './sections';

export const version = '2021.1';

export const fields = z
  .object({
    order: documentRef.describe('责令限期整改指令书'),
    appliedOn: isoDate('申请日期'),
    approved: z.boolean().describe('同意延期'),
    newDeadline: isoDate('延长后的整改期限').optional(),
    reason: optionalText('理由', 1000),
  })
  .refine((v) => !v.approved || v.newDeadline, { error: '同意延期时应填写延长后的整改期限', path: ['newDeadline'] })
  .refine((v) => v.approved || v.reason, { error: '不同意延期时应说明理由', path: ['reason'] });

export const template = defineTemplate({
  code: 'rectification-extension-reply',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const who = you(ctx);
    const answer = f.approved
      ? `经审查，本机关同意将整改期限延长至${formatChineseDate(f.newDeadline)}。${f.reason ?? ''}整改期间，${who}应当采取有效的安全防范措施，确保安全生产，并在期限届满前将整改情况书面报告本机关。`
      : `经审查，本机关不同意延期，理由是：${f.reason ?? ''}。${who}应当按照原指令规定的期限完成整改。`;
    return [
      addressee(partyName(ctx)),
      p(`${who}于${formatChineseDate(f.appliedOn)}提出的${refText(f.order)}整改复查延期申请收悉。${answer}`),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
