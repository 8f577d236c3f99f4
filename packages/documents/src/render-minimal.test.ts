import { describe, expect, it } from 'vitest';
import { documentTypes, isOnePageForm } from './document-types';
import { demoImages, fixtures } from './fixtures/index';
import { renderPdf } from './render-pdf';
import type { RenderInput } from './render-input';
import { getTemplate } from './templates/index';
import { MINIMAL_DATE, minimalFields } from './test-support/minimal-fields';
import { normalise, pageCount, pdfText, pdfWords } from './test-support/pdf-text';
import { hasSeal, sealBoxes } from './test-support/pdf-seals';

/**
 * Issue 8, point 8: every type rendered from its minimal valid fields (only what its schema
 * requires, neutral values) keeps to one page when it is a one-page form, carries a seal exactly
 * when its type declares one, never puts the seal over text, and prints nothing of the sample data.
 */

/** Cross-field rules the schema cannot show ("either … or"): the least each needs. */
const overrides: Record<string, Record<string, unknown>> = {
  'rectification-order': { problems: [{ description: '甲', immediate: true }] },
  'payment-deferral-permit': { deferUntil: '2026-12-31' },
  'case-extension-approval': { extendTo: '2026-12-31' },
  'rectification-extension-approval': { requestedDeadline: '2026-12-31' },
  'rectification-extension-reply': { approved: true, newDeadline: '2026-12-31' },
};

/** Names and places of the fixtures: none may leak into a document drafted without them. */
function sampleTexts(): string[] {
  const found = new Set<string>(['陕西东铭', '张建国', '李明', '刘卫东', '陈志强', '赵志刚', '孙海峰']);
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string') {
      if (/(name|signer|recorder|reviewer|participant|legalRepresentative|recipient|inquiree)/i.test(key) && /^[\u4e00-\u9fa5]{2,4}$/.test(v)) found.add(v);
      if (/有限(责任)?公司$|厂$/.test(v)) found.add(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object' && !(v instanceof Uint8Array)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  for (const f of Object.values(fixtures)) walk({ party: f.input.party, officers: f.input.officers, fields: f.input.fields });
  return [...found];
}
const samples = sampleTexts();

function minimalInput(code: string): RenderInput {
  const type = documentTypes.find((t) => t.code === code);
  const individual = type?.partyKind === 'individual';
  return {
    agency: { name: '甲市应急管理局', shortName: '甲' },
    documentType: code,
    issuedOn: MINIMAL_DATE,
    ...(type?.numbered ? { number: `甲应急${type.numberCode}〔2026〕1号` } : {}),
    party: individual ? { kind: 'individual', name: '乙某' } : { kind: 'organization', name: '乙公司' },
    fields: minimalFields(getTemplate(code).fields, overrides[code]),
    officers: [
      { name: '丙某', certNo: '00000000001' },
      { name: '丁某', certNo: '00000000002' },
    ],
    seals: { agencySeal: demoImages.agencySeal, enforcementSeal: demoImages.enforcementSeal },
  };
}

describe('renderPdf: every type from its minimal valid fields', () => {
  it('finds the fixtures’ names to look for, and finds them in a fixture’s rendering', async () => {
    expect(samples.length).toBeGreaterThan(10);
    const fixture = fixtures['penalty-decision-unit'];
    if (!fixture) throw new Error('fixture missing');
    const text = normalise(pdfText(await renderPdf(fixture.input)));
    expect(samples.filter((s) => text.includes(normalise(s)))).toEqual(expect.arrayContaining(['陕西东铭', '赵志刚']));
  });

  it.each(documentTypes.map((t) => t.code))('%s: page count, seal as declared and off the text, no sample text', async (code) => {
    const type = documentTypes.find((t) => t.code === code);
    if (!type) throw new Error(code);
    const input = minimalInput(code);
    const parsed = getTemplate(code).fields.safeParse(input.fields);
    expect(parsed.error?.issues ?? [], 'minimal fields must be valid').toEqual([]);
    const pdf = await renderPdf(input);

    if (isOnePageForm(code)) expect(pageCount(pdf), 'one-page form').toBe(1);
    else expect(pageCount(pdf)).toBeLessThanOrEqual(2);

    expect(hasSeal(pdf), `seal: ${type.seal}`).toBe(type.seal !== 'none');
    const seals = sealBoxes(pdf);
    expect(seals).toHaveLength(type.seal === 'none' ? 0 : 1);
    const words = pdfWords(pdf);
    for (const seal of seals) {
      const r = (seal.width / 2) * 0.95;
      const cx = seal.x + seal.width / 2;
      const cy = seal.y + seal.height / 2;
      const covered = words.filter((w) => {
        if (w.page !== seal.page) return false;
        const dx = Math.max(w.xMin - cx, 0, cx - w.xMax);
        const dy = Math.max(w.yMin - cy, 0, cy - w.yMax);
        return dx * dx + dy * dy < r * r;
      });
      // Only the agency name and the date lie under the seal.
      expect(normalise(covered.map((w) => w.text).join(''))).toBe(normalise(`${input.agency.name}2026年12月7日`));
    }

    const text = normalise(pdfText(pdf));
    expect(samples.filter((s) => text.includes(normalise(s)))).toEqual([]);
  });
});
