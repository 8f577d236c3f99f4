import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findDocumentType, isOnePageForm } from './document-types';
import { demoOfficers, fixtures } from './fixtures/index';
import { PAGE } from './pdf/pdf-layout';
import { renderPdf } from './render-pdf';
import { sealBoxes } from './test-support/pdf-seals';
import { normalise, pageCount, pdfText, pdfWords } from './test-support/pdf-text';

const pageText = (pdf: Buffer, page: number): string =>
  normalise(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), '-', '-'], { input: pdf }).toString('utf8'));

const rendered = new Map<string, Promise<Buffer>>();
const pdfOf = (code: string): Promise<Buffer> => {
  let pdf = rendered.get(code);
  if (!pdf) {
    pdf = renderPdf((fixtures[code] ?? { input: undefined as never }).input);
    rendered.set(code, pdf);
  }
  return pdf;
};

describe('renderPdf: every document type from its fixture', () => {
  it.each(Object.keys(fixtures))('%s reads back its title, number, party and key fields', async (code) => {
    const fixture = fixtures[code];
    const type = findDocumentType(code);
    if (!fixture || !type) throw new Error(`no fixture or type for ${code}`);
    const text = normalise(pdfText(await pdfOf(code)));
    expect(text).toContain(normalise(type.name));
    expect(text).toContain(fixture.input.agency.name);
    if (type.numbered) expect(text).toContain(normalise(fixture.input.number ?? '(missing number)'));
    if (fixture.input.party) expect(text).toContain(normalise(fixture.input.party.name));
    for (const key of fixture.keyTexts) expect(text).toContain(normalise(key));
    expect(text).toMatch(/第1页共\d+页/);
  });

  it.each(Object.keys(fixtures))('%s puts its seal only over the agency name and date', async (code) => {
    const pdf = await pdfOf(code);
    const words = pdfWords(pdf);
    for (const seal of sealBoxes(pdf)) {
      const r = (seal.width / 2) * 0.95;
      const [cx, cy] = [seal.x + seal.width / 2, seal.y + seal.height / 2];
      const covered = words.filter((w) => w.page === seal.page && Math.hypot(Math.max(w.xMin - cx, 0, cx - w.xMax), Math.max(w.yMin - cy, 0, cy - w.yMax)) < r);
      const agency = fixtures[code]?.input.agency.name ?? '';
      expect(normalise(covered.map((w) => w.text).join(''))).toMatch(new RegExp(`^${agency}(\\d{4}年\\d{1,2}月\\d{1,2}日|年月日)$`));
    }
  });

  it.each(Object.keys(fixtures))('%s keeps all text inside the page margins', async (code) => {
    const right = PAGE.width - PAGE.right;
    const outside = pdfWords(await pdfOf(code)).filter((w) => w.xMin < PAGE.left - 1 || w.xMax > right + 1.5);
    expect(outside).toEqual([]);
  });
});

describe('renderPdf: layout rules', () => {
  it('shows at most two officers even when three took part (Q9)', async () => {
    const fixture = fixtures['rectification-order'];
    if (!fixture) throw new Error('fixture missing');
    const pdf = await renderPdf({ ...fixture.input, officers: demoOfficers });
    const text = normalise(pdfText(pdf));
    expect(text).toContain('61020019001');
    expect(text).toContain('61020019002');
    expect(text).not.toContain('61020019003');
    expect(text).not.toContain('王磊');
  });

  it('names the first two officers in running text too (现场检查记录)', async () => {
    const text = normalise(pdfText(await pdfOf('inspection-record')));
    expect(text).toContain('行政执法人员张建国、李明，证件号码为61020019001、61020019002');
    expect(text).not.toContain('王磊');
  });

  it('wraps Chinese text without spaces into lines that fill the text width', async () => {
    const words = pdfWords(await pdfOf('rectification-order'));
    // pdftotext splits CJK runs at our line ends: many "words" of body text end close to the right margin.
    const right = PAGE.width - PAGE.right;
    const full = words.filter((w) => w.page === 1 && right - w.xMax < 3 && w.text.length > 10);
    expect(full.length).toBeGreaterThan(10);
  });

  it('renders the two-page rectification order over two pages with page numbers', async () => {
    const pdf = await pdfOf('rectification-order');
    expect(pageCount(pdf)).toBe(2);
    const text = normalise(pdfText(pdf));
    expect(text).toContain('第1页共2页');
    expect(text).toContain('第2页共2页');
  });

  it('never leaves the closing notice and the seal alone on a page, however long the order (责令限期整改指令书)', async () => {
    const fixture = fixtures['rectification-order'];
    if (!fixture) throw new Error('fixture missing');
    const problem = { description: '配电箱前堆放杂物，影响操作和检修，未保持安全通道畅通。', immediate: true };
    let spilled = 0;
    for (let n = 1; n <= 20; n++) {
      const pdf = await renderPdf({ ...fixture.input, fields: { problems: Array.from({ length: n }, () => problem) } });
      const pages = pageCount(pdf);
      if (pages === 1) continue;
      spilled++;
      // The last page starts with the end of the order's text, not with the 救济告知.
      expect(pageText(pdf, pages).startsWith('如果不服本指令'), `${n} problems`).toBe(false);
      expect(pageText(pdf, pages)).toContain('如果不服本指令');
    }
    expect(spilled).toBeGreaterThan(6);
  });

  it('never leaves the closing notice and the seal alone on a page (当场处罚决定书, 行政处罚决定书)', async () => {
    for (const code of ['on-site-penalty-decision-unit', 'penalty-decision-unit']) {
      const fixture = fixtures[code];
      if (!fixture) throw new Error('fixture missing');
      for (let n = 0; n <= 16; n++) {
        const facts = `${String(fixture.input.fields.facts)}${'现场检查发现该单位安全管理混乱，多处存在违法行为。'.repeat(n)}`;
        const pdf = await renderPdf({ ...fixture.input, fields: { ...fixture.input.fields, facts } });
        const pages = pageCount(pdf);
        expect(pageText(pdf, pages).startsWith('如果不服本决定'), `${code}, ${n}`).toBe(false);
      }
    }
  });

  it('keeps every one-page form to one page for typical content (its fixture; the order with its first four problems)', async () => {
    const over: string[] = [];
    for (const code of Object.keys(fixtures).filter(isOnePageForm)) {
      const fixture = fixtures[code];
      if (!fixture) continue;
      const input =
        code === 'rectification-order' ? { ...fixture.input, fields: { problems: (fixture.input.fields.problems as unknown[]).slice(0, 4) } } : fixture.input;
      if (pageCount(await renderPdf(input)) !== 1) over.push(code);
    }
    expect(over).toEqual([]);
  });

  it('prints the short verification code next to the QR code', async () => {
    const text = normalise(pdfText(await pdfOf('penalty-decision-unit')));
    expect(text).toContain('核验码：T8F3-K2M9');
  });
});

describe('renderPdf: deterministic output', () => {
  it('re-renders an issued document byte for byte', async () => {
    const fixture = fixtures['penalty-decision-unit'];
    if (!fixture) throw new Error('fixture missing');
    const a = await renderPdf(fixture.input);
    // Another document in between warms the shared font and image caches differently.
    await renderPdf((fixtures['inspection-record'] ?? fixture).input);
    const b = await renderPdf(structuredClone(fixture.input));
    expect(a.equals(b)).toBe(true);
  });

  it('gives another file ID to another document with the same content', async () => {
    const fixture = fixtures['penalty-decision-unit'];
    if (!fixture?.input.deterministic) throw new Error('fixture missing');
    const a = await renderPdf(fixture.input);
    const b = await renderPdf({ ...fixture.input, deterministic: { ...fixture.input.deterministic, documentId: 'another-document' } });
    expect(a.equals(b)).toBe(false);
    const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
    expect(id(a)).not.toBe(id(b));
  });

  it('stamps the given creation date', async () => {
    const fixture = fixtures['penalty-notice'];
    if (!fixture) throw new Error('fixture missing');
    const pdf = await renderPdf(fixture.input);
    expect(pdf.toString('latin1')).toContain('(D:20200618020000Z)');
  });
});
