import { signerCapacities, signerCapacityLabel } from '@zhifa/shared/contract/document';
import { z } from 'zod';
import type { Block, SignLine, TableRow } from '../blocks';
import { formatChineseDate, formatChineseDateTime } from '../chinese-format';
import { documentRef, isoDateTime, list, optionalText, text } from '../field-schemas';
import type { Signature } from '../render-input';
import { defineTemplate } from './document-template';
import { form, formPair, formRow, officersBlock, refText } from './sections';

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
  // Issue 8: the natural person who signed and in what capacity, 留置送达's refusal and witness.
  signerName: optionalText('签收人姓名', 50),
  signerCapacity: z
    .enum(signerCapacities, { error: '签收人身份应为本人、法定代表人、授权委托人、员工、成年家属或其他' })
    .optional()
    .describe('签收人身份'),
  signerCapacityNote: optionalText('签收人身份说明', 100),
  refusal: optionalText('拒收情况', 500),
  witnessName: optionalText('见证人姓名', 50),
  witnessCapacity: optionalText('见证人身份（单位、职务）', 100),
  postalNumber: optionalText('邮件号码', 40),
});

type Fields = z.output<typeof fields>;

/** A signature line of a natural person: the image if signed on screen, else a blank for handwriting. */
function signLine(label: string, signature: Signature | undefined, name: string | undefined): SignLine {
  const line: SignLine = { label, date: signature?.signedOn ? formatChineseDate(signature.signedOn) : null };
  if (signature?.image) line.image = signature.image;
  else if (name) line.name = name;
  return line;
}

/** "姓名：王某 身份：授权委托人" (a full-width space between): who signed; the company's name never stands on the signer's line. */
function signerText(f: Fields): string {
  const capacity = f.signerCapacity && (f.signerCapacity === 'other' && f.signerCapacityNote ? f.signerCapacityNote : signerCapacityLabel[f.signerCapacity]);
  const relation = capacity ?? f.receiverRelation;
  return [f.signerName && `姓名：${f.signerName}`, relation && `身份：${relation}`].filter(Boolean).join('\u3000');
}

export const template = defineTemplate({
  code: 'service-receipt',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const left = f.method === 'left';
    const signer = ctx.signatures.party ?? ctx.signatures.recipient;
    const rows: TableRow[] = [
      formRow('送达文书名称及文号', f.documents.map((d, i) => `${i + 1}. ${refText(d)}`).join('\n'), 2),
      formRow('受送达人', f.recipient),
      formPair('送达时间', formatChineseDateTime(f.servedAt), '送达地点', f.place),
      formPair('送达方式', serviceMethodText[f.method], '邮件号码', f.method === 'post' ? f.postalNumber : undefined),
    ];
    if (left) {
      rows.push(formRow('拒收情况', f.refusal ?? '受送达人拒绝签收，送达人已将文书留置于受送达人住所，并采用拍照、录像方式记录送达过程。', 2));
      rows.push({
        cells: [
          { text: '见证人', kind: 'label' },
          { text: [f.witnessName, f.witnessCapacity].filter(Boolean).join('，'), span: 3, sign: signLine('见证人（签名）', ctx.signatures.witness, undefined) },
        ],
        minLines: 2,
      });
    } else if (f.method !== 'publicNotice') {
      // The natural person who signed: the signature, the printed name and capacity — never the company's name.
      rows.push({
        cells: [
          { text: '签收人', kind: 'label' },
          { text: signerText(f), span: 3, sign: signLine('签收人（签名）', signer, undefined) },
        ],
        minLines: 2,
      });
    }
    rows.push(formRow('备注', f.note, 2));
    const blocks: Block[] = [form(rows), officersBlock(ctx, '送达人（签名）', true)];
    return blocks;
  },
});
