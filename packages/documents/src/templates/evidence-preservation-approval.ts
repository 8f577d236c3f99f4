import { z } from 'zod';
import { approvalOpinions, days, goodsItem, list, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalForm, formPair, formRow, partyRows } from './sections';

export const version = '2020.1';

export const fields = z.object({
  caseName: text('案由', 200),
  reason: text('先行登记保存的理由', 2000),
  items: list(goodsItem, '拟先行登记保存的物品'),
  storagePlace: text('保存地点', 200),
  periodDays: days('处理期限（日）'),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'evidence-preservation-approval',
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
          formRow('证据物品', f.items.map((t, i) => `${i + 1}. ${t.name}${t.spec ? `（${t.spec}）` : ''} ${t.quantity}${t.unit ?? ''}`).join('\n'), 3),
          formPair('保存地点', f.storagePlace, '处理期限', `${f.periodDays}日内`),
          formRow('理由', f.reason, 3),
        ],
        f,
      ),
    ];
  },
});
