import { z } from 'zod';
import { formatChineseDateTime } from '../chinese-format';
import { isoDateTime, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, contactBlock, copiesNote, numbered, p, partyName } from './sections';

export const version = '2020.1';

export const fields = z.object({
  matter: text('调查事由', 500),
  inquiryAt: isoDateTime('询问时间'),
  place: text('询问地点', 200),
  materials: list(text('需携带的材料', 200), '需携带的材料', 0).default([]),
  contactName: optionalText('联系人', 50),
  contactPhone: optionalText('联系电话', 40),
});

export const template = defineTemplate({
  code: 'inquiry-notice',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const who = ctx.party?.kind === 'individual' ? '你' : '你单位负责人或者委托代理人';
    return [
      addressee(partyName(ctx)),
      p(`为调查了解${f.matter}有关情况，依据《中华人民共和国安全生产法》第六十五条和《中华人民共和国行政处罚法》第五十五条的规定，请${who}于${formatChineseDateTime(f.inquiryAt)}到${f.place}接受询问调查。`),
      ...(f.materials.length ? [p('请携带下列材料：'), ...numbered(f.materials)] : []),
      p('无正当理由拒不接受询问调查的，本机关将依法处理。'),
      ...contactBlock(ctx, { name: f.contactName, phone: f.contactPhone }),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
