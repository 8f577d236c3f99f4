import { z } from 'zod';
import { documentRef, goodsItem, list, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { fields as fieldRow, goodsTable, officersBlock, p, partyName, partySignature, refText, signatureBlock } from './sections';

export const version = '2020.1';

export const fields = z.object({
  decision: documentRef.describe('查封扣押决定书'),
  place: text('查封扣押地点', 200),
  items: list(goodsItem, '场所、设施、财物'),
});

export const template = defineTemplate({
  code: 'sealing-list',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      fieldRow({ label: '当事人', value: partyName(ctx) }),
      fieldRow({ label: '查封扣押地点', value: f.place }),
      p(`根据${refText(f.decision)}，对下列场所、设施、财物予以查封扣押：`),
      goodsTable(f.items),
      p('以上清单经核对无误。', { indent: true }),
      partySignature(ctx, '当事人（签名）'),
      signatureBlock('见证人（签名）', ctx.signatures.witness),
      officersBlock(ctx, '执法人员（签名）', true),
    ];
  },
});
