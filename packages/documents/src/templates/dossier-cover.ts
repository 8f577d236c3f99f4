import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { isoDate, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { form, formPair, formRow, partyName } from './sections';

export const version = '2020.1';

const retentionText = { permanent: '永久', years30: '定期（30年）', years10: '定期（10年）' } as const;

export const fields = z.object({
  caseName: text('案件名称', 200),
  caseCause: text('案由', 200),
  result: text('处理结果', 2000),
  filedOn: isoDate('立案日期'),
  closedOn: isoDate('结案日期'),
  archivedOn: isoDate('归档日期'),
  archiveNo: text('归档号', 50),
  retention: z.enum(['permanent', 'years30', 'years10'], { error: '保存期限应为永久、30 年或 10 年' }).describe('保存期限'),
  volumes: text('本案共几卷第几卷', 20),
  pages: z.number().int().min(1).describe('页数'),
});

export const template = defineTemplate({
  code: 'dossier-cover',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      form([
        formRow('案件名称', f.caseName, 2),
        formRow('案由', f.caseCause),
        formRow('当事人', partyName(ctx)),
        formRow('处理结果', f.result, 4),
        formPair('立案日期', formatChineseDate(f.filedOn), '结案日期', formatChineseDate(f.closedOn)),
        formRow('承办人', ctx.officers.map((o) => o.name).join('、')),
        formPair('归档日期', formatChineseDate(f.archivedOn), '归档号', f.archiveNo),
        formPair('保存期限', retentionText[f.retention], '卷数／页数', `${f.volumes}，共${f.pages}页`),
      ]),
    ];
  },
});
