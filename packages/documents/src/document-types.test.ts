import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentTypes } from './document-types';
import { fixtures } from './fixtures/index';
import { getTemplate, getTemplateVersions } from './templates/index';

describe('documentTypes', () => {
  it('has unique kebab-case codes', () => {
    const codes = documentTypes.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('covers the 2016 set (49 forms, 当场/决定书 split into 单位 and 个人) and the 2021 additions', () => {
    expect(documentTypes.filter((t) => t.set === '2016')).toHaveLength(49);
    expect(documentTypes.filter((t) => t.set === '2021').map((t) => t.name)).toEqual([
      '行政处罚法制审核意见书',
      '行政处罚案件调查报告',
      '不予行政处罚决定书',
      '案件撤销记录单',
      '案件告知审批表',
      '整改复查延期申请审批表',
      '整改复查延期申请答复书',
      '非职责范围安全问题移交单',
      '行政执法有关事项审批表',
    ]);
  });

  it('numbers a form exactly when it has a 简称', () => {
    for (const t of documentTypes) expect(t.numbered).toBe(t.numberCode !== null);
  });

  it('marks the catch-all approval form as the "other" category (Q6)', () => {
    expect(documentTypes.filter((t) => t.category === 'other').map((t) => t.code)).toEqual(['matter-approval']);
  });

  it('puts the 复议/诉讼 notice on served decisions only', () => {
    for (const t of documentTypes.filter((d) => d.hasRemedies)) expect(t.kind).toBe('served');
  });

  it('seals decisions and notices only: internal forms and records carry no seal (issue 8)', () => {
    for (const t of documentTypes.filter((d) => d.kind === 'internal' || d.kind === 'record')) expect(t.seal, t.code).toBe('none');
    for (const t of documentTypes.filter((d) => d.hasRemedies)) expect(t.seal, t.code).not.toBe('none');
  });

  it('has a template and a fixture for every type', () => {
    for (const t of documentTypes) {
      expect(getTemplateVersions(t.code).length, t.code).toBeGreaterThan(0);
      expect(fixtures[t.code], t.code).toBeDefined();
    }
  });

  it('describes every template field schema as JSON Schema, so the UI can build the form', () => {
    for (const t of documentTypes) {
      const schema = z.toJSONSchema(getTemplate(t.code).fields, { io: 'input', unrepresentable: 'any' }) as { type?: string; properties?: Record<string, unknown> };
      expect(schema.type, t.code).toBe('object');
      expect(Object.keys(schema.properties ?? {}).length, t.code).toBeGreaterThan(0);
    }
  });
});
