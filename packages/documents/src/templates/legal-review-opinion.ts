import { z } from 'zod';
import type { TableRow } from '../blocks';
import { formatChineseDate } from '../chinese-format';
import { isoDate, list, opinion, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { form, formPair, formRow, opinionRow, partyName } from './sections';

export const version = '2021.1';

/** What 行政处罚法 Art. 58 reviews, in the order the review sheet lists it. */
const checkLabels = {
  subject: '执法主体是否合法',
  authority: '是否超越法定职权',
  facts: '案件事实是否清楚',
  evidence: '证据是否确实充分',
  law: '适用法律依据是否准确',
  procedure: '程序是否合法',
  discretion: '裁量基准运用是否适当',
  documents: '执法文书是否规范',
} as const;

const check = z.object({ conforms: z.boolean().describe('是否符合'), note: optionalText('说明', 500) });

export const fields = z.object({
  caseName: text('案件名称', 200),
  submittedBy: text('送审机构', 100),
  submittedOn: isoDate('送审日期'),
  proposedDecision: text('拟作出的处理决定', 2000),
  checks: z.object(Object.fromEntries(Object.entries(checkLabels).map(([k, label]) => [k, check.describe(label)])) as Record<keyof typeof checkLabels, typeof check>).describe('审核事项'),
  conclusion: z.enum(['approve', 'amend', 'reject'], { error: '审核结论应为同意、修改后同意或不同意' }).describe('审核结论'),
  opinion: text('审核意见', 3000),
  reviewers: list(z.object({ name: text('审核人员', 50), qualificationNo: optionalText('法律职业资格证书编号', 40) }), '法制审核人员'),
  reviewedOn: isoDate('审核日期'),
  headOpinion: opinion('法制机构负责人意见'),
});

const conclusionText = { approve: '同意作出拟定的处理决定。', amend: '建议按审核意见修改后作出处理决定。', reject: '不同意作出拟定的处理决定。' } as const;

export const template = defineTemplate({
  code: 'legal-review-opinion',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const checkRows: TableRow[] = (Object.keys(checkLabels) as (keyof typeof checkLabels)[]).map((k) => ({
      cells: [
        { text: checkLabels[k], kind: 'label', span: 2 },
        { text: `${f.checks[k].conforms ? '是' : '否'}${f.checks[k].note ? `。${f.checks[k].note}` : ''}`, span: 2 },
      ],
    }));
    return [
      form([
        formRow('案件名称', f.caseName),
        formRow('当事人', partyName(ctx)),
        formPair('送审机构', f.submittedBy, '送审日期', formatChineseDate(f.submittedOn)),
        formRow('拟作出的处理决定', f.proposedDecision, 3),
        { cells: [{ text: '审核内容', kind: 'label', span: 2 }, { text: '审核情况', kind: 'label', span: 2 }] },
        ...checkRows,
        {
          cells: [
            { text: '审核意见', kind: 'label' },
            {
              text: [conclusionText[f.conclusion], f.opinion, `法制审核人员：${f.reviewers.map((r) => (r.qualificationNo ? `${r.name}（法律职业资格证书编号：${r.qualificationNo}）` : r.name)).join('；')}`].join('\n'),
              span: 3,
              sign: {
                label: '法制审核人员（签名）',
                name: f.reviewers.map((r) => r.name).join('、'),
                date: formatChineseDate(f.reviewedOn),
              },
            },
          ],
          minLines: 5,
        },
        opinionRow('法制机构负责人意见', f.headOpinion, '负责人（签名）'),
      ]),
    ];
  },
});
