import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { DocumentRenderError } from '../document-render-error';
import type { FontSource } from '../render-input';

/** The part of a fontkit font the layout engine reads; pdfkit embeds the same object. */
export interface ParsedFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly postscriptName: string;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): unknown;
}

export interface LoadedFont {
  readonly key: string;
  readonly font: ParsedFont;
  /** Width of `text` at `size` points, from cached glyph advances (no shaping). */
  widthOf(text: string, size: number): number;
  /** Distance from the top of the em box to the baseline, as a share of the size. */
  readonly ascentRatio: number;
}

const require = createRequire(import.meta.url);

/** Noto Serif SC (宋体-like) for the body, Noto Sans SC Bold (黑体-like) for titles. */
export const defaultFonts = {
  body: { path: require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf') },
  heading: { path: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf') },
} satisfies Record<'body' | 'heading', FontSource>;

const cache = new Map<string, LoadedFont>();

/**
 * Parses a font once per process and keeps it: parsing a 15 MB CJK font costs ~20 ms, which would
 * otherwise be paid by every document. pdfkit accepts the parsed (fontkit) font object directly and
 * subsets it per document, so sharing it is safe.
 */
export function loadFont(source: FontSource): LoadedFont {
  const key = `${source.path}#${source.postscriptName ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let buffer: Buffer;
  try {
    buffer = readFileSync(source.path);
  } catch {
    throw new DocumentRenderError('INVALID_INPUT', `无法读取字体文件：${source.path}`);
  }
  const font = parseFont(buffer, source.path, source.postscriptName);
  memoiseGlyphDecoding(font);
  const advances = new Map<number, number>();
  const advance = (cp: number): number => {
    let w = advances.get(cp);
    if (w === undefined) {
      w = font.glyphForCodePoint(cp).advanceWidth;
      advances.set(cp, w);
    }
    return w;
  };
  const loaded: LoadedFont = {
    key,
    font,
    ascentRatio: font.ascent / font.unitsPerEm,
    widthOf(text, size) {
      let units = 0;
      for (const ch of text) units += advance(ch.codePointAt(0) ?? 0);
      return (units * size) / font.unitsPerEm;
    },
  };
  cache.set(key, loaded);
  return loaded;
}

/**
 * fontkit is pdfkit's own dependency, not ours, so the parse goes through pdfkit's font factory and
 * the parsed font is read back from the (private) current-font slot. Declaring `fontkit` as a direct
 * dependency would allow `fontkit.create(buffer)` instead.
 */
function parseFont(buffer: Buffer, path: string, postscriptName: string | undefined): ParsedFont {
  const probe = new PDFDocument({ autoFirstPage: false });
  let font: unknown;
  try {
    if (postscriptName) probe.registerFont('probe', buffer, postscriptName);
    else probe.registerFont('probe', buffer);
    probe.font('probe');
    font = (probe as unknown as { _font?: { font?: unknown } })._font?.font;
  } catch {
    font = undefined;
  }
  if (!isParsedFont(font)) {
    const face = postscriptName ? `（字形 ${postscriptName}）` : '';
    throw new DocumentRenderError('INVALID_INPUT', `字体文件不是可用的 TrueType/OpenType 字体${face}：${path}`);
  }
  return font;
}

function isParsedFont(value: unknown): value is ParsedFont {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ParsedFont).layout === 'function' &&
    typeof (value as ParsedFont).glyphForCodePoint === 'function' &&
    typeof (value as ParsedFont).unitsPerEm === 'number'
  );
}

/**
 * pdfkit subsets the font for every document, and fontkit's subsetter decodes each used glyph's
 * outline again each time — a third of the render time of a two-page document. The decoded
 * outline never changes for a static font and the subsetter only reads it, so it is kept on the
 * (cached) glyph object. Applied to our font instances only; skipped if fontkit's internals differ.
 */
function memoiseGlyphDecoding(font: ParsedFont): void {
  type Glyph = { _decode?: () => unknown };
  const target = font as unknown as { getGlyph?: (id: number, codePoints?: number[]) => Glyph; variationAxes?: object };
  const getGlyph = target.getGlyph?.bind(font);
  // Variable fonts transform outlines per instance: leave them alone.
  if (!getGlyph || Object.keys(target.variationAxes ?? {}).length > 0) return;
  target.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    const decode = glyph._decode;
    if (typeof decode === 'function' && !Object.hasOwn(glyph, '_decode')) {
      let decoded: unknown;
      let done = false;
      glyph._decode = () => {
        if (!done) {
          decoded = decode.call(glyph);
          done = true;
        }
        return decoded;
      };
    }
    return glyph;
  };
}
