/**
 * Reads one worksheet of an .xlsx row by row without building the workbook in memory: the zip's
 * parts are inflated as streams (zip-entries.ts), scanned as XML (xml-scanner.ts) and each row is
 * handed to the caller as plain cell values, which may stop the read at any row. The shared-string
 * table, styles and workbook parts are read first with size caps, the sheet last; between chunks the
 * reader yields to the event loop, so other requests are served during an import.
 */
import type { Cell } from '../sheet-cells';
import { XmlScanner, XmlTooLong, type XmlHandler } from './xml-scanner';
import { entryChunks, ZipError, zipEntries, type ZipEntry } from './zip-entries';

/** Inflated-size caps per part. A 20,000-row import sheet is a few tens of MB of XML. */
export const XLSX_PART_LIMITS = { small: 8 << 20, sharedStrings: 64 << 20, sharedStringCount: 1_000_000, sheet: 256 << 20 };

export class WorkbookUnreadable extends Error {
  constructor(readonly reason: 'corrupt' | 'cellTooLong', detail: string) {
    super(detail);
  }
}
export class WorkbookTooLarge extends Error {
  constructor(readonly part: string) {
    super(`${part} too large`);
  }
}

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

/** `(rowNumber, cells by 1-based column, the sheet's name)`; return false to stop reading. */
export type RowHandler = (row: number, cells: Map<number, Cell>, sheetName: string) => boolean | void;

const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

async function scanPart(zip: Buffer, entry: ZipEntry, maxBytes: number, h: XmlHandler, stopped: () => boolean = () => false): Promise<void> {
  const scanner = new XmlScanner(h);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of entryChunks(zip, entry, maxBytes, () => new WorkbookTooLarge(entry.name))) {
    scanner.push(decoder.decode(chunk, { stream: true }));
    if (stopped()) return;
    await yieldToLoop();
  }
  scanner.push(decoder.decode());
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

async function relationships(zip: Buffer, entries: Map<string, ZipEntry>, ofPart: string): Promise<{ id: string; type: string; target: string }[]> {
  const dir = ofPart.split('/').slice(0, -1).join('/');
  const file = ofPart.split('/').pop()!;
  const e = entries.get(`${dir ? `${dir}/` : ''}_rels/${file}.rels`);
  const out: { id: string; type: string; target: string }[] = [];
  if (!e) return out;
  await scanPart(zip, e, XLSX_PART_LIMITS.small, {
    open: (name, a) => {
      if (name === 'Relationship' && a.Target && a.TargetMode !== 'External') out.push({ id: a.Id ?? '', type: a.Type ?? '', target: resolveTarget(ofPart, a.Target) });
    },
  });
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const isDateFormat = (code: string) => /[ymdhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').replace(/General/gi, ''));

/** The style indexes (cellXfs) whose number format shows a date or time. */
async function dateStyles(zip: Buffer, entry: ZipEntry | undefined): Promise<Set<number>> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  if (entry) {
    await scanPart(zip, entry, XLSX_PART_LIMITS.small, {
      open: (name, a) => {
        if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
      },
      close: (name) => {
        if (name === 'cellXfs') inCellXfs = false;
      },
    });
  }
  const out = new Set<number>();
  xfFormats.forEach((id, i) => {
    if (BUILTIN_DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!))) out.add(i);
  });
  return out;
}

async function sharedStrings(zip: Buffer, entry: ZipEntry | undefined): Promise<string[]> {
  const out: string[] = [];
  if (!entry) return out;
  let cur: string[] = [];
  let inT = false;
  let phonetic = 0;
  await scanPart(zip, entry, XLSX_PART_LIMITS.sharedStrings, {
    open: (name) => {
      if (name === 'si') cur = [];
      else if (name === 't') inT = phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    text: (t) => {
      if (inT) cur.push(t);
    },
    close: (name) => {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        out.push(cur.join(''));
        if (out.length > XLSX_PART_LIMITS.sharedStringCount) throw new WorkbookTooLarge(entry.name);
      }
    },
  });
  return out;
}

const columnOf = (ref: string): number => {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
};

/**
 * Streams the rows of the sheet named `sheetName` (or the first visible sheet) to `onRow`, in order,
 * fully empty rows left out. Resolves with the sheet's name once the sheet ended or `onRow` said stop.
 */
export async function readXlsxRows(file: Buffer, sheetName: string, onRow: RowHandler): Promise<string> {
  try {
    return await readRows(file, sheetName, onRow);
  } catch (e) {
    if (e instanceof XmlTooLong) throw new WorkbookUnreadable('cellTooLong', String(e));
    if (e instanceof ZipError || (e as { code?: string }).code?.startsWith('Z_') || e instanceof RangeError) throw new WorkbookUnreadable('corrupt', String(e));
    throw e;
  }
}

async function readRows(file: Buffer, sheetName: string, onRow: RowHandler): Promise<string> {
  const entries = zipEntries(file);
  const root = await relationships(file, entries, '');
  const workbookPart = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const wbEntry = entries.get(workbookPart);
  if (!wbEntry) throw new WorkbookUnreadable('corrupt', 'no workbook part');
  const sheets: (SheetInfo & { rid: string })[] = [];
  let date1904 = false;
  await scanPart(file, wbEntry, XLSX_PART_LIMITS.small, {
    open: (name, a) => {
      if (name === 'sheet') sheets.push({ name: a.name ?? '', hidden: !!a.state && a.state !== 'visible', rid: a.id ?? '' });
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
  });
  const rels = await relationships(file, entries, workbookPart);
  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => !s.hidden) ?? sheets[0];
  const sheetPart = sheet && rels.find((r) => r.id === sheet.rid)?.target;
  const sheetEntry = sheetPart ? entries.get(sheetPart) : undefined;
  if (!sheet || !sheetEntry) throw new WorkbookUnreadable('corrupt', 'no worksheet');
  const partOf = (kind: string) => {
    const t = rels.find((r) => r.type.endsWith(`/${kind}`))?.target;
    return t ? entries.get(t) : undefined;
  };
  const dates = await dateStyles(file, partOf('styles'));
  const strings = await sharedStrings(file, partOf('sharedStrings'));

  let rowNumber = 0;
  let col = 0;
  let cells = new Map<number, Cell>();
  let type = 'n';
  let style = -1;
  let value: string[] = [];
  let inValue = false;
  let inIs = false;
  let phonetic = 0;
  let stop = false;
  const cellValue = (): Cell => {
    const v = value.join('');
    switch (type) {
      case 's': {
        const s = strings[Number(v)];
        return s === undefined ? null : s;
      }
      case 'inlineStr':
      case 'str':
        return v;
      case 'b':
        return v === '1' || v === 'true';
      case 'e':
        return null;
      case 'd': {
        const d = new Date(v);
        return Number.isNaN(d.getTime()) ? v : d;
      }
      default: {
        if (v.trim() === '') return null;
        const n = Number(v);
        if (!Number.isFinite(n)) return null;
        return dates.has(style) ? new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)) : n;
      }
    }
  };
  await scanPart(
    file,
    sheetEntry,
    XLSX_PART_LIMITS.sheet,
    {
      open: (name, a) => {
        if (stop) return;
        if (name === 'row') {
          rowNumber = a.r ? Number(a.r) : rowNumber + 1;
          col = 0;
          cells = new Map();
        } else if (name === 'c') {
          col = a.r ? columnOf(a.r) : col + 1;
          type = a.t ?? 'n';
          style = a.s ? Number(a.s) : -1;
          value = [];
        } else if (name === 'v') inValue = true;
        else if (name === 'is') inIs = true;
        else if (name === 't' && inIs && phonetic === 0) inValue = true;
        else if (name === 'rPh') phonetic++;
      },
      text: (t) => {
        if (inValue) value.push(t);
      },
      close: (name) => {
        if (stop) return;
        if (name === 'v' || name === 't') inValue = false;
        else if (name === 'is') inIs = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'c') {
          const v = cellValue();
          if (v !== null && !(typeof v === 'string' && v === '')) cells.set(col, v);
        } else if (name === 'row') {
          if (cells.size && onRow(rowNumber, cells, sheet.name) === false) stop = true;
        } else if (name === 'sheetData') stop = true;
      },
    },
    () => stop,
  );
  return sheet.name;
}
