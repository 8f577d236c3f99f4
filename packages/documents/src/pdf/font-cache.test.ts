import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../fixtures/index';
import { renderPdf } from '../render-pdf';
import { defaultFonts, loadFont } from './font-cache';

const fontsOf = (pdf: Buffer): string => execFileSync('pdffonts', ['-'], { input: pdf }).toString();

describe('fonts', () => {
  it('embeds Noto Serif SC for the body and Noto Sans SC Bold for titles, as subsets', async () => {
    const fixture = fixtures['penalty-notice'];
    if (!fixture) throw new Error('fixture missing');
    const list = fontsOf(await renderPdf(fixture.input));
    expect(list).toMatch(/[A-Z]{6}\+NotoSerifSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(list).toMatch(/[A-Z]{6}\+NotoSansSC-Bold/);
  });

  it('lets an agency configure another font file (e.g. a licensed 仿宋)', async () => {
    const fixture = fixtures['penalty-notice'];
    if (!fixture) throw new Error('fixture missing');
    const list = fontsOf(await renderPdf({ ...fixture.input, fonts: { body: defaultFonts.heading } }));
    expect(list).not.toContain('NotoSerifSC');
    expect(list).toContain('NotoSansSC-Bold');
  });

  it('parses a font file once and reuses it', () => {
    expect(loadFont(defaultFonts.body)).toBe(loadFont({ ...defaultFonts.body }));
  });

  it('says which font file is missing or unusable', () => {
    expect(() => loadFont({ path: '/nonexistent/fangsong.ttf' })).toThrow('无法读取字体文件：/nonexistent/fangsong.ttf');
    expect(() => loadFont({ path: new URL('../fixtures/assets/demo-agency-seal.png', import.meta.url).pathname })).toThrow('字体文件不是可用的 TrueType/OpenType 字体');
  });
});
