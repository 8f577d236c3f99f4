import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { documentRef, isoDate, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, officersBlock, p, partyName, partySignature, refText, you } from './sections';

export const version = '2020.1';

const resultText = { rectified: '已整改', partlyRectified: '整改不到位', notRectified: '未整改' } as const;

export const fields = z.object({
  originalDocument: documentRef,
  originalIssuedOn: isoDate('原文书日期'),
  reviewedOn: isoDate('复查日期'),
  items: list(
    z.object({
      problem: text('原存在问题', 1000),
      result: z.enum(['rectified', 'partlyRectified', 'notRectified'], { error: '复查结果应为已整改、整改不到位或未整改' }).describe('复查结果'),
      note: optionalText('复查情况', 500),
    }),
    '复查事项',
  ),
  opinion: optionalText('复查意见', 1000),
});

export const template = defineTemplate({
  code: 'rectification-review-opinion',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const open = f.items.filter((i) => i.result !== 'rectified').length;
    const conclusion =
      f.opinion ??
      (open
        ? `对整改不到位和未整改的问题，${you(ctx)}应当继续整改，本机关将依法作进一步处理。`
        : '经复查，上述问题已整改完毕，达到有关法律法规规章和标准规定的要求。');
    return [
      addressee(partyName(ctx)),
      p(`本机关于${formatChineseDate(f.originalIssuedOn)}对${you(ctx)}作出了${refText(f.originalDocument)}，经于${formatChineseDate(f.reviewedOn)}对${you(ctx)}的整改情况进行复查，提出如下意见：`),
      {
        type: 'table',
        columns: [0.7, 4, 1.2, 2.3],
        header: [
          { text: '序号', kind: 'label' },
          { text: '原存在问题', kind: 'label' },
          { text: '复查结果', kind: 'label' },
          { text: '复查情况', kind: 'label' },
        ],
        rows: f.items.map((it, i) => ({
          cells: [{ text: String(i + 1), align: 'center' }, { text: it.problem }, { text: resultText[it.result], align: 'center' }, { text: it.note ?? '' }],
        })),
      },
      p(conclusion),
      partySignature(ctx),
      officersBlock(ctx),
      agencyDate(ctx),
      copiesNote('本文书一式两份：一份由执法机关存档，一份交被检查单位。'),
    ];
  },
});
