import { z } from 'zod';
import { formatChineseDateTime } from '../chinese-format';
import { documentRef, isoDateTime, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, p, partyName, refText } from './sections';
import { supplyKind, supplyText } from './supply-sections';

export const version = '2020.1';

export const fields = z.object({
  recipient: text('受送达单位（供电或民用爆炸物品供应单位）', 200),
  supply: supplyKind,
  suspensionNotice: documentRef.describe('停止供电（供应民用爆炸物品）通知书'),
  reason: text('恢复理由', 2000),
  place: text('恢复供应的场所', 200),
  restoreAt: isoDateTime('恢复供应时间'),
});

export const template = defineTemplate({
  code: 'supply-restoration-notice',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const s = supplyText[f.supply];
    return [
      addressee(f.recipient),
      p(`本机关以${refText(f.suspensionNotice)}通知你单位对${partyName(ctx)}${f.place}停止${s}。现该单位${f.reason}。依据《中华人民共和国安全生产法》第七十条的规定，请你单位于${formatChineseDateTime(f.restoreAt)}前恢复对该单位的${s}。`),
      agencyDate(ctx),
      copiesNote('本文书一式两份：一份由执法机关存档，一份交受送达单位。'),
    ];
  },
});
