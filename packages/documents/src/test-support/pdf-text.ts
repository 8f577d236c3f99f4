import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test helpers that read documents back with poppler (pdftotext) and unzip. */

export const normalise = (text: string): string => text.replace(/\s+/g, '');

/** Text in content order (-raw), so table cells read as a whole rather than interleaved by column. */
export const pdfText = (pdf: Buffer): string => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');

export interface WordBox {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every word with its box, in points, from `pdftotext -bbox`. */
export function pdfWords(pdf: Buffer): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
  const words: WordBox[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '' });
  }
  return words;
}

export const pageCount = (pdf: Buffer): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString())?.[1] ?? 0);

/** Text of one part of a DOCX (word/document.xml by default), tags removed. */
export function docxText(docx: Buffer, part = 'word/document.xml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-docx-'));
  try {
    const file = join(dir, 'doc.docx');
    writeFileSync(file, docx);
    return execFileSync('unzip', ['-p', file, part]).toString('utf8').replace(/<[^>]+>/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
