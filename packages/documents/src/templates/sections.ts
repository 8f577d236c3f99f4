import type {
  AgencyDateBlock,
  Block,
  FieldItem,
  FieldsBlock,
  OfficersBlock,
  ParagraphBlock,
  SignatureBlock,
  SignLine,
  TableBlock,
  TableCell,
  TableRow,
} from '../blocks';
import { formatChineseDate, formatFine } from '../chinese-format';
import type { GoodsItem, Opinion, PaymentAccount, PenaltyItem } from '../field-schemas';
import type { PartySnapshot, Signature } from '../render-input';
import { remediesText } from '../statutory-clauses';
import type { TemplateContext } from './document-template';

/** Section helpers shared by the templates, so that every form says the same thing the same way. */

export const p = (text: string, options: Omit<ParagraphBlock, 'type' | 'text'> = {}): ParagraphBlock => ({ type: 'paragraph', text, ...options });

/** "陕西东铭车辆系统股份有限公司：" flush left, the addressee of a served document. */
export const addressee = (name: string): ParagraphBlock => ({ type: 'paragraph', text: `${name}：`, indent: false });

export const heading = (text: string): Block => ({ type: 'heading', text });

export const note = (text: string): ParagraphBlock => ({ type: 'paragraph', text, indent: false, size: 'small', align: 'left' });

export const spacer = (lines = 1): Block => ({ type: 'spacer', lines });

const isBlank = (v: string | undefined): boolean => !v || !v.trim();

/**
 * One row of labelled fields. An item without a value is left out (an empty optional line is not
 * printed blank) unless it asks to keep its blank for handwriting.
 */
export const fields = (...items: FieldItem[]): FieldsBlock => ({ type: 'fields', items: items.filter((i) => i.keepBlank || !isBlank(i.value)) });

/** The fields rows that still hold an item. */
const someFields = (rows: FieldsBlock[]): FieldsBlock[] => rows.filter((r) => r.items.length > 0);

/** "1. …" paragraphs for a numbered list. */
export const numbered = (items: string[]): ParagraphBlock[] => items.map((item, i) => p(`${i + 1}. ${item}`));

export const date = (iso: string | undefined): string => formatChineseDate(iso);

/** The party's name or a blank line when the document has no party (a blank form). */
export const partyName = (ctx: TemplateContext<unknown>): string => ctx.party?.name ?? '＿＿＿＿＿＿';

/** "你单位" / "你" depending on the party. */
export const you = (ctx: TemplateContext<unknown>): string => (ctx.party?.kind === 'individual' ? '你' : '你单位');

const genderText = { male: '男', female: '女' } as const;

/** Age in whole years on the document date. */
function ageOn(birthDate: string | undefined, on: string | undefined): string | undefined {
  if (!birthDate || !on) return undefined;
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = on.split('-').map(Number);
  return String(y - by - (m < bm || (m === bm && d < bd) ? 1 : 0));
}

/** The party as labelled fill-in fields (decision heads): unit or individual layout. */
export function partyFields(ctx: TemplateContext<unknown>, label = '当事人'): FieldsBlock[] {
  const party: PartySnapshot | undefined = ctx.party;
  if (party?.kind === 'individual') {
    return someFields([
      fields({ label, value: party.name, width: 1.3, keepBlank: true }, { label: '性别', value: party.gender && genderText[party.gender], width: 0.7 }, { label: '年龄', value: ageOn(party.birthDate, ctx.issuedOn), width: 0.7 }),
      fields({ label: '身份证号码', value: party.idNumber }),
      fields({ label: '工作单位', value: party.employer, width: 1.6 }, { label: '职务', value: party.position }),
      fields({ label: '住址', value: party.address, width: 2.1 }, { label: '联系电话', value: party.phone }),
    ]);
  }
  return someFields([
    // Without a party (a blank form) the name keeps its line for handwriting.
    fields({ label, value: party?.name, keepBlank: true }),
    fields({ label: '统一社会信用代码', value: party?.creditCode, width: 1.45 }, { label: '联系电话', value: party?.phone, width: 1 }),
    fields({ label: '地址', value: party?.address, width: 1.75 }, { label: '邮政编码', value: party?.postcode, width: 0.75 }),
    fields({ label: '法定代表人（负责人）', value: party?.legalRepresentative, width: 1.45 }, { label: '职务', value: party?.legalRepresentativeTitle, width: 1 }),
  ]);
}

// ── form tables (审批表) ───────────────────────────────────────────────────

/** Internal forms use a 4-column grid: label, value, label, value. */
export const FORM_COLUMNS = [1.25, 2.4, 1.25, 2.4];

const label = (text: string, span = 1): TableCell => ({ text, kind: 'label', span });
const value = (text: string | undefined, span = 1): TableCell => ({ text: text ?? '', span });

const emptyCell = (c: TableCell): boolean => !c.sign && !c.keepBlank && isBlank(c.text);

/**
 * A form row of label/value pairs without its empty pairs (an empty optional line is not printed
 * blank): the last value left takes the freed columns; a row with nothing left is dropped. Rows of
 * other shapes (captions, lists) are kept as they are.
 */
export function compactFormRow(row: TableRow): TableRow | undefined {
  const cells = row.cells;
  const pairs = cells.length % 2 === 0 && cells.every((c, i) => (i % 2 === 0) === (c.kind === 'label'));
  if (!pairs) return row;
  const kept: TableCell[] = [];
  let freed = 0;
  for (let i = 0; i < cells.length; i += 2) {
    const [l, v] = [cells[i] as TableCell, cells[i + 1] as TableCell];
    if (emptyCell(v)) freed += (l.span ?? 1) + (v.span ?? 1);
    else kept.push(l, v);
  }
  if (!kept.length) return undefined;
  if (!freed) return row;
  const last = kept.length - 1;
  kept[last] = { ...(kept[last] as TableCell), span: ((kept[last] as TableCell).span ?? 1) + freed };
  return { ...row, cells: kept };
}

export const formRow = (caption: string, text: string | undefined, minLines?: number): TableRow => ({
  cells: [label(caption), value(text, 3)],
  ...(minLines ? { minLines } : {}),
});

/** A row whose empty cells stay (for handwriting). */
export const keepBlankRow = (row: TableRow): TableRow => ({ ...row, cells: row.cells.map((c) => (c.kind === 'label' ? c : { ...c, keepBlank: true })) });

export const formPair = (l1: string, v1: string | undefined, l2: string, v2: string | undefined): TableRow => ({
  cells: [label(l1), value(v1), label(l2), value(v2)],
});

export const form = (rows: TableRow[], columns = FORM_COLUMNS): TableBlock => ({
  type: 'table',
  columns,
  rows: rows.map(compactFormRow).filter((r): r is TableRow => r !== undefined),
});

/** Party rows of an approval form. */
export function partyRows(ctx: TemplateContext<unknown>, caption = '当事人'): TableRow[] {
  const party = ctx.party;
  if (party?.kind === 'individual') {
    return [
      formPair(caption, party.name, '性别／年龄', [party.gender && genderText[party.gender], ageOn(party.birthDate, ctx.issuedOn) && `${ageOn(party.birthDate, ctx.issuedOn)}岁`].filter(Boolean).join('，')),
      formPair('身份证号码', party.idNumber, '联系电话', party.phone),
      formPair('工作单位', party.employer, '住址', party.address),
    ];
  }
  return [
    // Without a party (a blank form) the name keeps its cell for handwriting.
    keepBlankRow(formRow(caption, party?.name)),
    formRow('统一社会信用代码', party?.creditCode),
    formRow('地址', party?.address),
    formPair('法定代表人（负责人）', party?.legalRepresentative, '联系电话', party?.phone),
  ];
}

/** An approval step: caption cell, opinion text, and the signer/date line (blank when not yet signed). */
export function opinionRow(caption: string, opinion: Opinion | undefined, signLabel = '签名', seal?: Uint8Array, defaultSigner?: string): TableRow {
  const sign: SignLine = { label: signLabel, date: opinion ? formatChineseDate(opinion.date) : null };
  const signer = opinion?.signer ?? defaultSigner;
  if (signer) sign.name = signer;
  if (seal && opinion) sign.seal = seal;
  // A blank step keeps room for a handwritten opinion.
  return { cells: [label(caption), { text: opinion?.opinion ?? '', span: 3, sign }], minLines: opinion ? 2 : 3 };
}

/** 承办人意见 / 审核意见 / 审批意见 rows; the enforcement seal (if the form carries one) goes on the approval. */
export function approvalRows(
  ctx: TemplateContext<unknown>,
  opinions: { handlerOpinion?: Opinion; reviewOpinion?: Opinion; approvalOpinion?: Opinion },
): TableRow[] {
  return [
    opinionRow('承办人意见', opinions.handlerOpinion, '承办人（签名）', undefined, ctx.officers.map((o) => o.name).join('、')),
    opinionRow('审核意见', opinions.reviewOpinion, '审核人（签名）'),
    opinionRow('审批意见', opinions.approvalOpinion, '审批人（签名）', ctx.seal),
  ];
}

/** Officers in one form cell: "张建国（61020019001）、李明（61020019002）" — at most two. */
export const officersText = (ctx: TemplateContext<unknown>): string => ctx.officers.map((o) => `${o.name}（执法证号：${o.certNo}）`).join('、');

// ── sign-off blocks ───────────────────────────────────────────────────────

export function officersBlock(ctx: TemplateContext<unknown>, label = '执法人员（签名）', withDate = false): OfficersBlock {
  const block: OfficersBlock = {
    type: 'officers',
    label,
    officers: ctx.officers.map((o) => ({ name: o.name, certNo: o.certNo, ...(o.signature ? { signature: o.signature } : {}) })),
  };
  if (withDate) block.date = ctx.issuedOn ? formatChineseDate(ctx.issuedOn) : null;
  return block;
}

/** A signature line for a person other than the officers (party, witness, recorder …). */
export function signatureBlock(label: string, signature: Signature | undefined, withDate = true): SignatureBlock {
  const block: SignatureBlock = { type: 'signature', label };
  if (signature?.image) block.image = signature.image;
  else if (signature?.name) block.name = signature.name;
  if (withDate) block.date = signature?.signedOn ? formatChineseDate(signature.signedOn) : null;
  return block;
}

export const partySignature = (ctx: TemplateContext<unknown>, label = '被检查单位负责人（签名）'): SignatureBlock =>
  signatureBlock(label, ctx.signatures.party);

/** Agency name and date; the seal only on a type that lawfully carries one (document-types `seal`). */
export const agencyDate = (ctx: TemplateContext<unknown>): AgencyDateBlock => {
  const sealed = ctx.type.seal !== 'none';
  return {
    type: 'agencyDate',
    agencyName: ctx.agency.name,
    date: ctx.issuedOn ? formatChineseDate(ctx.issuedOn) : null,
    sealed,
    ...(sealed && ctx.seal ? { seal: ctx.seal } : {}),
  };
};

/** 救济告知, dated by the document's date; kept together with the sign-off after it. */
export const remedies = (ctx: TemplateContext<unknown>, subject = '决定'): ParagraphBlock => p(remediesText(ctx.agency, subject, ctx.issuedOn), { keepWithNext: true });

/** "联系人：… 联系电话：…" and the agency address, as on notices. */
export function contactBlock(ctx: TemplateContext<unknown>, contact: { name?: string | undefined; phone?: string | undefined }): FieldsBlock[] {
  return [
    fields({ label: '联系人', value: contact.name }, { label: '联系电话', value: contact.phone ?? ctx.agency.phone }),
    fields({ label: '本机关地址', value: ctx.agency.address, width: 1.7 }, { label: '邮政编码', value: ctx.agency.postcode, width: 0.8 }),
  ];
}

// ── penalties and goods ───────────────────────────────────────────────────

export function penaltyText(item: PenaltyItem): string {
  switch (item.kind) {
    case 'warning':
      return '警告';
    case 'fine':
      return `罚款${formatFine(item.amountFen ?? 0)}`;
    case 'confiscation':
      return item.text ?? `没收违法所得${formatFine(item.amountFen ?? 0)}`;
    case 'suspension':
      return item.text ?? '责令停产停业整顿';
    case 'revocation':
      return item.text ?? '吊销有关许可证';
    case 'other':
      return item.text ?? '';
  }
}

export const penaltiesText = (items: PenaltyItem[]): string => items.map(penaltyText).join('，');

export const totalFineFen = (items: PenaltyItem[]): number => items.filter((i) => i.kind === 'fine').reduce((s, i) => s + (i.amountFen ?? 0), 0);

/** The agency's payment accounts (Q4: a decision may list several). */
export function paymentAccountsTable(accounts: PaymentAccount[]): TableBlock {
  return {
    type: 'table',
    columns: [0.7, 2.6, 2.3, 2.6],
    header: [label('序号'), label('开户银行'), label('户名'), label('账号')],
    rows: accounts.map((a, i) => ({ cells: [{ text: String(i + 1), align: 'center' }, value(a.bank), value(a.accountName), value(a.accountNumber)] })),
  };
}

/** 清单 of goods (查封扣押 / 先行登记保存 / 抽样). */
export function goodsTable(items: GoodsItem[]): TableBlock {
  return {
    type: 'table',
    columns: [0.7, 1.8, 1.4, 1, 0.9, 0.7, 0.9, 1.3],
    header: ['序号', '名称', '规格型号', '产地', '成色', '单位', '数量', '备注'].map((t) => label(t)),
    rows: items.map((g, i) => ({
      cells: [{ text: String(i + 1), align: 'center' }, value(g.name), value(g.spec), value(g.origin), value(g.condition), value(g.unit), value(g.quantity), value([g.price && `价格${g.price}`, g.note].filter(Boolean).join('；'))],
    })),
  };
}

/** The served-copies note at the foot of many forms. */
export const copiesNote = (text = '本文书一式两份：一份由执法机关存档，一份交当事人。'): ParagraphBlock => note(`备注：${text}`);

/** 《责令限期整改指令书》（铜应急责改〔2020〕1号） */
export const refText = (ref: { name: string; number?: string | undefined }): string => `《${ref.name}》${ref.number ? `（${ref.number}）` : ''}`;

/** "以上事实有现场检查记录、询问笔录等证据为证。" or nothing when no evidence is listed. */
export const evidenceSentence = (evidence: string[]): ParagraphBlock[] =>
  evidence.length ? [p(`以上事实有${evidence.join('、')}等证据为证。`)] : [];

/** A whole internal approval form: the given rows, then the three approval steps (the officers sign the first). */
export const approvalForm = (
  ctx: TemplateContext<unknown>,
  rows: TableRow[],
  opinions: { handlerOpinion?: Opinion; reviewOpinion?: Opinion; approvalOpinion?: Opinion },
): TableBlock => form([...rows, ...approvalRows(ctx, opinions)]);
