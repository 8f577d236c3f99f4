import { z } from 'zod';
import { approvalOpinions, days, goodsItem, list, optionalText, text } from '../field-schemas';
import { coerciveMeasure, measureText } from './coercion-sections';
import { defineTemplate } from './document-template';
import { approvalForm, formPair, formRow, partyRows } from './sections';

export const version = '2020.1';

export const fields = z.object({
  caseName: optionalText('相关案件（检查）', 200),
  measure: coerciveMeasure.describe('拟采取的强制措施'),
  reason: text('理由及依据', 3000),
  targets: list(goodsItem, '场所、设施、财物'),
  periodDays: days('期限（日）'),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'coercive-measure-approval',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      approvalForm(
        ctx,
        [
          ...(f.caseName ? [formRow('相关案件', f.caseName)] : []),
          ...partyRows(ctx),
          formPair('拟采取的强制措施', measureText[f.measure], '期限', `${f.periodDays}日`),
          formRow('场所、设施、财物', f.targets.map((t, i) => `${i + 1}. ${t.name}${t.spec ? `（${t.spec}）` : ''} ${t.quantity}${t.unit ?? ''}`).join('\n'), 3),
          formRow('理由及依据', f.reason, 4),
        ],
        f,
      ),
    ];
  },
});
