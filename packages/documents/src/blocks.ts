/**
 * The layout model between templates and the two renderers (PDF and DOCX).
 * Templates produce blocks; renderers decide geometry. Dates in blocks are already formatted text;
 * `null` means "leave the blank for a handwritten date" (年 月 日).
 */

export type TextAlign = 'left' | 'center' | 'right' | 'justify';
export type TextSize = 'body' | 'small';

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  /** First-line indent of two characters (default true), as in official body text. */
  indent?: boolean;
  align?: TextAlign;
  size?: TextSize;
  /**
   * Part of the closing block (救济告知 and the like): kept on one page with the sign-off, agency
   * name, date and seal after it, and never on a page without at least the end of the text before.
   */
  keepWithNext?: boolean;
}

/** A bold sub-heading inside the body, e.g. 一、检查情况. */
export interface HeadingBlock {
  type: 'heading';
  text: string;
}

/** One row of labelled fill-in fields ("被检查单位：＿＿＿ 地址：＿＿＿"), values underlined. */
export interface FieldsBlock {
  type: 'fields';
  items: FieldItem[];
}
export interface FieldItem {
  label: string;
  value?: string;
  /** Share of the row width (the shares of a row are normalised). */
  width?: number;
  /** Keep the underlined blank when there is no value (for handwriting); otherwise an empty item is left out. */
  keepBlank?: boolean;
}

export interface SignLine {
  label: string;
  name?: string;
  image?: Uint8Array;
  date?: string | null;
  /** A seal placed over this line's date (internal forms sealed in the approval cell). */
  seal?: Uint8Array;
}

export interface TableCell {
  text?: string;
  span?: number;
  /** label: centred caption cell; value: text cell (default). */
  kind?: 'label' | 'value';
  align?: TextAlign;
  /** Signature line at the bottom right of the cell (审批人 / 日期). */
  sign?: SignLine;
  /** Keep the cell when empty (for handwriting); otherwise an empty optional label/value pair is left out. */
  keepBlank?: boolean;
}
export interface TableRow {
  cells: TableCell[];
  /** Minimum height in body lines (room for handwriting or a long opinion). */
  minLines?: number;
}
export interface TableBlock {
  type: 'table';
  /** Relative column widths. */
  columns: number[];
  /** Repeated on every page the table runs onto. */
  header?: TableCell[];
  rows: TableRow[];
  size?: TextSize;
}

/** "被检查单位负责人（签名）：＿＿＿  年 月 日" */
export interface SignatureBlock {
  type: 'signature';
  label: string;
  name?: string;
  image?: Uint8Array;
  date?: string | null;
}

export interface OfficerLine {
  name: string;
  certNo: string;
  signature?: Uint8Array;
}
/** Officers and their 执法证号; renderers print at most two (Q9). */
export interface OfficersBlock {
  type: 'officers';
  label: string;
  officers: OfficerLine[];
  date?: string | null;
}

/** Agency name and date at the bottom right, the seal pressed over them. */
export interface AgencyDateBlock {
  type: 'agencyDate';
  agencyName: string;
  date: string | null;
  /** The type carries a seal: room for it is kept even on a draft, so drafts paginate like the issued copy. */
  sealed: boolean;
  seal?: Uint8Array;
}

export interface SpacerBlock {
  type: 'spacer';
  lines: number;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | FieldsBlock
  | TableBlock
  | SignatureBlock
  | OfficersBlock
  | AgencyDateBlock
  | SpacerBlock;

/** Q9 of the Ministry's Q&A: a document shows at most two officers. */
export const MAX_OFFICERS_SHOWN = 2;

/** A document ready for a renderer: header data plus blocks. */
export interface ResolvedDocument {
  agencyName: string;
  title: string;
  number: string | null;
  blocks: Block[];
  verification?: { url: string; token: string };
  /** Fixed metadata for byte-identical re-renders. */
  deterministic?: { creationDate: Date; documentId: string };
  /** Plain-text keywords for the PDF Info dictionary. */
  subject: string;
}
