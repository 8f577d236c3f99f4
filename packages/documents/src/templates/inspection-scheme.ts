import { z } from 'zod';
import { formatChineseTimeRange } from '../chinese-format';
import { approvalOpinions, isoDateTime, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalRows, form, formPair, formRow, officersText, partyRows } from './sections';

export const version = '2020.1';

export const fields = z.object({
  inspectionKind: text('检查类别', 50),
  plannedStart: isoDateTime('计划检查开始时间'),
  plannedEnd: isoDateTime('计划检查结束时间'),
  place: optionalText('检查场所', 200),
  basis: text('检查依据', 1000),
  items: list(z.object({ content: text('检查内容', 500), method: optionalText('检查方式', 200) }).describe('检查事项'), '检查事项'),
  safetyNotes: optionalText('注意事项', 1000),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'inspection-scheme',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      form([
        ...partyRows(ctx, '被检查单位'),
        formPair('检查类别', f.inspectionKind, '检查场所', f.place ?? ctx.party?.address),
        formRow('检查时间', formatChineseTimeRange(f.plannedStart, f.plannedEnd)),
        formRow('检查人员', officersText(ctx)),
        formRow('检查依据', f.basis),
        formRow('检查事项', f.items.map((it, i) => `${i + 1}. ${it.content}${it.method ? `（检查方式：${it.method}）` : ''}`).join('\n'), 6),
        formRow('注意事项', f.safetyNotes, 2),
        ...approvalRows(ctx, f),
      ]),
    ];
  },
});
