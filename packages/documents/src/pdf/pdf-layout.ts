import QRCode from 'qrcode';
import {
  MAX_OFFICERS_SHOWN,
  type AgencyDateBlock,
  type Block,
  type FieldsBlock,
  type OfficersBlock,
  type ParagraphBlock,
  type ResolvedDocument,
  type SignatureBlock,
} from '../blocks';
import { BLANK_DATE } from '../chinese-format';
import { breakLines } from './break-lines';
import { drawTable } from './draw-table';
import type { LoadedFont } from './font-cache';
import { MM, PAGE, PITCH, PdfCanvas, QR_SIZE, SEAL_DIAMETER, SEAL_MARGIN_DIP, SIGNATURE_HEIGHT, SIZE, type FontName } from './pdf-canvas';

export { PAGE } from './pdf-canvas';

/** Lays a resolved document out on A4 pages: header, blocks, closing group, QR code, page numbers. */
export class PdfLayout {
  private readonly c: PdfCanvas;
  /** Whether another block follows the one being laid out. */
  private followed = false;

  constructor(doc: PDFKit.PDFDocument, fonts: Record<FontName, LoadedFont>) {
    this.c = new PdfCanvas(doc, fonts);
  }

  render(resolved: ResolvedDocument): void {
    this.c.doc.fillColor('black').strokeColor('black');
    this.header(resolved);
    const blocks = resolved.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      const groupHeight = this.closingGroupHeight(blocks, i);
      if (groupHeight !== undefined) {
        // Keep the closing block (救济告知, contact fields, signatures, date and seal) together on one page.
        this.c.ensureSpace(Math.min(groupHeight, this.c.bottom - PAGE.top));
      }
      // The block before the closing block carries its end over with it, so that no page holds only
      // the closing notice and the seal.
      const next = this.closingGroupHeight(blocks, i + 1);
      this.followed = i + 1 < blocks.length;
      if (block.type === 'paragraph') this.paragraph(block, 'body', next ?? 0);
      else if (block.type === 'table') drawTable(this.c, block, next ?? 0);
      else this.block(block);
    }
    if (resolved.verification) this.verificationCode(resolved.verification);
    this.pageNumbers();
  }

  /**
   * When blocks[i] starts the closing group — a run of keep-with-next paragraphs, fields rows and
   * sign-off blocks that contains a sign-off, plus a small-print note after it — the height the
   * group needs; otherwise undefined.
   */
  private closingGroupHeight(blocks: Block[], i: number): number | undefined {
    const inGroup = (b: Block | undefined) => b !== undefined && (isSignOff(b) || b.type === 'fields' || (b.type === 'paragraph' && b.keepWithNext === true));
    if (!inGroup(blocks[i]) || inGroup(blocks[i - 1])) return undefined;
    let height = 0;
    let hasSignOff = false;
    let j = i;
    for (; inGroup(blocks[j]); j++) {
      const b = blocks[j] as Block;
      hasSignOff ||= isSignOff(b);
      if (b.type === 'fields') height += this.fieldsLayout(b).height;
      else if (b.type === 'paragraph') height += this.paragraphHeight(b);
      else height += this.signOffHeight(b, blocks[j + 1] !== undefined);
    }
    if (!hasSignOff) return undefined;
    const after = blocks[j];
    if (after?.type === 'paragraph' && after.size === 'small') height += this.paragraphHeight(after);
    return height;
  }

  // ── header ─────────────────────────────────────────────────────────────

  private header(resolved: ResolvedDocument): void {
    this.centered(resolved.agencyName, 'heading', SIZE.agency, SIZE.agency * 1.5);
    this.centered(resolved.title, 'heading', SIZE.title, SIZE.title * 1.45);
    if (resolved.number) {
      const pitch = SIZE.number * 1.7;
      const w = this.c.measure('body', SIZE.number)(resolved.number);
      this.c.text(resolved.number, this.c.left + this.c.width - w, this.c.baseline(this.c.y, pitch, SIZE.number), 'body', SIZE.number);
      this.c.y += pitch;
    }
    this.c.y += SIZE.body * 0.5;
  }

  private centered(text: string, font: FontName, size: number, pitch: number): void {
    const measure = this.c.measure(font, size);
    for (const line of breakLines(text, this.c.width, measure)) {
      this.c.text(line.text, this.c.left + (this.c.width - line.width) / 2, this.c.baseline(this.c.y, pitch, size), font, size);
      this.c.y += pitch;
    }
  }

  // ── blocks ─────────────────────────────────────────────────────────────

  private block(block: Block): void {
    switch (block.type) {
      case 'paragraph':
        return this.paragraph(block);
      case 'heading':
        this.c.ensureSpace(PITCH.body * 2);
        return this.paragraph({ type: 'paragraph', text: block.text, indent: false }, 'heading');
      case 'fields':
        return this.fields(block);
      case 'table':
        return drawTable(this.c, block);
      case 'signature':
        return this.signature(block);
      case 'officers':
        return this.officers(block);
      case 'agencyDate':
        return this.agencyDate(block, this.followed);
      case 'spacer':
        this.c.y += PITCH.body * block.lines;
        return;
    }
  }

  /**
   * A paragraph split over two pages leaves at least two lines on each (no orphan, no widow).
   * `carry`: height of the closing group that follows. If the paragraph would end on this page but
   * the group would not fit after it, its last two lines go over with the group, so the closing
   * notice and the seal never stand on a page without the end of the text.
   */
  private paragraph(block: ParagraphBlock, font: FontName = 'body', carry = 0): void {
    const size = SIZE[block.size ?? 'body'];
    const pitch = PITCH[block.size ?? 'body'];
    const align = block.align ?? 'justify';
    const indent = (block.indent ?? true) && (align === 'justify' || align === 'left') ? size * 2 : 0;
    const lines = breakLines(block.text, this.c.width, this.c.measure(font, size), indent);
    const fitting = Math.max(0, Math.floor((this.c.bottom - this.c.y + 0.01) / pitch));
    const atTop = this.c.y <= PAGE.top + 0.01;
    let breakBefore = -1;
    if (!atTop && lines.length > fitting) {
      breakBefore = fitting;
      if (lines.length - breakBefore === 1 && lines.length > 2) breakBefore--;
      if (breakBefore === 1) breakBefore = 0;
    } else if (!atTop && carry > 0 && this.c.y + lines.length * pitch + carry > this.c.bottom + 0.01) {
      breakBefore = lines.length > 2 ? lines.length - 2 : 0;
    }
    lines.forEach((line, k) => {
      if (k === breakBefore) this.c.newPage();
      this.c.ensureSpace(pitch);
      this.c.line(line, this.c.left, this.c.width, this.c.y, pitch, size, align, font, line.isFirst ? indent : 0);
      this.c.y += pitch;
    });
  }

  private paragraphHeight(block: ParagraphBlock): number {
    const size = SIZE[block.size ?? 'body'];
    const align = block.align ?? 'justify';
    const indent = (block.indent ?? true) && (align === 'justify' || align === 'left') ? size * 2 : 0;
    return breakLines(block.text, this.c.width, this.c.measure('body', size), indent).length * PITCH[block.size ?? 'body'];
  }

  /** Labelled fill-in fields side by side; values wrap inside their share and are underlined. */
  private fields(block: FieldsBlock): void {
    const size = SIZE.body;
    const pitch = PITCH.body;
    const { placed, rows } = this.fieldsLayout(block);
    this.c.ensureSpace(pitch * Math.min(rows, 3));
    for (let r = 0; r < rows; r++) {
      this.c.ensureSpace(pitch);
      for (const p of placed) {
        if (r === 0) this.c.text(p.label, p.x, this.c.baseline(this.c.y, pitch, size), 'body', size);
        const line = p.lines[r];
        const vx = p.x + p.labelWidth;
        if (line) {
          this.c.line(line, vx, p.valueWidth, this.c.y, pitch, size, 'left', 'body');
          this.c.underline(vx, p.valueWidth, this.c.y, pitch, size);
        }
      }
      this.c.y += pitch;
    }
  }

  private fieldsLayout(block: FieldsBlock) {
    const size = SIZE.body;
    const measure = this.c.measure('body', size);
    const total = block.items.reduce((s, item) => s + (item.width ?? 1), 0);
    let x = this.c.left;
    const placed = block.items.map((item) => {
      const share = ((item.width ?? 1) / total) * this.c.width;
      const label = `${item.label}：`;
      const labelWidth = measure(label);
      // One character of air between a value's underline and the next label.
      const valueWidth = Math.max(share - labelWidth - size, size * 2);
      const at = { x, label, labelWidth, valueWidth, lines: breakLines(item.value ?? '', valueWidth, measure) };
      x += share;
      return at;
    });
    const rows = Math.max(...placed.map((p) => p.lines.length));
    return { placed, rows, height: rows * PITCH.body };
  }


  private signature(block: SignatureBlock): void {
    const size = SIZE.body;
    const pitch = this.signOffHeight(block);
    this.c.ensureSpace(pitch);
    const measure = this.c.measure('body', size);
    const base = this.c.baseline(this.c.y, pitch, size);
    const label = `${block.label}：`;
    this.c.text(label, this.c.left, base, 'body', size);
    const nx = this.c.left + measure(label);
    if (block.image) this.c.image(block.image, nx, this.c.y + (pitch - SIGNATURE_HEIGHT) / 2, SIGNATURE_HEIGHT * 3, SIGNATURE_HEIGHT);
    else if (block.name) this.c.text(block.name, nx, base, 'body', size);
    if (block.date !== undefined) {
      const date = block.date ?? BLANK_DATE;
      this.c.text(date, this.c.left + this.c.width - measure(date) - size, base, 'body', size);
    }
    this.c.y += pitch;
  }

  private officers(block: OfficersBlock): void {
    const size = SIZE.body;
    const measure = this.c.measure('body', size);
    const shown = block.officers.slice(0, MAX_OFFICERS_SHOWN);
    const label = `${block.label}：`;
    const nameX = this.c.left + measure(label);
    const certX = nameX + SIGNATURE_HEIGHT * 3 + size;
    const pitch = this.officerPitch(block);
    const rows = this.officerRows(block);
    this.c.ensureSpace(pitch * rows);
    const date = block.date === undefined ? undefined : (block.date ?? BLANK_DATE);
    for (let i = 0; i < rows; i++) {
      const base = this.c.baseline(this.c.y, pitch, size);
      if (i === 0) this.c.text(label, this.c.left, base, 'body', size);
      const officer = shown[i];
      if (officer) {
        if (officer.signature) this.c.image(officer.signature, nameX, this.c.y + (pitch - SIGNATURE_HEIGHT) / 2, SIGNATURE_HEIGHT * 3, SIGNATURE_HEIGHT);
        else this.c.text(officer.name, nameX, base, 'body', size);
        this.c.text(`执法证号：${officer.certNo}`, certX, base, 'body', size);
      }
      if (i === rows - 1 && date !== undefined) this.c.text(date, this.c.left + this.c.width - measure(date) - size, base, 'body', size);
      this.c.y += pitch;
    }
  }

  /** One row per officer shown, plus one for the date when it would collide with a certificate number. */
  private officerRows(block: OfficersBlock): number {
    const size = SIZE.body;
    const measure = this.c.measure('body', size);
    const shown = Math.max(1, Math.min(block.officers.length, MAX_OFFICERS_SHOWN));
    if (block.date === undefined || block.officers.length === 0) return shown;
    const last = block.officers[shown - 1];
    const certEnd = this.c.left + measure(`${block.label}：`) + SIGNATURE_HEIGHT * 3 + size + measure(`执法证号：${last?.certNo ?? ''}`);
    const dateX = this.c.left + this.c.width - measure(block.date ?? BLANK_DATE) - size;
    return dateX < certEnd + size ? shown + 1 : shown;
  }

  private officerPitch(block: OfficersBlock): number {
    return block.officers.some((o) => o.signature) ? Math.max(PITCH.body, SIGNATURE_HEIGHT + 3) : PITCH.body;
  }

  /**
   * Agency name and date, the date right-indented by four characters with the name centred over it
   * (GB/T 9704 §7.3.5.1). The seal is pressed centred over both, the name and date below its centre
   * (骑年盖月), its top just under the text above — it never covers any other text. A type that
   * carries no seal gets the name and date one blank line below the text.
   */
  private agencyDate(block: AgencyDateBlock, followed = false): void {
    const size = SIZE.body;
    const pitch = PITCH.body;
    const measure = this.c.measure('body', size);
    const g = this.agencyDateGeometry(block);
    this.c.ensureSpace(followed ? g.extent : g.reserved);
    const top = this.c.y;
    const date = block.date ?? BLANK_DATE;
    const dateWidth = measure(date);
    const right = this.c.left + this.c.width;
    const centre = Math.min(right - size * 4 - dateWidth / 2, right - Math.max(dateWidth, ...g.nameLines.map((l) => l.width)) / 2);
    this.c.y = top + g.textTop;
    for (const line of g.nameLines) {
      this.c.text(line.text, centre - line.width / 2, this.c.baseline(this.c.y, pitch, size), 'body', size);
      this.c.y += pitch;
    }
    this.c.text(date, centre - dateWidth / 2, this.c.baseline(this.c.y, pitch, size), 'body', size);
    if (block.seal) this.c.seal(block.seal, centre, top + g.sealCentre);
    this.c.y = top + g.extent;
  }

  /**
   * Offsets from the top of the block: where the name starts and the seal's centre; `extent` the
   * full height (below the seal, so a note after it does not run under the seal); `reserved` what
   * must fit on the page when nothing follows (the seal may dip a little into the bottom margin).
   */
  private agencyDateGeometry(block: AgencyDateBlock) {
    const size = SIZE.body;
    const pitch = PITCH.body;
    const nameLines = breakLines(block.agencyName, this.c.width / 2, this.c.measure('body', size));
    const textHeight = (nameLines.length + 1) * pitch;
    if (!block.sealed) {
      const extent = pitch + textHeight;
      return { nameLines, textTop: pitch, sealCentre: 0, extent, reserved: extent };
    }
    const radius = SEAL_DIAMETER / 2;
    const sealTop = size * 0.2;
    const sealCentre = sealTop + radius;
    // The name's line starts a fifth of a line above the centre: name and date sit below it.
    const textTop = sealCentre - pitch * 0.2;
    const textBottom = textTop + textHeight;
    const sealBottom = sealCentre + radius;
    const extent = Math.max(textBottom, sealBottom + size * 0.3);
    return { nameLines, textTop, sealCentre, extent, reserved: Math.max(textBottom, sealBottom - SEAL_MARGIN_DIP) };
  }

  private signOffHeight(block: Block, followed = false): number {
    switch (block.type) {
      case 'signature':
        return block.image ? Math.max(PITCH.body, SIGNATURE_HEIGHT + 3) : PITCH.body;
      case 'officers':
        return this.officerPitch(block) * this.officerRows(block);
      case 'agencyDate': {
        const g = this.agencyDateGeometry(block);
        return followed ? g.extent : g.reserved;
      }
      default:
        return 0;
    }
  }

  // ── page furniture ─────────────────────────────────────────────────────

  /** QR code to the public verification page, top right of page 1, with the short code beside it. */
  private verificationCode(verification: { url: string; token: string }): void {
    this.c.doc.switchToPage(0);
    const qr = QRCode.create(verification.url, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const x0 = PAGE.width - PAGE.right - QR_SIZE;
    const y0 = 7 * MM;
    const cell = QR_SIZE / n;
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        // Slight overlap avoids hairline gaps between modules in some viewers.
        if (qr.modules.get(r, c)) this.c.doc.rect(x0 + c * cell, y0 + r * cell, cell + 0.05, cell + 0.05);
      }
    }
    this.c.doc.fillColor('black').fill();
    const measure = this.c.measure('body', SIZE.qrText);
    const lines = ['扫码核验文书真伪', `核验码：${verification.token}`];
    lines.forEach((t, i) => {
      this.c.text(t, x0 - 4 - measure(t), y0 + QR_SIZE - (lines.length - i - 0.7) * SIZE.qrText * 1.5, 'body', SIZE.qrText);
    });
  }

  private pageNumbers(): void {
    const range = this.c.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      this.c.doc.switchToPage(range.start + i);
      const label = `第 ${i + 1} 页 共 ${range.count} 页`;
      const w = this.c.measure('body', SIZE.footer)(label);
      this.c.text(label, (PAGE.width - w) / 2, PAGE.height - PAGE.bottom + 14 * MM, 'body', SIZE.footer);
    }
  }
}

const isSignOff = (block: Block): boolean => block.type === 'signature' || block.type === 'officers' || block.type === 'agencyDate';
