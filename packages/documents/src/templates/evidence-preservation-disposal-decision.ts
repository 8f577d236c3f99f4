import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { documentRef, isoDate, list, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, numbered, officersBlock, p, partyName, partySignature, refText, you } from './sections';

export const version = '2020.1';

export const fields = z.object({
  notice: documentRef.describe('先行登记保存证据通知书'),
  preservedOn: isoDate('先行登记保存日期'),
  decisions: list(text('处理决定', 500), '处理决定'),
});

export const template = defineTemplate({
  code: 'evidence-preservation-disposal-decision',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      addressee(partyName(ctx)),
      p(`本机关于${formatChineseDate(f.preservedOn)}以${refText(f.notice)}对${you(ctx)}的有关物品先行登记保存。依据《中华人民共和国行政处罚法》第五十六条的规定，现作出如下处理决定：`),
      ...numbered(f.decisions),
      partySignature(ctx, '当事人（签名）'),
      officersBlock(ctx),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
