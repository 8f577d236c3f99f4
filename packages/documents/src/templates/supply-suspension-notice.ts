import { z } from 'zod';
import { formatChineseDateTime } from '../chinese-format';
import { documentRef, isoDateTime, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, contactBlock, copiesNote, p, partyName, refText } from './sections';
import { supplyKind, supplyText } from './supply-sections';

export const version = '2020.1';

export const fields = z.object({
  recipient: text('受送达单位（供电或民用爆炸物品供应单位）', 200),
  supply: supplyKind,
  decision: documentRef.describe('停止供电（供应民用爆炸物品）决定书'),
  reason: text('事由', 2000),
  place: text('停止供应的场所', 200),
  effectiveAt: isoDateTime('停止供应时间'),
  contactName: text('联系人', 50),
  contactPhone: text('联系电话', 40),
});

export const template = defineTemplate({
  code: 'supply-suspension-notice',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const s = supplyText[f.supply];
    return [
      addressee(f.recipient),
      p(`${partyName(ctx)}（地址：${ctx.party?.address ?? '＿＿＿'}）${f.reason}。本机关已作出${refText(f.decision)}。依据《中华人民共和国安全生产法》第七十条的规定，经本部门主要负责人批准，请你单位于${formatChineseDateTime(f.effectiveAt)}前对该单位${f.place}停止${s}，并将执行情况书面告知本机关。`),
      p(`该单位依法履行行政决定、采取相应措施消除事故隐患后，本机关将及时通知你单位恢复${s}。`),
      ...contactBlock(ctx, { name: f.contactName, phone: f.contactPhone }),
      agencyDate(ctx),
      copiesNote('本文书一式两份：一份由执法机关存档，一份交受送达单位。'),
    ];
  },
});
