import { describe, expect, it } from 'vitest';
import { findDocumentType } from './document-types';
import { demoOfficers, fixtures } from './fixtures/index';
import { renderDocx } from './render-docx';
import { docxText, normalise } from './test-support/pdf-text';

describe('renderDocx', () => {
  it.each(Object.keys(fixtures))('%s carries the same text as the PDF', async (code) => {
    const fixture = fixtures[code];
    const type = findDocumentType(code);
    if (!fixture || !type) throw new Error(`no fixture or type for ${code}`);
    const docx = await renderDocx(fixture.input);
    const text = normalise(docxText(docx));
    expect(text).toContain(normalise(type.name));
    if (type.numbered) expect(text).toContain(normalise(fixture.input.number ?? '(missing number)'));
    if (fixture.input.party) expect(text).toContain(normalise(fixture.input.party.name));
    for (const key of fixture.keyTexts) expect(text).toContain(normalise(key));
  });

  it('shows at most two officers, puts the verification code in the first-page header and page numbers in the footer', async () => {
    const fixture = fixtures['rectification-order'];
    if (!fixture) throw new Error('fixture missing');
    const docx = await renderDocx({ ...fixture.input, officers: demoOfficers });
    const body = normalise(docxText(docx));
    expect(body).toContain('执法证号：61020019002');
    expect(body).not.toContain('61020019003');
    const headers = ['word/header1.xml', 'word/header2.xml'].map((part) => normalise(docxText(docx, part))).join('');
    expect(headers).toContain('核验码：T8F3-K2M9');
    const footer = normalise(docxText(docx, 'word/footer1.xml'));
    expect(footer).toContain('页共');
  });
});
