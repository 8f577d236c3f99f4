/**
 * Generates the demo seal images of the pilot agencies and the handwritten signatures of the demo
 * officers in seed/assets (run once; the output is committed), drawn like the package's own demo
 * images: vectors with pdfkit, rasterised with pdftoppm, ink turned into alpha. Every seal says
 * 演示样章 so it can never pass for a real seal; each carries its own agency's name.
 *   npx tsx apps/api/seed/make-document-demo-images.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { decodePng } from '../../../packages/documents/src/pdf/decode-png';
import { defaultFonts } from '../../../packages/documents/src/pdf/font-cache';
import { encodePng } from '../../../packages/documents/scripts/encode-png';
import { demoSealNames, demoSignatureNames } from './document-demo-images';

const out = new URL('./assets/', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'zhifa-seed-images-'));

async function rasterise(name: string, size: [number, number], draw: (doc: PDFKit.PDFDocument) => void, ink: [number, number, number], dpi = 200): Promise<void> {
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
  const ch = ink.indexOf(Math.min(...ink));
  const inkValue = ink[ch] ?? 0;
  for (let i = 0; i < rgb.width * rgb.height; i++) {
    const v = rgb.pixels[i * 3 + ch] ?? 255;
    const coverage = Math.max(0, Math.min(1, (255 - v) / (255 - inkValue)));
    rgba.set([...ink, Math.round(coverage * 255)], i * 4);
  }
  writeFileSync(new URL(`${name}.png`, out), encodePng({ width: rgb.width, height: rgb.height, channels: 4, data: rgba }));
}

function seal(doc: PDFKit.PDFDocument, ring: string, centre: string): void {
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
  const long = chars.length > 10;
  const span = Math.PI * (long ? 1.6 : 1.3);
  const size = chars.length > 14 ? 9.5 : long ? 10.5 : 13;
  chars.forEach((ch, i) => {
    const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    doc.save().translate(c + 42 * Math.cos(a), c + 42 * Math.sin(a)).rotate(((a + Math.PI / 2) * 180) / Math.PI);
    doc.font('sans').fontSize(size).fillColor('#d01010').text(ch, -size / 2, -size * 0.72, { lineBreak: false });
    doc.restore();
  });
  doc.font('sans').fontSize(9).fillColor('#d01010');
  const w = doc.widthOfString(centre);
  doc.text(centre, c - w / 2, c + 24, { lineBreak: false });
}

function signature(doc: PDFKit.PDFDocument, name: string): void {
  doc.save().transform(1, 0, -0.25, 1, 12, 0);
  doc.font('serif').fontSize(30).fillColor('#102060').text(name, 8, 4, { lineBreak: false, characterSpacing: -3 });
  doc.restore();
  doc.lineWidth(1.2).strokeColor('#102060').moveTo(6, 44).bezierCurveTo(40, 38, 80, 50, 118, 40).stroke();
}

for (const s of demoSealNames) {
  await rasterise(`seal-${s.file}-agency`, [120, 120], (d) => seal(d, s.name, '演示样章'), [208, 16, 16]);
  await rasterise(`seal-${s.file}-enforcement`, [120, 120], (d) => seal(d, `${s.name}行政执法专用章`, '演示样章'), [208, 16, 16]);
}
for (const s of demoSignatureNames) await rasterise(`signature-${s.file}`, [130, 50], (d) => signature(d, s.name), [16, 32, 96], 150);
console.log('demo images written to', out.pathname);
