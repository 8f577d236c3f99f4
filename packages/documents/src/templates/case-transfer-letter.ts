import { z } from 'zod';
import { list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, contactBlock, numbered, p, partyName } from './sections';

export const version = '2020.1';

export const fields = z.object({
  receiver: text('受移送机关', 200),
  caseName: text('案由', 200),
  facts: text('基本案情', 5000),
  basis: text('移送依据', 1000),
  materials: list(text('移送材料', 200), '移送材料'),
  contactName: optionalText('联系人', 50),
  contactPhone: optionalText('联系电话', 40),
});

export const template = defineTemplate({
  code: 'case-transfer-letter',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      addressee(f.receiver),
      p(`本机关在查处${partyName(ctx)}${f.caseName}一案中，发现${f.facts}`),
      p(`依据${f.basis}的规定，现将该案移送你单位依法处理。处理结果请及时函告本机关。`),
      p(`附：移送材料共${f.materials.length}项`, { indent: false }),
      ...numbered(f.materials),
      ...contactBlock(ctx, { name: f.contactName, phone: f.contactPhone }),
      agencyDate(ctx),
    ];
  },
});
