import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { days, goodsItem, isoDate, list, text } from '../field-schemas';
import { coerciveMeasure, measureText } from './coercion-sections';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, goodsTable, officersBlock, p, partyName, partySignature, remedies, you } from './sections';

export const version = '2020.1';

export const fields = z.object({
  facts: text('违法事实', 3000),
  basis: text('依据', 1000),
  measure: coerciveMeasure,
  targets: list(goodsItem, '场所、设施、财物'),
  periodDays: days('期限（日）'),
  from: isoDate('起始日期'),
  to: isoDate('截止日期'),
});

export const template = defineTemplate({
  code: 'sealing-decision',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const m = measureText[f.measure];
    return [
      addressee(partyName(ctx)),
      p(`经查，${f.facts}`),
      p(`依据${f.basis}的规定，本机关决定对${you(ctx)}的下列场所、设施、财物予以${m}：`),
      goodsTable(f.targets),
      p(`${m}期限为${f.periodDays}日，自${formatChineseDate(f.from)}起至${formatChineseDate(f.to)}止。在${m}期间，${you(ctx)}不得擅自启封、使用、转移、损毁被${m}的场所、设施、财物。`),
      remedies(ctx, '决定'),
      partySignature(ctx, '当事人（签名）'),
      officersBlock(ctx),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
