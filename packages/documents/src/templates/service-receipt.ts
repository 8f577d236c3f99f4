import { z } from 'zod';
import type { SignLine } from '../blocks';
import { formatChineseDate, formatChineseDateTime } from '../chinese-format';
import { documentRef, isoDateTime, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { agencyDate, form, formPair, formRow, officersText, refText } from './sections';

export const version = '2020.1';

/** Only the lawful methods (Q7); the codes follow the glossary. */
export const serviceMethodText = {
  direct: '直接送达',
  left: '留置送达',
  post: '邮寄送达',
  entrusted: '委托送达',
  publicNotice: '公告送达',
  electronic: '电子送达（经受送达人同意）',
} as const;

export const fields = z.object({
  documents: list(documentRef, '送达文书'),
  recipient: text('受送达人', 200),
  servedAt: isoDateTime('送达时间'),
  place: text('送达地点', 200),
  method: z.enum(['direct', 'left', 'post', 'entrusted', 'publicNotice', 'electronic'], { error: '送达方式应为法定方式之一' }).describe('送达方式'),
  receiverRelation: optionalText('收件人与受送达人关系', 50),
  note: optionalText('备注', 500),
});

export const template = defineTemplate({
  code: 'service-receipt',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const party = ctx.signatures.party ?? ctx.signatures.recipient;
    const receiverSign: SignLine = { label: '收件人（签名）', date: party?.signedOn ? formatChineseDate(party.signedOn) : null };
    if (party?.image) receiverSign.image = party.image;
    else if (party?.name) receiverSign.name = party.name;
    const witness = ctx.signatures.witness;
    const witnessSign: SignLine = { label: '见证人（签名）', date: witness?.signedOn ? formatChineseDate(witness.signedOn) : null };
    if (witness?.image) witnessSign.image = witness.image;
    else if (witness?.name) witnessSign.name = witness.name;
    return [
      form([
        formRow('送达文书名称及文号', f.documents.map((d, i) => `${i + 1}. ${refText(d)}`).join('\n'), 3),
        formRow('受送达人', f.recipient),
        formPair('送达时间', formatChineseDateTime(f.servedAt), '送达地点', f.place),
        formRow('送达方式', serviceMethodText[f.method]),
        {
          cells: [
            { text: '收件人', kind: 'label' },
            { text: f.receiverRelation ? `（与受送达人关系：${f.receiverRelation}）` : '', span: 3, sign: receiverSign },
          ],
          minLines: 2,
        },
        formRow('送达人', officersText(ctx)),
        {
          cells: [
            { text: '见证人', kind: 'label' },
            { text: f.method === 'left' ? '受送达人拒绝签收，送达人已将文书留置于受送达人住所，并采用拍照、录像方式记录送达过程。' : '', span: 3, sign: witnessSign },
          ],
          minLines: 2,
        },
        formRow('备注', f.note, 2),
      ]),
      agencyDate(ctx),
    ];
  },
});
