import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { isoDate, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { agencyDate, form, formPair, formRow, officersText, signatureBlock } from './sections';

export const version = '2021.1';

/** A safety problem seen during an inspection that another department is responsible for. */
export const fields = z.object({
  receiver: text('接收部门', 200),
  discoveredOn: isoDate('发现日期'),
  place: text('发现地点', 200),
  involvedUnit: optionalText('涉及单位', 200),
  problems: list(text('安全问题', 1000), '安全问题'),
  basis: optionalText('移交依据', 500),
  suggestion: optionalText('处理建议', 1000),
});

export const template = defineTemplate({
  code: 'non-jurisdiction-transfer',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      form([
        formPair('移交单位', ctx.agency.name, '接收部门', f.receiver),
        formPair('发现日期', formatChineseDate(f.discoveredOn), '发现地点', f.place),
        formRow('涉及单位', f.involvedUnit ?? ctx.party?.name),
        formRow('安全问题', f.problems.map((x, i) => `${i + 1}. ${x}`).join('\n'), 4),
        formRow('移交依据', f.basis),
        formRow('处理建议', f.suggestion, 2),
        formRow('移交人', officersText(ctx)),
      ]),
      signatureBlock('接收人（签名）', ctx.signatures.recipient),
      agencyDate(ctx),
    ];
  },
});
