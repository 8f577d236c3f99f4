import { inflateSync } from 'node:zlib';

/** Seal placements in a PDF rendered by this package (XObjects named /ZSeal…), in points from the page's top left. */
export interface SealBox {
  /** 1-based, in the order the pages' content streams appear. */
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function sealBoxes(pdf: Buffer): SealBox[] {
  const raw = pdf.toString('latin1');
  const boxes: SealBox[] = [];
  let page = 0;
  const streamRe = /stream\r?\n/g;
  for (let m = streamRe.exec(raw); m; m = streamRe.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    // Page content streams start by flipping to top-left coordinates.
    if (!/^1 0 0 -1 0 [\d.]+ cm/.test(content)) continue;
    page++;
    const re = /([-\d.]+) 0 0 ([-\d.]+) ([-\d.]+) ([-\d.]+) cm\s*\/ZSeal\d+ Do/g;
    for (let s = re.exec(content); s; s = re.exec(content)) {
      const [w, d, e, f] = [s[1], s[2], s[3], s[4]].map(Number) as [number, number, number, number];
      boxes.push({ page, x: e, y: f + d, width: w, height: -d });
    }
    streamRe.lastIndex = end;
  }
  return boxes;
}

export const hasSeal = (pdf: Buffer): boolean => /\/ZSeal\d+ \d+ 0 R/.test(pdf.toString('latin1'));
