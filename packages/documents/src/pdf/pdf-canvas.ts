import type { TextAlign, TextSize } from '../blocks';
import { justifySpacing, type Line } from './break-lines';
import type { LoadedFont } from './font-cache';
import { prepareImage } from './prepared-image';

export const MM = 72 / 25.4;

/**
 * A4 with GB/T 9704's side margins (left 28 mm, right 26 mm) and the narrower top and bottom of the
 * printed forms, so a one-page form keeps to one page: the QR code sits in the top margin beside
 * the agency name, the page number in the bottom one.
 */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  top: 20 * MM,
  bottom: 22 * MM,
  left: 28 * MM,
  right: 26 * MM,
} as const;

/** Sizes in points: 二号 22, 小二 18, 小四 12 (the forms' body text), 五号 10.5, 小五 9. */
export const SIZE = { agency: 18, title: 22, number: 12, body: 12, small: 10.5, footer: 9, qrText: 7.5 } as const;
export const PITCH: Record<TextSize, number> = { body: SIZE.body * 1.6, small: SIZE.small * 1.45 };
export const CELL_PAD_X = 5;
export const CELL_PAD_Y = 3;
/** Official seals are 42 mm across. */
export const SEAL_DIAMETER = 42 * MM;
/** How far the lower edge of a seal may reach into the bottom margin. */
export const SEAL_MARGIN_DIP = 18;
export const QR_SIZE = 18 * MM;
export const SIGNATURE_HEIGHT = 22;
export const BORDER = 0.75;

export type FontName = 'body' | 'heading';

/** pdfkit's own image object, for PNGs the prepared path does not handle (@types/pdfkit lacks `openImage`). */
interface PdfkitImage {
  width: number;
  height: number;
}
interface PdfkitImageApi {
  openImage(src: Buffer): PdfkitImage;
  image(img: PdfkitImage, x: number, y: number, options: { width: number; height: number }): unknown;
}
/** An image embedded once in this document and placed as often as needed. */
interface EmbeddedImage {
  width: number;
  height: number;
  place(x: number, y: number, w: number, h: number): void;
}

/**
 * Drawing primitives over one pdfkit document: the cursor, page breaks, measured text and images.
 * All geometry is ours (pdfkit's own wrapping breaks only at spaces and would run Chinese text as
 * one word); text is drawn line by line.
 */
export class PdfCanvas {
  /** Top of the next line, in points from the top of the page. */
  y: number = PAGE.top;
  readonly left = PAGE.left;
  readonly width = PAGE.width - PAGE.left - PAGE.right;
  readonly bottom = PAGE.height - PAGE.bottom;
  private readonly images = new Map<Uint8Array, EmbeddedImage>();
  private currentFont: FontName | undefined;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly fonts: Record<FontName, LoadedFont>,
  ) {}

  ensureSpace(height: number): void {
    if (this.y + height > this.bottom + 0.01) this.newPage();
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.y = PAGE.top;
  }

  measure(font: FontName, size: number): (text: string) => number {
    const f = this.fonts[font];
    return (text) => f.widthOf(text, size);
  }

  /** Baseline that centres the ideographic em box (−0.88 … +0.12 em) in a line of height `pitch`. */
  baseline(top: number, pitch: number, size: number): number {
    return top + pitch / 2 + size * 0.38;
  }

  line(line: Line, x: number, width: number, top: number, pitch: number, size: number, align: TextAlign, font: FontName, indent = 0): void {
    if (!line.text) return;
    const avail = width - indent;
    let lx = x + indent;
    let spacing = 0;
    if (align === 'center') lx = x + (width - line.width) / 2;
    else if (align === 'right') lx = x + width - line.width;
    else if (align === 'justify') spacing = justifySpacing(line, avail, size);
    this.text(line.text, lx, this.baseline(top, pitch, size), font, size, spacing);
  }

  text(text: string, x: number, baseline: number, font: FontName, size: number, characterSpacing = 0): void {
    // pdfkit compares fonts by serialising their name tables on every switch: switch only on change.
    if (this.currentFont !== font) {
      this.doc.font(font);
      this.currentFont = font;
    }
    this.doc.fontSize(size);
    this.doc.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing });
  }

  underline(x: number, width: number, top: number, pitch: number, size: number): void {
    const y = this.baseline(top, pitch, size) + size * 0.22;
    this.doc.lineWidth(0.6).moveTo(x, y).lineTo(x + width, y).stroke();
  }

  /** Draws an image inside a box, keeping its aspect ratio, left-aligned and vertically centred. */
  image(data: Uint8Array, x: number, y: number, maxWidth: number, maxHeight: number): void {
    const img = this.embedImage(data);
    const scale = Math.min(maxWidth / img.width, maxHeight / img.height);
    const h = img.height * scale;
    img.place(x, y + (maxHeight - h) / 2, img.width * scale, h);
  }

  seal(data: Uint8Array, centreX: number, cy: number): void {
    // Named /ZSeal… in the page resources, so a check can find the seals of a PDF.
    const img = this.embedImage(data, 'ZSeal');
    const scale = SEAL_DIAMETER / Math.max(img.width, img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    // Keep the seal inside the text area (it may not run into the margin).
    const cx = Math.min(centreX, this.left + this.width - w / 2);
    img.place(cx - w / 2, cy - h / 2, w, h);
  }

  /** One image object per distinct buffer and document, built from the process-wide prepared data. */
  private embedImage(data: Uint8Array, prefix = 'ZImg'): EmbeddedImage {
    let img = this.images.get(data);
    if (img) return img;
    const prepared = prepareImage(data);
    if (prepared) {
      const ref = this.doc.ref({
        Type: 'XObject',
        Subtype: 'Image',
        Width: prepared.width,
        Height: prepared.height,
        BitsPerComponent: 8,
        ColorSpace: prepared.colorSpace,
        // Filter set = pdfkit writes the bytes as they are (they are deflated already).
        Filter: 'FlateDecode',
      });
      if (prepared.alpha) {
        const mask = this.doc.ref({ Type: 'XObject', Subtype: 'Image', Width: prepared.width, Height: prepared.height, BitsPerComponent: 8, ColorSpace: 'DeviceGray', Filter: 'FlateDecode', Decode: [0, 1] });
        mask.end(prepared.alpha);
        (ref.data as Record<string, unknown>).SMask = mask;
      }
      ref.end(prepared.data);
      const label = `${prefix}${this.images.size + 1}`;
      img = {
        width: prepared.width,
        height: prepared.height,
        place: (x, y, w, h) => {
          this.doc.page.xobjects[label] = ref;
          this.doc.save();
          this.doc.transform(w, 0, 0, -h, x, y + h);
          this.doc.addContent(`/${label} Do`);
          this.doc.restore();
        },
      };
    } else {
      const api = this.doc as unknown as PdfkitImageApi;
      const opened = api.openImage(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      img = { width: opened.width, height: opened.height, place: (x, y, w, h) => void api.image(opened, x, y, { width: w, height: h }) };
    }
    this.images.set(data, img);
    return img;
  }
}
