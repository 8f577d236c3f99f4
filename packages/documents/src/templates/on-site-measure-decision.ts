import { z } from 'zod';
import { list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, numbered, officersBlock, p, partyName, partySignature, remedies, you } from './sections';

export const version = '2020.1';

export const fields = z.object({
  violations: list(text('违法行为（事故隐患）', 1000), '违法行为（事故隐患）'),
  basis: text('处理依据', 500),
  measures: list(text('现场处理措施', 500), '现场处理措施'),
  resumptionCondition: optionalText('恢复生产经营条件', 500),
});

export const template = defineTemplate({
  code: 'on-site-measure-decision',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      addressee(partyName(ctx)),
      p(`经查，${you(ctx)}存在下列安全生产违法行为（事故隐患）：`),
      ...numbered(f.violations),
      p(`依据${f.basis}的规定，现作出如下现场处理决定：`),
      ...numbered(f.measures),
      p(f.resumptionCondition ?? `${you(ctx)}应当立即采取措施排除事故隐患；事故隐患排除后，经本机关审查同意，方可恢复生产经营和使用。`),
      remedies(ctx, '决定'),
      partySignature(ctx),
      officersBlock(ctx),
      agencyDate(ctx),
      copiesNote('本文书一式两份：一份由执法机关存档，一份交被检查单位。'),
    ];
  },
});
