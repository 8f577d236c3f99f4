import { createDeflateRaw, crc32 } from 'node:zlib';

/**
 * Hostile .xlsx files for the import limits (issue 7 §3): tiny on disk, huge once inflated. Written
 * part by part through a deflate stream, so making one never holds the inflated sheet in memory.
 * Used by the import-limit API test and by `bench/import-bomb.mjs`.
 */

export type BombKind =
  /** `rows` one-cell rows `<row><c><v>1</v></c></row>`: 0.18 MB for 3 million rows. */
  | 'rows'
  /** `rows` rows with references and pseudo-random numbers: about 6.7 bytes per row on disk (10 MB at 1.5 million rows). */
  | 'noisyRows'
  /** One shared-string table of `rows` × 1 KB strings (inflates to about `rows` KB). */
  | 'sharedStrings'
  /** One cell holding `rows` KB of text. */
  | 'hugeCell';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ENTERPRISE_HEADERS = ['单位名称', '统一社会信用代码', '属地机关'];
const headerRow = (headers: string[]) => `<row r="1">${headers.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;

async function deflate(chunks: Iterable<string>, level: number): Promise<{ data: Buffer; crc: number; size: number }> {
  const z = createDeflateRaw({ level });
  const out: Buffer[] = [];
  z.on('data', (d: Buffer) => out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const c of chunks) {
    const b = Buffer.from(c, 'utf8');
    crc = crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

function* sheetXml(kind: BombKind, rows: number, headers: string[]): Generator<string> {
  yield `${HEAD}<worksheet ${NS}><sheetData>${headerRow(headers)}`;
  if (kind === 'hugeCell') {
    yield '<row r="2"><c r="A2" t="inlineStr"><is><t>';
    const kb = 'a'.repeat(1024);
    for (let i = 0; i < rows; i += 1024) yield kb.repeat(Math.min(1024, rows - i));
    yield '</t></is></c></row>';
  } else if (kind === 'sharedStrings') {
    yield '<row r="2"><c r="A2" t="s"><v>0</v></c></row>';
  } else {
    let seed = 7;
    const batch: string[] = [];
    for (let r = 2; r <= rows + 1; r++) {
      if (kind === 'rows') batch.push('<row><c><v>1</v></c></row>');
      else {
        seed = (seed * 1103515245 + 12345) >>> 0;
        batch.push(`<row r="${r}"><c r="A${r}"><v>${seed % 1000}</v></c></row>`);
      }
      if (batch.length === 10_000) yield batch.splice(0).join('');
    }
    yield batch.join('');
  }
  yield '</sheetData></worksheet>';
}

function* sharedStringsXml(kind: BombKind, rows: number): Generator<string> {
  yield `${HEAD}<sst ${NS}>`;
  if (kind === 'sharedStrings') {
    const s = `<si><t>${'串'.repeat(340)}</t></si>`;
    for (let i = 0; i < rows; i += 1000) yield s.repeat(Math.min(1000, rows - i));
  }
  yield '</sst>';
}

/** A minimal, valid .xlsx with one sheet (企业 with the enterprise import's required headers unless told otherwise). */
export async function bombXlsx(kind: BombKind, rows: number, opts: { sheet?: string; headers?: string[] } = {}): Promise<Buffer> {
  const sheet = opts.sheet ?? '企业';
  const parts: [string, Iterable<string>][] = [
    ['[Content_Types].xml', [`${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`]],
    ['_rels/.rels', [`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`]],
    ['xl/workbook.xml', [`${HEAD}<workbook ${NS}><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`]],
    ['xl/_rels/workbook.xml.rels', [`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`]],
    ['xl/sharedStrings.xml', sharedStringsXml(kind, rows)],
    ['xl/worksheets/sheet1.xml', sheetXml(kind, rows, opts.headers ?? ENTERPRISE_HEADERS)],
  ];
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const { data, crc, size } = await deflate(content, kind === 'rows' ? 9 : 6);
    const n = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
