import { z } from 'zod';
import { approvalOpinions, list, penaltyItem, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalForm, formRow, partyRows, penaltiesText } from './sections';

export const version = '2021.1';

const noticeText = { penaltyNotice: '行政处罚告知', hearingNotice: '听证告知' } as const;

export const fields = z.object({
  caseName: text('案由', 200),
  noticeKind: z.enum(['penaltyNotice', 'hearingNotice'], { error: '告知类别应为行政处罚告知或听证告知' }).describe('告知类别'),
  facts: text('违法事实', 3000),
  violatedProvisions: text('违反的规定', 1000),
  penaltyProvisions: text('处罚依据', 1000),
  proposedPenalties: list(penaltyItem, '拟给予的行政处罚'),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'case-notification-approval',
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
          formRow('告知类别', noticeText[f.noticeKind]),
          formRow('违法事实', f.facts, 3),
          formRow('违反的规定', f.violatedProvisions),
          formRow('处罚依据', f.penaltyProvisions),
          formRow('拟给予的行政处罚', `${penaltiesText(f.proposedPenalties)}。`),
        ],
        f,
      ),
    ];
  },
});
