import { describe, expect, it } from 'vitest';
import { DocumentRenderError } from '../document-render-error';
import { fixtures } from '../fixtures/index';
import { renderPdf } from '../render-pdf';
import { resolveDocument } from '../resolve-document';
import { normalise, pdfText } from '../test-support/pdf-text';
import { getTemplate, getTemplateVersions } from './index';

describe('template registry', () => {
  it('holds several versions of a type and returns the newest by default', () => {
    expect(getTemplateVersions('hearing-notice').map((t) => t.version)).toEqual(['2020.1', '2021.1']);
    expect(getTemplate('hearing-notice').version).toBe('2021.1');
    expect(getTemplate('hearing-notice', '2020.1').version).toBe('2020.1');
  });

  it('says which versions exist when asked for an unknown one', () => {
    expect(() => getTemplate('hearing-notice', '1999.1')).toThrow(/没有 1999\.1 版模板（现有：2020\.1、2021\.1）/);
    expect(() => getTemplate('no-such-type')).toThrow(DocumentRenderError);
  });

  it('re-renders an issued document with the template version it was issued with', async () => {
    const fixture = fixtures['hearing-notice'];
    if (!fixture) throw new Error('fixture missing');
    const old = normalise(pdfText(await renderPdf({ ...fixture.input, templateVersion: '2020.1', issuedOn: '2020-11-02', fields: { ...fixture.input.fields, hearingRequestDays: 3 } })));
    expect(old).toContain('第四十二条的规定');
    expect(old).toContain('3日内');
    const current = normalise(pdfText(await renderPdf(fixture.input)));
    expect(current).toContain('第六十三条、第六十四条的规定');
  });
});

describe('resolveDocument errors', () => {
  const input = fixtures['rectification-order']?.input;
  if (!input) throw new Error('fixture missing');

  it('names the field and the rule in Chinese when template fields are wrong', () => {
    const bad = { ...input, fields: { problems: [{ description: '配电箱前堆放杂物' }] } };
    try {
      resolveDocument(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentRenderError);
      const e = error as DocumentRenderError;
      expect(e.code).toBe('INVALID_FIELDS');
      expect(e.issues).toEqual([{ path: 'problems.0.deadline', message: '每项问题应选择“立即整改”或填写整改期限' }]);
      expect(e.message).toContain('责令限期整改指令书的字段有误');
    }
  });

  it('rejects an unknown document type and a malformed date', () => {
    expect(() => resolveDocument({ ...input, documentType: 'no-such-type' })).toThrow('未知的文书类型：no-such-type');
    expect(() => resolveDocument({ ...input, issuedOn: '2020/06/18' })).toThrow('日期格式应为 YYYY-MM-DD');
  });

  it('requires a payment account on a decision with a fine (Q4)', () => {
    const decision = fixtures['penalty-decision-unit']?.input;
    if (!decision) throw new Error('fixture missing');
    expect(() => resolveDocument({ ...decision, fields: { ...decision.fields, paymentAccounts: [] } })).toThrow('有罚款的决定书至少应列出一个缴款账户');
  });

  it('lists several payment accounts on one decision (Q4)', () => {
    const decision = fixtures['penalty-decision-unit']?.input;
    if (!decision) throw new Error('fixture missing');
    const table = resolveDocument(decision).blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.length).toBe(2);
  });
});
