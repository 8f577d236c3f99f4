import { z } from 'zod';
import { formatChineseDateTime } from '../chinese-format';
import { documentRef, isoDateTime, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, p, partyName, refText, remedies, you } from './sections';
import { supplyKind, supplyText } from './supply-sections';

export const version = '2020.1';

export const fields = z.object({
  supply: supplyKind,
  refusedDecision: documentRef.describe('拒不执行的决定'),
  facts: text('事实及危险情形', 3000),
  place: text('停止供应的场所', 200),
  effectiveAt: isoDateTime('停止供应时间'),
});

export const template = defineTemplate({
  code: 'supply-suspension-decision',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const s = supplyText[f.supply];
    return [
      addressee(partyName(ctx)),
      p(`${you(ctx)}拒不执行本机关作出的${refText(f.refusedDecision)}，${f.facts}，有发生生产安全事故的现实危险。`),
      p(`依据《中华人民共和国安全生产法》第七十条的规定，经本部门主要负责人批准，本机关决定自${formatChineseDateTime(f.effectiveAt)}起对${you(ctx)}${f.place}停止${s}。${you(ctx)}依法履行行政决定、采取相应措施消除事故隐患后，本机关将及时解除前款规定的措施。`),
      remedies(ctx, '决定'),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
