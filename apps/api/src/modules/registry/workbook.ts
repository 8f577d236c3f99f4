/**
 * .xlsx in and out with exceljs: templates (Chinese headers with notes, a 填写说明 sheet, a 代码表
 * sheet feeding drop-down lists), exports, and reading an uploaded sheet into plain cell values. A file
 * that is not a readable workbook is a 400 with a Chinese reason, never a 500.
 */
import ExcelJS from 'exceljs';
import { ErrorCode } from '@zhifa/shared';
import { AppError, invalidField } from '../../platform/http/errors';
import { readXlsxRows, WorkbookTooLarge, WorkbookUnreadable } from './xlsx/xlsx-reader';
import type { SheetColumn } from './enterprise-sheet';
import type { Cell } from './sheet-cells';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** One import at most; larger files are split by the user. */
export const MAX_IMPORT_ROWS = 20_000;

export interface CodeList {
  key: string;
  title: string;
  values: readonly string[];
}

export interface SheetOptions {
  name: string;
  columns: readonly SheetColumn[];
  rows?: readonly Cell[][];
  /** Drop-down lists by SheetColumn.list, written to the 代码表 sheet. */
  codeLists?: readonly CodeList[];
  /** Lines of the 填写说明 sheet (templates only). */
  instructions?: readonly string[];
  /** Extra reference sheets, e.g. 行业代码. */
  extraSheets?: readonly { name: string; headers: string[]; rows: Cell[][]; widths?: number[] }[];
  /** Leave out export-only columns (the import template). */
  template?: boolean;
  /** Keys of columns holding fractions to show as percentages. */
  percentColumns?: readonly string[];
}

type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F1FB' } };
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export async function writeWorkbook(opts: SheetOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhifa';
  const columns = opts.columns.filter((c) => !(opts.template && c.exportOnly));
  const ws = wb.addWorksheet(opts.name, { views: [{ state: 'frozen', ySplit: 1 }] }) as WithValidations;
  ws.columns = columns.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.key,
    width: c.width,
    style: c.text ? { numFmt: '@' } : opts.percentColumns?.includes(c.key) ? { numFmt: '0.0%' } : {},
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = HEADER_FILL;
    if (c.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    if (c.note && opts.template) cell.note = c.note;
  });
  for (const r of opts.rows ?? []) ws.addRow(columns.map((c) => r[opts.columns.indexOf(c)] ?? null));

  if (opts.instructions?.length) {
    const help = wb.addWorksheet('填写说明');
    help.getColumn(1).width = 110;
    opts.instructions.forEach((line, i) => {
      const cell = help.getCell(i + 1, 1);
      cell.value = line;
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (i === 0) cell.font = { bold: true, size: 14 };
    });
  }
  if (opts.codeLists?.length) {
    const codes = wb.addWorksheet('代码表');
    const lastRow = Math.max(MAX_IMPORT_ROWS + 1, (opts.rows?.length ?? 0) + 1);
    opts.codeLists.forEach((list, i) => {
      const col = i + 1;
      codes.getColumn(col).width = Math.max(12, ...list.values.map((v) => v.length * 2 + 2));
      const head = codes.getCell(1, col);
      head.value = list.title;
      head.font = { bold: true };
      head.fill = HEADER_FILL;
      list.values.forEach((v, j) => (codes.getCell(j + 2, col).value = v));
      const letter = codes.getColumn(col).letter;
      const ref = `${quoteSheet('代码表')}!$${letter}$2:$${letter}$${Math.max(2, list.values.length + 1)}`;
      columns.forEach((c, k) => {
        if (c.list !== list.key || !list.values.length) return;
        const target = ws.getColumn(k + 1).letter;
        ws.dataValidations.add(`${target}2:${target}${lastRow}`, {
          type: 'list',
          allowBlank: true,
          formulae: [ref],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: c.header,
          error: `请从下拉列表中选择${c.header}（见“代码表”）`,
        });
      });
    });
  }
  for (const extra of opts.extraSheets ?? []) {
    const s = wb.addWorksheet(extra.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    s.addRow(extra.headers).font = { bold: true };
    extra.widths?.forEach((w, i) => (s.getColumn(i + 1).width = w));
    for (const r of extra.rows) s.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const normalizeHeader = (h: string) => h.replace(/[\s*＊]/g, '');

export interface SheetRow {
  /** The Excel row number (the header is row 1). */
  row: number;
  cells: Record<string, Cell>;
}

/**
 * Reads the data rows of the sheet named `sheetName` (or the first visible sheet): headers in row 1
 * are matched to the columns by their text; unknown columns are ignored; fully empty rows are
 * skipped. The workbook is streamed (xlsx/xlsx-reader.ts): reading stops at the first row past
 * MAX_IMPORT_ROWS, and no part may inflate beyond its cap, so a small file that unpacks to
 * millions of rows or gigabytes is refused quickly with a 400 and never held in memory.
 */
export async function readSheet(file: Buffer, sheetName: string, columns: readonly SheetColumn[]): Promise<SheetRow[]> {
  const byHeader = new Map(columns.filter((c) => !c.exportOnly).map((c) => [normalizeHeader(c.header), c.key]));
  const keyOfCol = new Map<number, string>();
  const rows: SheetRow[] = [];
  let headerChecked = false;
  let dataRows = 0;
  let tooMany = false;
  let name = sheetName;
  const checkHeader = () => {
    headerChecked = true;
    const missing = columns.filter((c) => c.required && ![...keyOfCol.values()].includes(c.key)).map((c) => c.header);
    if (missing.length) throw invalidField('body.file', `文件：“${name}”表缺少必需的列：${missing.join('、')}（请使用导入模板，表头在第 1 行）`);
  };
  try {
    name = await readXlsxRows(file, sheetName, (rowNumber, cells, sheet) => {
      name = sheet;
      if (rowNumber === 1) {
        for (const [col, v] of cells) {
          const key = typeof v === 'string' ? byHeader.get(normalizeHeader(v)) : undefined;
          if (key && ![...keyOfCol.values()].includes(key)) keyOfCol.set(col, key);
        }
        return checkHeader();
      }
      if (!headerChecked) checkHeader();
      if (++dataRows > MAX_IMPORT_ROWS) {
        tooMany = true;
        return false;
      }
      const row: Record<string, Cell> = {};
      let any = false;
      for (const [col, key] of keyOfCol) {
        const v = cells.get(col) ?? null;
        row[key] = v;
        if (v !== null && !(typeof v === 'string' && v.trim() === '')) any = true;
      }
      if (any) rows.push({ row: rowNumber, cells: row });
    });
  } catch (e) {
    if (e instanceof WorkbookTooLarge) throw new AppError(413, ErrorCode.PayloadTooLarge, `文件：解压后内容过大（一次最多导入 ${MAX_IMPORT_ROWS} 行），请分批导入`, [{ path: 'body.file', message: `文件：解压后内容过大，请分批导入（每次最多 ${MAX_IMPORT_ROWS} 行）` }]);
    if (e instanceof WorkbookUnreadable && e.reason === 'cellTooLong') throw invalidField('body.file', '文件：有单元格内容过长（每个单元格最多 32767 个字符）');
    if (e instanceof WorkbookUnreadable) throw invalidField('body.file', '文件：无法读取，请上传 Excel 2007 及以上版本的 .xlsx 文件（可用模板填写）');
    throw e;
  }
  if (!headerChecked) checkHeader();
  if (tooMany) throw invalidField('body.file', `文件：一次最多导入 ${MAX_IMPORT_ROWS} 行，本文件超过 ${MAX_IMPORT_ROWS} 行，请分批导入`);
  return rows;
}
