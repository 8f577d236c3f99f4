import { z } from 'zod';
import { formatChineseDateTime } from '../chinese-format';
import { goodsItem, isoDateTime, list, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, goodsTable, officersBlock, p, partyName, partySignature, you } from './sections';

export const version = '2020.1';

export const fields = z.object({
  matter: text('抽样事由', 500),
  sampledAt: isoDateTime('抽样时间'),
  place: text('抽样地点', 200),
  items: list(goodsItem, '抽样物品'),
});

export const template = defineTemplate({
  code: 'sampling-voucher',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      addressee(partyName(ctx)),
      p(`因调查${f.matter}，依据《中华人民共和国行政处罚法》第五十六条的规定，本机关于${formatChineseDateTime(f.sampledAt)}在${f.place}对${you(ctx)}的下列物品进行抽样取证：`),
      goodsTable(f.items),
      partySignature(ctx, '当事人（签名）'),
      officersBlock(ctx),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
