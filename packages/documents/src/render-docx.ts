import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  HorizontalPositionRelativeFrom,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  TextWrappingType,
  VerticalAlignTable,
  VerticalPositionRelativeFrom,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import QRCode from 'qrcode';
import {
  MAX_OFFICERS_SHOWN,
  type Block,
  type ResolvedDocument,
  type SignLine,
  type TableBlock,
  type TableCell as CellSpec,
  type TextAlign,
} from './blocks';
import { BLANK_DATE } from './chinese-format';
import { pngSize } from './png-size';
import type { RenderInput } from './render-input';
import { resolveDocument } from './resolve-document';

/**
 * DOCX export of the same blocks the PDF shows, for agencies that edit or print from Word.
 * Geometry follows the PDF (A4, same margins and sizes); Word does the line breaking.
 */

export interface DocxFonts {
  /** East Asian body font name as Word knows it, e.g. 仿宋_GB2312 or 宋体. */
  body: string;
  heading: string;
}

const defaultDocxFonts: DocxFonts = { body: '宋体', heading: '黑体' };

const TWIP_PER_MM = 56.6929;
const TWIP_PER_PT = 20;
const EMU_PER_PT = 12700;
const PX_PER_PT = 96 / 72;
const PAGE = { width: 11906, height: 16838, top: 20, bottom: 22, left: 28, right: 26 };
const CONTENT_WIDTH = PAGE.width - (PAGE.left + PAGE.right) * TWIP_PER_MM;
/** Half-points, as docx wants sizes. */
const SIZE = { agency: 36, title: 44, number: 24, body: 24, small: 21, footer: 18, qr: 15 };
const LINE = { body: 12 * 1.6 * TWIP_PER_PT, small: 10.5 * 1.45 * TWIP_PER_PT };
const SEAL_PT = (42 / 25.4) * 72;
const SIGNATURE_PT = 26;
/** Ideographic space (U+3000): the width of one Chinese character, used as fill-in blank. */
const SPACE = '\u3000';

export async function renderDocx(input: RenderInput, fonts: DocxFonts = defaultDocxFonts): Promise<Buffer> {
  const resolved = resolveDocument(input);
  const builder = new DocxBuilder(fonts);
  const children = [...builder.header(resolved), ...resolved.blocks.flatMap((b) => builder.block(b))];
  const firstHeader = resolved.verification ? new Header({ children: [await builder.verification(resolved.verification)] }) : new Header({ children: [] });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: SIZE.footer, font: builder.font('body') })],
      }),
    ],
  });
  const doc = new Document({
    creator: resolved.agencyName,
    title: resolved.number ? `${resolved.title}（${resolved.number}）` : resolved.title,
    description: resolved.subject,
    styles: { default: { document: { run: { font: builder.font('body'), size: SIZE.body } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: Math.round(PAGE.top * TWIP_PER_MM),
              bottom: Math.round(PAGE.bottom * TWIP_PER_MM),
              left: Math.round(PAGE.left * TWIP_PER_MM),
              right: Math.round(PAGE.right * TWIP_PER_MM),
              header: Math.round(7 * TWIP_PER_MM),
              footer: Math.round(14 * TWIP_PER_MM),
            },
          },
        },
        headers: { first: firstHeader, default: new Header({ children: [] }) },
        footers: { first: footer, default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

class DocxBuilder {
  constructor(private readonly fonts: DocxFonts) {}

  font(kind: keyof DocxFonts) {
    return { eastAsia: this.fonts[kind], ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
  }

  header(resolved: ResolvedDocument): Paragraph[] {
    const heading = (text: string, size: number) =>
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [new TextRun({ text, bold: true, size, font: this.font('heading') })] });
    return [
      heading(resolved.agencyName, SIZE.agency),
      heading(resolved.title, SIZE.title),
      ...(resolved.number ? [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: [this.run(resolved.number, SIZE.number)] })] : []),
    ];
  }

  async verification(v: { url: string; token: string }): Promise<Paragraph> {
    const qr = await QRCode.toBuffer(v.url, { errorCorrectionLevel: 'M', margin: 0, width: 240 });
    const size = (18 / 25.4) * 72 * PX_PER_PT;
    return new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        this.run(`扫码核验文书真伪${SPACE}核验码：${v.token}${SPACE}`, SIZE.qr),
        new ImageRun({ type: 'png', data: qr, transformation: { width: size, height: size } }),
      ],
    });
  }

  block(block: Block): (Paragraph | Table)[] {
    switch (block.type) {
      case 'paragraph': {
        const size = block.size === 'small' ? SIZE.small : SIZE.body;
        const indent = (block.indent ?? true) && (block.align ?? 'justify') !== 'center' ? size * 20 : 0;
        // keepWithNext: the closing notice stays on the page of the sign-off after it (Word's 与下段同页).
        const keep = block.keepWithNext ? { keepNext: true, keepLines: true } : {};
        return block.text.split('\n').map(
          (line) => new Paragraph({ ...this.lineProps(block.size === 'small' ? LINE.small : LINE.body), ...keep, alignment: alignment(block.align ?? 'justify'), indent: { firstLine: indent }, children: [this.run(line, size)] }),
        );
      }
      case 'heading':
        return [new Paragraph({ ...this.lineProps(LINE.body), children: [new TextRun({ text: block.text, bold: true, size: SIZE.body, font: this.font('heading') })] })];
      case 'fields':
        return [
          new Paragraph({
            ...this.lineProps(LINE.body),
            children: block.items.flatMap((item, i) => [
              ...(i ? [this.run(SPACE.repeat(2), SIZE.body)] : []),
              this.run(`${item.label}：`, SIZE.body),
              new TextRun({ text: item.value ? ` ${item.value} ` : SPACE.repeat(6), underline: {}, size: SIZE.body }),
            ]),
          }),
        ];
      case 'table':
        return [this.table(block), new Paragraph({ spacing: { after: 60 }, children: [] })];
      case 'signature':
        return [this.signatureLine(block.label, block.name, block.image, block.date)];
      case 'officers':
        return block.officers.slice(0, MAX_OFFICERS_SHOWN).map((o, i, all) =>
          this.signatureLine(i === 0 ? block.label : '', o.name, o.signature, i === all.length - 1 ? block.date : undefined, `${SPACE}执法证号：${o.certNo}`),
        );
      case 'agencyDate': {
        // Date right-indented by four characters, the name centred over it; the seal's top just under
        // the text above, the name and date below its centre (骑年盖月), never over other text.
        const indent = { right: SIZE.body * 20 * 2 };
        const body = SIZE.body / 2;
        const line = LINE.body / TWIP_PER_PT;
        const nameCentreFromRight = body * 4 + Math.max(block.agencyName.length, 6) * body * 0.5;
        const seal = block.seal
          ? [
              new ImageRun({
                type: 'png',
                data: block.seal,
                transformation: { width: SEAL_PT * PX_PER_PT, height: SEAL_PT * PX_PER_PT },
                floating: {
                  horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: Math.round((CONTENT_WIDTH / TWIP_PER_PT - nameCentreFromRight - SEAL_PT / 2) * EMU_PER_PT) },
                  verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: Math.round(body * 0.2 * EMU_PER_PT) },
                  wrap: { type: TextWrappingType.NONE },
                  allowOverlap: true,
                  behindDocument: false,
                },
              }),
            ]
          : [];
        const keep = { keepNext: true, keepLines: true };
        const blank = (children: ParagraphChild[] = []) => new Paragraph({ ...this.lineProps(LINE.body), ...keep, children });
        // Sealed: blank lines down to the seal's centre, then name and date, then the seal's lower part.
        const above = block.sealed ? Math.max(1, Math.round(SEAL_PT / 2 / line)) : 1;
        const below = block.sealed ? Math.max(0, Math.ceil((SEAL_PT - (above + 2) * line) / line)) : 0;
        return [
          blank(seal),
          ...Array.from({ length: above - 1 }, () => blank()),
          new Paragraph({ ...this.lineProps(LINE.body), ...keep, alignment: AlignmentType.RIGHT, indent, children: [this.run(block.agencyName, SIZE.body)] }),
          new Paragraph({ ...this.lineProps(LINE.body), ...(below ? keep : {}), alignment: AlignmentType.RIGHT, indent, children: [this.run(block.date ?? BLANK_DATE, SIZE.body)] }),
          ...Array.from({ length: below }, (_, i) => new Paragraph({ ...this.lineProps(LINE.body), ...(i < below - 1 ? keep : {}), children: [] })),
        ];
      }
      case 'spacer':
        return Array.from({ length: block.lines }, () => new Paragraph({ ...this.lineProps(LINE.body), children: [] }));
    }
  }

  private run(text: string, size: number): TextRun {
    return new TextRun({ text, size, font: this.font('body') });
  }

  private lineProps(line: number): Pick<IParagraphOptions, 'spacing'> {
    return { spacing: { line: Math.round(line), lineRule: 'exact', before: 0, after: 0 } };
  }

  private image(data: Uint8Array, heightPt: number): ImageRun {
    const { width, height } = pngSize(data);
    const h = heightPt * PX_PER_PT;
    return new ImageRun({ type: 'png', data, transformation: { width: (width / height) * h, height: h } });
  }

  /** "label：name (or signature image)  extra ⇥ date" with the date on a right tab stop. */
  private signatureLine(label: string, name: string | undefined, image: Uint8Array | undefined, date: string | null | undefined, extra = ''): Paragraph {
    const children: ParagraphChild[] = [this.run(label ? `${label}：` : SPACE.repeat(9), SIZE.body)];
    if (image) children.push(this.image(image, SIGNATURE_PT * 0.8));
    else children.push(this.run(name ?? SPACE.repeat(6), SIZE.body));
    if (extra) children.push(this.run(extra, SIZE.body));
    if (date !== undefined) children.push(new TextRun({ children: ['\t'], size: SIZE.body }), this.run(date ?? BLANK_DATE, SIZE.body));
    return new Paragraph({
      keepNext: true,
      keepLines: true,
      spacing: { line: Math.round(image ? (SIGNATURE_PT + 6) * TWIP_PER_PT : LINE.body), lineRule: 'exact' },
      tabStops: [{ type: TabStopType.RIGHT, position: Math.round(CONTENT_WIDTH - SIZE.body * 10) }],
      children,
    });
  }

  private signLine(sign: SignLine): Paragraph {
    const children: ParagraphChild[] = [this.run(`${sign.label}：`, SIZE.small)];
    if (sign.image) children.push(this.image(sign.image, SIGNATURE_PT * 0.7));
    else children.push(this.run(sign.name ?? SPACE.repeat(4), SIZE.small));
    if (sign.date !== undefined) children.push(this.run(`${SPACE.repeat(2)}${sign.date ?? BLANK_DATE}`, SIZE.small));
    return new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120 }, children });
  }

  private table(block: TableBlock): Table {
    const total = block.columns.reduce((s, c) => s + c, 0);
    const widths = block.columns.map((c) => Math.round((c / total) * CONTENT_WIDTH));
    const size = block.size === 'body' ? SIZE.body : SIZE.small;
    const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
    const cell = (spec: CellSpec, col: number): TableCell => {
      const span = spec.span ?? 1;
      const label = spec.kind === 'label';
      const paragraphs = (spec.text ?? '').split('\n').map(
        (line) => new Paragraph({ alignment: alignment(spec.align ?? (label ? 'center' : 'justify')), children: [new TextRun({ text: line, size, font: this.font('body') })] }),
      );
      if (spec.sign) paragraphs.push(this.signLine(spec.sign));
      return new TableCell({
        columnSpan: span,
        width: { size: widths.slice(col, col + span).reduce((s, w) => s + w, 0), type: WidthType.DXA },
        verticalAlign: label ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
        margins: { left: 100, right: 100, top: 60, bottom: 60 },
        borders: { top: border, bottom: border, left: border, right: border },
        children: paragraphs,
      });
    };
    const row = (cells: CellSpec[], minLines = 0, isHeader = false): TableRow => {
      let col = 0;
      return new TableRow({
        tableHeader: isHeader,
        cantSplit: minLines === 0,
        ...(minLines ? { height: { value: Math.round(minLines * LINE.small + 120), rule: HeightRule.ATLEAST } } : {}),
        children: cells.map((c) => {
          const at = col;
          col += c.span ?? 1;
          return cell(c, at);
        }),
      });
    };
    return new Table({
      layout: TableLayoutType.FIXED,
      width: { size: Math.round(CONTENT_WIDTH), type: WidthType.DXA },
      columnWidths: widths,
      rows: [...(block.header ? [row(block.header, 0, true)] : []), ...block.rows.map((r) => row(r.cells, r.minLines ?? 0))],
    });
  }
}

function alignment(align: TextAlign) {
  switch (align) {
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'left':
      return AlignmentType.LEFT;
    case 'justify':
      return AlignmentType.BOTH;
  }
}
