import { describe, expect, it } from 'vitest';
import { DocumentRenderError } from '../document-render-error';
import { fixtures } from '../fixtures/index';
import { renderPdf } from '../render-pdf';
import { resolveDocument } from '../resolve-document';
import { normalise, pdfText } from '../test-support/pdf-text';
import { getTemplate } from './index';

const fixture = fixtures['penalty-decision-unit'];
if (!fixture) throw new Error('fixture missing');
const fields = fixture.input.fields;

const issues = (input: Parameters<typeof resolveDocument>[0]) => {
  try {
    resolveDocument(input);
  } catch (e) {
    if (e instanceof DocumentRenderError) return e.issues;
    throw e;
  }
  return [];
};

describe('行政处罚决定书: 责令改正 (行政处罚法 第二十八条)', () => {
  it('requires the correction order on the current template, and a deadline when it is 限期改正', () => {
    const { correction: _c, correctionRequirement: _r, ...without } = fields;
    expect(issues({ ...fixture.input, fields: without }).map((i) => i.path)).toEqual(['correction']);
    expect(issues({ ...fixture.input, fields: { ...fields, correction: 'byDeadline' } })).toEqual([{ path: 'correctionDeadline', message: '限期改正应填写改正期限' }]);
  });

  it('prints the order with its deadline after the penalty', async () => {
    const pdf = await renderPdf({ ...fixture.input, fields: { ...fields, correction: 'byDeadline', correctionDeadline: '2024-05-31', correctionRequirement: undefined } });
    const text = normalise(pdfText(pdf));
    expect(text).toContain('的行政处罚。责令你单位于2024年5月31日前改正上述违法行为，并将改正情况书面报告本机关。');
  });

  it('still re-renders a decision issued with template 2021.1 from its stored fields', async () => {
    expect(getTemplate('penalty-decision-unit').version).toBe('2026.1');
    const { correction: _c, correctionRequirement: _r, ...stored } = fields;
    const text = normalise(pdfText(await renderPdf({ ...fixture.input, templateVersion: '2021.1', fields: stored })));
    expect(text).toContain('罚款人民币伍万元整');
    expect(text).not.toContain('责令你单位');
  });
});

describe('empty optional lines are left out', () => {
  it('prints no blank 职务 / 邮政编码 / 联系电话 lines for a party without them', async () => {
    const party = { kind: 'organization' as const, name: '甲公司', address: '甲市甲路 1 号', legalRepresentative: '乙某' };
    const text = normalise(pdfText(await renderPdf({ ...fixture.input, party })));
    expect(text).toContain('法定代表人（负责人）：乙某');
    for (const label of ['职务', '邮政编码', '联系电话', '统一社会信用代码']) expect(text, label).not.toContain(`${label}：`);
  });

  it('leaves empty optional rows out of an internal form', async () => {
    const approval = fixtures['case-filing-approval'];
    if (!approval) throw new Error('fixture missing');
    const text = normalise(pdfText(await renderPdf({ ...approval.input, party: { kind: 'organization', name: '甲公司' } })));
    expect(text).toContain('当事人甲公司');
    for (const label of ['统一社会信用代码', '法定代表人', '联系电话']) expect(text, label).not.toContain(label);
  });
});
