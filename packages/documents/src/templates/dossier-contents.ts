import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { isoDate, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { fields as fieldRow, partyName } from './sections';

export const version = '2020.1';

export const fields = z.object({
  caseName: text('案件名称', 200),
  entries: list(
    z.object({
      title: text('文件材料名称', 200),
      number: optionalText('文号', 80),
      date: isoDate('日期').optional(),
      pages: text('页号', 20),
      note: optionalText('备注', 100),
    }),
    '卷内文件',
  ),
});

export const template = defineTemplate({
  code: 'dossier-contents',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      fieldRow({ label: '案件名称', value: f.caseName }),
      fieldRow({ label: '当事人', value: partyName(ctx) }),
      {
        type: 'table',
        columns: [0.7, 2.6, 2.2, 2.1, 1.1, 0.8],
        header: ['序号', '文件材料名称', '文号', '日期', '页号', '备注'].map((t) => ({ text: t, kind: 'label' as const })),
        rows: f.entries.map((e, i) => ({
          cells: [
            { text: String(i + 1), align: 'center' },
            { text: e.title },
            { text: e.number ?? '' },
            { text: e.date ? formatChineseDate(e.date) : '', align: 'center' },
            { text: e.pages, align: 'center' },
            { text: e.note ?? '' },
          ],
        })),
      },
    ];
  },
});
