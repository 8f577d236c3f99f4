import { z } from 'zod';
import { days, goodsItem, list, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, goodsTable, officersBlock, p, partyName, partySignature, you } from './sections';

export const version = '2020.1';

export const fields = z.object({
  matter: text('调查事由', 500),
  items: list(goodsItem, '先行登记保存的物品'),
  storagePlace: text('保存地点', 200),
  decisionDays: days('作出处理决定的期限（日）'),
});

export const template = defineTemplate({
  code: 'evidence-preservation-notice',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      addressee(partyName(ctx)),
      p(`因调查${f.matter}，在证据可能灭失或者以后难以取得的情况下，经本机关负责人批准，依据《中华人民共和国行政处罚法》第五十六条的规定，决定对${you(ctx)}的下列物品先行登记保存，保存地点为${f.storagePlace}：`),
      goodsTable(f.items),
      p(`在先行登记保存期间，${you(ctx)}或者有关人员不得损毁、销毁或者转移证据。本机关将在${f.decisionDays}日内作出处理决定。`),
      partySignature(ctx, '当事人（签名）'),
      officersBlock(ctx),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
