import { z } from 'zod';
import { approvalOpinions, list, optionalText, penaltyItem, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalForm, formRow, partyRows, penaltiesText } from './sections';

export const version = '2020.1';

export const fields = z.object({
  caseName: text('案由', 200),
  /** Many agencies approve twice: before the 告知 and before the 决定. */
  stage: z.enum(['beforeNotice', 'beforeDecision'], { error: '呈批环节应为告知前或决定前' }).describe('呈批环节'),
  facts: text('案件事实及证据', 5000),
  violatedProvisions: text('违反的规定', 1000),
  penaltyProvisions: text('处罚依据', 1000),
  discretion: optionalText('裁量理由', 1000),
  proposedPenalties: list(penaltyItem, '拟处理意见'),
  ...approvalOpinions,
});

const stageText = { beforeNotice: '行政处罚告知前', beforeDecision: '行政处罚决定前' } as const;

export const template = defineTemplate({
  code: 'case-handling-approval',
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
          formRow('呈批环节', stageText[f.stage]),
          formRow('案件事实及证据', f.facts, 4),
          formRow('违反的规定', f.violatedProvisions),
          formRow('处罚依据', f.penaltyProvisions),
          formRow('裁量理由', f.discretion, 2),
          formRow('拟处理意见', `${penaltiesText(f.proposedPenalties)}。`, 2),
        ],
        f,
      ),
    ];
  },
});
