import { z } from 'zod';
import { documentRef, goodsItem, list } from '../field-schemas';
import { defineTemplate } from './document-template';
import { fields as fieldRow, goodsTable, officersBlock, p, partyName, partySignature, refText } from './sections';

export const version = '2020.1';

/** The list annexed to 先行登记保存 and 抽样取证 documents (序号/名称/规格/产地/成色/单位/价格/数量). */
export const fields = z.object({
  relatedDocument: documentRef.describe('所附文书'),
  items: list(goodsItem, '物品'),
});

export const template = defineTemplate({
  code: 'evidence-list',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      fieldRow({ label: '当事人', value: partyName(ctx) }),
      p(`本清单为${refText(f.relatedDocument)}的附件。`),
      goodsTable(f.items),
      partySignature(ctx, '当事人（签名）'),
      officersBlock(ctx, '执法人员（签名）', true),
    ];
  },
});
