import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { approvalOpinions, isoDate, list, optionalText, penaltyItem, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalForm, formPair, formRow, partyRows, penaltiesText } from './sections';

export const version = '2021.1';

export const fields = z.object({
  caseName: text('案由', 200),
  caseSource: text('案件来源', 100),
  filedOn: isoDate('立案日期'),
  investigation: text('调查经过', 5000),
  facts: text('违法事实', 5000),
  evidence: list(text('证据', 200), '证据'),
  violatedProvisions: text('违反的规定', 1000),
  penaltyProvisions: text('处罚依据', 1000),
  discretion: optionalText('裁量情节及理由', 2000),
  proposal: list(penaltyItem, '处理建议'),
  needsLegalReview: z.boolean().describe('需要法制审核'),
  needsCollectiveDeliberation: z.boolean().describe('需要集体讨论'),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'investigation-report',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const gates = [f.needsLegalReview && '需经法制审核', f.needsCollectiveDeliberation && '需经负责人集体讨论'].filter(Boolean).join('，');
    return [
      approvalForm(
        ctx,
        [
          formRow('案由', f.caseName),
          ...partyRows(ctx),
          formPair('案件来源', f.caseSource, '立案日期', formatChineseDate(f.filedOn)),
          formRow('调查经过', f.investigation, 3),
          formRow('违法事实', f.facts, 4),
          formRow('证据', f.evidence.map((e, i) => `${i + 1}. ${e}`).join('\n'), 3),
          formRow('违反的规定', f.violatedProvisions),
          formRow('处罚依据', f.penaltyProvisions),
          formRow('裁量情节及理由', f.discretion, 2),
          formRow('处理建议', `${penaltiesText(f.proposal)}。${gates ? `本案${gates}。` : ''}`, 2),
        ],
        f,
      ),
    ];
  },
});
