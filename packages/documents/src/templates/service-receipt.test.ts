import { describe, expect, it } from 'vitest';
import { fixtures } from '../fixtures/index';
import { renderPdf } from '../render-pdf';
import { normalise, pdfText } from '../test-support/pdf-text';

const fixture = fixtures['service-receipt'];
if (!fixture) throw new Error('fixture missing');
const company = fixture.input.fields.recipient as string;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('文书送达回执 (issue 8)', () => {
  it('prints the natural person who signed and in what capacity, never the company’s name on the signer’s line', async () => {
    // The API once passed the company's name as the recipient's signature name.
    const pdf = await renderPdf({ ...fixture.input, signatures: { recipient: { name: company, signedOn: '2024-04-26' } } });
    const text = normalise(pdfText(pdf));
    expect(count(text, normalise(company))).toBe(2); // 受送达人 and 送达地点 only
    expect(text).toContain('姓名：赵志刚身份：法定代表人（负责人）');
    expect(text).toContain('签收人（签名）：');
    expect(text).toContain('送达人（签名）：张建国执法证号：61020019001李明执法证号：61020019002');
    expect(text).not.toContain('见证人');
  });

  it('records 留置送达 with the refusal and the witness instead of a signer', async () => {
    const pdf = await renderPdf({
      ...fixture.input,
      signatures: {},
      fields: { ...fixture.input.fields, method: 'left', signerName: undefined, signerCapacity: undefined, refusal: '法定代表人拒绝签收，文书已留置于该单位办公室并拍照记录', witnessName: '周某', witnessCapacity: '社区居委会工作人员' },
    });
    const text = normalise(pdfText(pdf));
    expect(text).toContain('留置送达');
    expect(text).toContain('拒收情况法定代表人拒绝签收，文书已留置于该单位办公室并拍照记录');
    expect(text).toContain('周某，社区居委会工作人员');
    expect(text).toContain('见证人（签名）');
    expect(text).not.toContain('签收人');
  });
});
