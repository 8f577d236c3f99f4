import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { isoDate, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, contactBlock, copiesNote, numbered, p } from './sections';

export const version = '2020.1';

export const fields = z.object({
  recipient: text('鉴定机构', 200),
  caseName: text('案件名称', 200),
  matters: list(text('鉴定事项', 500), '鉴定事项'),
  requirements: optionalText('鉴定要求', 1000),
  materials: list(text('送检材料', 200), '送检材料', 0).default([]),
  dueOn: isoDate('出具鉴定意见期限'),
  contactName: optionalText('联系人', 50),
  contactPhone: optionalText('联系电话', 40),
});

export const template = defineTemplate({
  code: 'appraisal-commission',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      addressee(f.recipient),
      p(`本机关在调查处理${f.caseName}一案中，需对下列事项进行鉴定：`),
      ...numbered(f.matters),
      ...(f.requirements ? [p(`鉴定要求：${f.requirements}`)] : []),
      ...(f.materials.length ? [p(`送检材料：${f.materials.join('；')}。`)] : []),
      p(`现委托你单位进行鉴定，请于${formatChineseDate(f.dueOn)}前出具鉴定意见，并由鉴定人签名、加盖鉴定机构印章。`),
      ...contactBlock(ctx, { name: f.contactName, phone: f.contactPhone }),
      agencyDate(ctx),
      copiesNote('本文书一式两份：一份由执法机关存档，一份交鉴定机构。'),
    ];
  },
});
