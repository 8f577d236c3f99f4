/**
 * Drawing of the demo seal and signature images shared by the generator scripts (the package's
 * fixtures and the API's seed): vectors with pdfkit, rasterised with pdftoppm, ink turned into
 * alpha. Every seal says 演示样章 so it can never pass for a real seal.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { decodePng } from '../src/pdf/decode-png';
import { defaultFonts } from '../src/pdf/font-cache';
import { encodePng } from './encode-png';

export const SEAL_INK: [number, number, number] = [208, 16, 16];
export const SIGNATURE_INK: [number, number, number] = [16, 32, 96];

/** Writes `<name>.png` into `out`, drawn by `draw` on a page of `size` points. */
export function demoImageWriter(out: URL): (name: string, size: [number, number], draw: (doc: PDFKit.PDFDocument) => void, ink: [number, number, number], dpi?: number) => Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'zhifa-demo-images-'));
  return (name, size, draw, ink, dpi) => rasterise(out, work, name, size, draw, ink, dpi);
}

async function rasterise(out: URL, work: string, name: string, size: [number, number], draw: (doc: PDFKit.PDFDocument) => void, ink: [number, number, number], dpi = 200): Promise<void> {
  const doc = new PDFDocument({ size, margin: 0 });
  doc.registerFont('sans', defaultFonts.heading.path);
  doc.registerFont('serif', defaultFonts.body.path);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on('end', () => r()));
  draw(doc);
  doc.end();
  await done;
  const pdf = join(work, `${name}.pdf`);
  writeFileSync(pdf, Buffer.concat(chunks));
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', pdf, join(work, name)]);
  const rgb = decodePng(readFileSync(join(work, `${name}.png`)));
  if (!rgb || rgb.channels !== 3) throw new Error('pdftoppm 应输出 8 位 RGB PNG');
  const rgba = new Uint8Array(rgb.width * rgb.height * 4);
  // Ink coverage, read on the channel where the ink differs most from white.
  const ch = ink.indexOf(Math.min(...ink));
  const inkValue = ink[ch] ?? 0;
  for (let i = 0; i < rgb.width * rgb.height; i++) {
    const v = rgb.pixels[i * 3 + ch] ?? 255;
    const coverage = Math.max(0, Math.min(1, (255 - v) / (255 - inkValue)));
    rgba.set([...ink, Math.round(coverage * 255)], i * 4);
  }
  writeFileSync(new URL(`${name}.png`, out), encodePng({ width: rgb.width, height: rgb.height, channels: 4, data: rgba }));
}

/** The widest arc the ring text of a seal may span. */
export const MAX_RING_DEGREES = 240;

export function drawSeal(doc: PDFKit.PDFDocument, ring: string, centre: string): void {
  const c = 60;
  doc.lineWidth(3.2).strokeColor('#d01010').circle(c, c, 56).stroke();
  const star: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 ? 7.5 : 18;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    star.push([c + r * Math.cos(a), c + 2 + r * Math.sin(a)]);
  }
  doc.fillColor('#d01010').polygon(...star).fill();
  const chars = [...ring];
  // The ring text runs over the upper part of the seal, about 240° at most, never nearly all the
  // way round; a long name gets smaller characters instead of a longer arc.
  const radius = 42;
  const span = Math.min((MAX_RING_DEGREES * Math.PI) / 180, chars.length * ((16 * Math.PI) / 180));
  const pitch = (span * radius) / chars.length;
  const size = Math.min(13, pitch * 0.92);
  chars.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    doc.save().translate(c + radius * Math.cos(a), c + radius * Math.sin(a)).rotate(((a + Math.PI / 2) * 180) / Math.PI);
    doc.font('sans').fontSize(size).fillColor('#d01010').text(ch, -size / 2, -size * 0.72, { lineBreak: false });
    doc.restore();
  });
  doc.font('sans').fontSize(9).fillColor('#d01010');
  const w = doc.widthOfString(centre);
  doc.text(centre, c - w / 2, c + 24, { lineBreak: false });
}

export function drawSignature(doc: PDFKit.PDFDocument, name: string): void {
  doc.save().transform(1, 0, -0.25, 1, 12, 0);
  doc.font('serif').fontSize(30).fillColor('#102060').text(name, 8, 4, { lineBreak: false, characterSpacing: -3 });
  doc.restore();
  doc.lineWidth(1.2).strokeColor('#102060').moveTo(6, 44).bezierCurveTo(40, 38, 80, 50, 118, 40).stroke();
}

