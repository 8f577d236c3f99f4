import { z } from 'zod';
import { approvalOpinions, list, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalForm, formRow, partyRows } from './sections';

export const version = '2020.1';

export const fields = z.object({
  caseName: text('案由', 200),
  receiver: text('受移送机关', 200),
  facts: text('基本案情', 5000),
  reason: text('移送理由及依据', 2000),
  materials: list(text('移送材料', 200), '移送材料', 0).default([]),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'case-transfer-approval',
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
          formRow('受移送机关', f.receiver),
          formRow('基本案情', f.facts, 4),
          formRow('移送理由及依据', f.reason, 3),
          formRow('移送材料', f.materials.map((m, i) => `${i + 1}. ${m}`).join('\n'), 2),
        ],
        f,
      ),
    ];
  },
});
