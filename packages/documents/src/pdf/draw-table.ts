import type { SignLine, TableBlock, TableCell, TextAlign } from '../blocks';
import { BLANK_DATE } from '../chinese-format';
import { breakLines, type Line } from './break-lines';
import { BORDER, CELL_PAD_X, CELL_PAD_Y, PAGE, PITCH, SIGNATURE_HEIGHT, SIZE, type PdfCanvas } from './pdf-canvas';

interface CellLayout {
  cell: TableCell;
  x: number;
  width: number;
  lines: Line[];
  /** Lines already drawn on earlier pages. */
  drawn: number;
}

/**
 * Bordered tables (forms and lists): the header repeats on each page, a row that does not fit moves
 * to the next page, and a row taller than a page is split line by line. `carry`: height of the
 * closing block that follows; when it would not fit after the last row, the last row goes over
 * with it (the whole table when it has one row), so the closing block never stands alone.
 */
export function drawTable(canvas: PdfCanvas, block: TableBlock, carry = 0): void {
  const size = SIZE[block.size ?? 'small'];
  const pitch = PITCH[block.size ?? 'small'];
  const total = block.columns.reduce((s, c) => s + c, 0);
  const colX: number[] = [];
  let acc = 0;
  for (const c of block.columns) {
    colX.push(canvas.left + (acc / total) * canvas.width);
    acc += c;
  }
  colX.push(canvas.left + canvas.width);
  const layoutRow = (cells: TableCell[]): CellLayout[] => {
    let col = 0;
    return cells.map((cell) => {
      const span = cell.span ?? 1;
      const x = colX[col] ?? canvas.left;
      const x2 = colX[Math.min(col + span, block.columns.length)] ?? canvas.left + canvas.width;
      col += span;
      const inner = x2 - x - CELL_PAD_X * 2;
      const lines = cell.text ? breakLines(cell.text, inner, canvas.measure('body', size)) : [];
      return { cell, x, width: x2 - x, lines, drawn: 0 };
    });
  };
  const header = block.header ? layoutRow(block.header) : undefined;
  const drawHeader = () => {
    if (!header) return;
    const h = rowHeight(canvas, header, pitch, 0);
    drawRow(canvas, header.map((c) => ({ ...c, drawn: 0 })), h, pitch, size, true);
  };
  const firstRow = block.rows[0];
  const fresh = canvas.bottom - PAGE.top;
  // The space the table leaves below itself belongs to what it carries over.
  const gapAfter = pitch * 0.3;
  carry = carry > 0 ? carry + gapAfter : 0;
  if (carry > 0 && block.rows.length === 1 && firstRow && canvas.y > PAGE.top + 0.01) {
    const whole = (header ? rowHeight(canvas, header, pitch, 0) : 0) + rowHeight(canvas, layoutRow(firstRow.cells), pitch, firstRow.minLines ?? 0);
    if (canvas.y + whole + carry > canvas.bottom + 0.01 && whole + carry <= fresh) canvas.newPage();
  }
  if (header && firstRow) {
    // Never leave the header alone at the foot of a page.
    const firstHeight = rowHeight(canvas, layoutRow(firstRow.cells), pitch, firstRow.minLines ?? 0);
    canvas.ensureSpace(rowHeight(canvas, header, pitch, 0) + Math.min(firstHeight, pitch * 3));
  }
  drawHeader();
  block.rows.forEach((row, index) => {
    const cells = layoutRow(row.cells);
    if (carry > 0 && index > 0 && index === block.rows.length - 1) {
      const needed = rowHeight(canvas, cells, pitch, row.minLines ?? 0);
      const headerHeight = header ? rowHeight(canvas, header, pitch, 0) : 0;
      if (canvas.y + needed + carry > canvas.bottom + 0.01 && headerHeight + needed + carry <= fresh) {
        canvas.newPage();
        drawHeader();
      }
    }
    let first = true;
    for (;;) {
      const needed = rowHeight(canvas, cells, pitch, first ? (row.minLines ?? 0) : 0);
      const room = canvas.bottom - canvas.y;
      if (needed <= room) {
        drawRow(canvas, cells, needed, pitch, size, true);
        break;
      }
      const freshPage = canvas.bottom - PAGE.top - (header ? rowHeight(canvas, header, pitch, 0) : 0);
      const linesThatFit = Math.floor((room - CELL_PAD_Y * 2) / pitch);
      if (needed <= freshPage || linesThatFit < 2) {
        canvas.newPage();
        drawHeader();
        if (needed <= freshPage) continue;
      }
      // A row taller than a page: draw what fits, continue the rest on the next page.
      const fit = Math.floor((canvas.bottom - canvas.y - CELL_PAD_Y * 2) / pitch);
      drawRow(canvas, cells, fit * pitch + CELL_PAD_Y * 2, pitch, size, false, fit);
      for (const c of cells) c.drawn = Math.min(c.lines.length, c.drawn + fit);
      first = false;
      canvas.newPage();
      drawHeader();
    }
  });
  canvas.y += gapAfter;
}

function rowHeight(canvas: PdfCanvas, cells: CellLayout[], pitch: number, minLines: number): number {
  let lines = minLines;
  for (const c of cells) {
    const signLines = c.cell.sign ? signLineHeight(canvas, c.cell.sign, pitch, c.width - CELL_PAD_X * 2) / pitch : 0;
    lines = Math.max(lines, c.lines.length - c.drawn + signLines);
  }
  return Math.max(lines, 1) * pitch + CELL_PAD_Y * 2;
}

/** Draws one row (or the part of it that fits: `maxLines`), borders included. */
function drawRow(canvas: PdfCanvas, cells: CellLayout[], height: number, pitch: number, size: number, complete: boolean, maxLines = Infinity): void {
  const top = canvas.y;
  canvas.doc.lineWidth(BORDER);
  for (const c of cells) {
    canvas.doc.rect(c.x, top, c.width, height).stroke();
    const label = c.cell.kind === 'label';
    const visible = c.lines.slice(c.drawn, c.drawn + maxLines);
    const inner = c.width - CELL_PAD_X * 2;
    const align: TextAlign = c.cell.align ?? (label ? 'center' : 'justify');
    // Labels sit in the middle of the row, values at the top.
    let ly = label ? top + (height - visible.length * pitch) / 2 : top + CELL_PAD_Y;
    for (const line of visible) {
      canvas.line(line, c.x + CELL_PAD_X, inner, ly, pitch, size, align, 'body');
      ly += pitch;
    }
    if (complete && c.cell.sign) {
      const h = signLineHeight(canvas, c.cell.sign, pitch, inner);
      signLine(canvas, c.cell.sign, c.x + CELL_PAD_X, inner, top + height - CELL_PAD_Y - h, h, size);
    }
  }
  canvas.y = top + height;
}

function signLineHeight(canvas: PdfCanvas, sign: SignLine, pitch: number, width = Infinity, size = SIZE.small): number {
  const line = sign.image ? Math.max(pitch, SIGNATURE_HEIGHT + 4) : pitch;
  return signLineParts(canvas, sign, size).total > width ? line + pitch : line;
}

function signLineParts(canvas: PdfCanvas, sign: SignLine, size: number) {
  const measure = canvas.measure('body', size);
  const date = sign.date === undefined ? '' : (sign.date ?? BLANK_DATE);
  const label = `${sign.label}：`;
  const nameWidth = sign.image ? SIGNATURE_HEIGHT * 2.6 : Math.max(measure(sign.name ?? ''), size * 4);
  const dateWidth = measure(date);
  return { date, label, labelWidth: measure(label), nameWidth, dateWidth, total: measure(label) + nameWidth + size + dateWidth };
}

/**
 * "审批人（签名）：[signature]    2020年6月18日", right-aligned inside a cell; when it does not fit
 * on one line the date goes on a second line.
 */
function signLine(canvas: PdfCanvas, sign: SignLine, x: number, width: number, top: number, height: number, size: number): void {
  const parts = signLineParts(canvas, sign, size);
  const pitch = PITCH.small;
  const twoLines = parts.total > width;
  const firstHeight = twoLines ? height - pitch : height;
  const firstWidth = twoLines ? parts.labelWidth + parts.nameWidth : parts.total;
  let cx = x + Math.max(0, width - firstWidth);
  const base = canvas.baseline(top, firstHeight, size);
  canvas.text(parts.label, cx, base, 'body', size);
  cx += parts.labelWidth;
  if (sign.image) canvas.image(sign.image, cx, top + (firstHeight - SIGNATURE_HEIGHT) / 2, parts.nameWidth, SIGNATURE_HEIGHT);
  else if (sign.name) canvas.text(sign.name, cx, base, 'body', size);
  let dateX = cx + parts.nameWidth + size;
  let dateBase = base;
  if (twoLines) {
    dateX = x + width - parts.dateWidth;
    dateBase = canvas.baseline(top + firstHeight, pitch, size);
  }
  if (parts.date) canvas.text(parts.date, dateX, dateBase, 'body', size);
  if (sign.seal) canvas.seal(sign.seal, dateX + parts.dateWidth / 2, dateBase - size * 0.9);
}
