import { describe, expect, it } from 'vitest';
import { documentTypes } from './document-types';
import { draftTodayFields, newDraftFields } from './draft-defaults';
import { validateFields, withoutSystemOwned } from './field-validation';
import { fixtures } from './fixtures/index';
import { describeFields, formDescriptor, type FormField } from './form-descriptor';
import { getTemplateVersions } from './templates/index';

const CHINESE = /[\u4e00-\u9fff]/;

const flatten = (fields: readonly FormField[], prefix = ''): { path: string; field: FormField }[] =>
  fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.key}` : f.key;
    const self = [{ path, field: f }];
    if (f.kind === 'group') return [...self, ...flatten(f.fields, path)];
    if (f.kind === 'list') return [...self, ...flatten(f.item.kind === 'group' ? f.item.fields : [], `${path}[]`), { path: `${path}[]`, field: f.item }];
    return self;
  });

describe('form descriptor of every document type', () => {
  const all = documentTypes.flatMap((t) => getTemplateVersions(t.code).map((tpl) => ({ code: t.code, tpl })));

  it('covers all 58 types', () => {
    expect(new Set(all.map((a) => a.code)).size).toBe(58);
  });

  // The test issue 8 asks for: it fails when any field of any template lacks a Chinese form label,
  // or an enumeration value lacks its Chinese option name.
  it.each(all.map((a) => [`${a.code}@${a.tpl.version}`, a] as const))('%s: every field has a Chinese label, every option a Chinese name', (_n, { tpl }) => {
    const fields = flatten(describeFields(tpl.fields));
    expect(fields.length).toBeGreaterThan(0);
    for (const { path, field } of fields) {
      expect(field.label, path).toMatch(CHINESE);
      if (field.kind === 'select') for (const o of field.options) expect(o.label, `${path}=${o.value}`).toMatch(CHINESE);
    }
  });

  it('describes the 立案审批表 as a real form: texts, a date, read-only approval cells', () => {
    const form = formDescriptor('case-filing-approval');
    const byKey = Object.fromEntries(form.fields.map((f) => [f.key, f]));
    expect(byKey.caseSource).toMatchObject({ kind: 'text', label: '案件来源', required: true, maxLength: 100, multiline: false });
    expect(byKey.receivedOn).toMatchObject({ kind: 'date', label: '受案日期', required: true });
    expect(byKey.summary).toMatchObject({ kind: 'text', label: '简要案情及立案理由', multiline: true });
    expect(byKey.handlerOpinion).toMatchObject({ kind: 'group', label: '承办人意见', required: false, systemOwned: 'approval', approvalCell: 'submission' });
    expect(byKey.reviewOpinion).toMatchObject({ systemOwned: 'approval', approvalCell: 'review' });
    expect(byKey.approvalOpinion).toMatchObject({ systemOwned: 'approval', approvalCell: 'approval' });
    expect(JSON.parse(JSON.stringify(form))).toEqual(form);
  });

  it('has money in fen, lists of rows, selects with Chinese options, date-times', () => {
    const decision = Object.fromEntries(formDescriptor('penalty-decision-unit').fields.map((f) => [f.key, f]));
    const penalties = decision.penalties;
    expect(penalties?.kind).toBe('list');
    if (penalties?.kind !== 'list' || penalties.item.kind !== 'group') throw new Error('penalties should be a list of groups');
    expect(penalties.item.fields.find((f) => f.key === 'amountFen')).toMatchObject({ kind: 'money', label: '金额', required: false });
    expect(penalties.item.fields.find((f) => f.key === 'kind')).toMatchObject({ kind: 'select', options: expect.arrayContaining([{ value: 'fine', label: '罚款' }]) });
    expect(decision.paymentAccounts).toMatchObject({ kind: 'list', systemOwned: 'paymentAccounts' });
    const receipt = Object.fromEntries(formDescriptor('service-receipt').fields.map((f) => [f.key, f]));
    expect(receipt.servedAt).toMatchObject({ kind: 'dateTime', label: '送达时间' });
    expect(receipt.method).toMatchObject({ kind: 'select', options: expect.arrayContaining([{ value: 'direct', label: '直接送达' }]) });
  });
});

describe('validateFields', () => {
  it('lets a draft be incomplete but refuses unknown keys, at every level', () => {
    expect(validateFields('case-filing-approval', undefined, {}, 'draft')).toEqual([]);
    expect(validateFields('case-filing-approval', undefined, { caseSource: '日常检查', extra: 'x' }, 'draft')).toEqual([
      { path: 'extra', message: '文书内容：没有“extra”这一项，不能填写模板以外的内容' },
    ]);
    const nested = validateFields('rectification-order', undefined, { problems: [{ description: '堆放杂物', immediate: true, junk: { a: 1 } }] }, 'draft');
    expect(nested).toEqual([{ path: 'problems.0.junk', message: '存在问题：没有“junk”这一项，不能填写模板以外的内容' }]);
  });

  it('refuses typed approval opinions and payment accounts, naming who fills them', () => {
    const typed = validateFields('case-filing-approval', undefined, { reviewOpinion: { opinion: '同意', signer: '刘卫东', date: '2024-03-12' } }, 'draft');
    expect(typed).toEqual([{ path: 'reviewOpinion', message: '审核意见：由审批流程自动填写，不能手工填写' }]);
    const accounts = validateFields('fine-payment-reminder', undefined, { paymentAccounts: [] }, 'draft');
    expect(accounts[0]?.message).toBe('缴款账户：由所选缴款账户自动填写，不能手工填写');
  });

  it('checks what is there in a draft (lengths, formats, list sizes) and everything when complete', () => {
    const draft = validateFields('case-filing-approval', undefined, { caseSource: 'x'.repeat(101), receivedOn: '2026/12/07' }, 'draft');
    expect(draft).toEqual([
      { path: 'caseSource', message: '案件来源不能超过 100 个字符' },
      { path: 'receivedOn', message: '受案日期格式应为 YYYY-MM-DD' },
    ]);
    const many = validateFields('rectification-order', undefined, { problems: Array.from({ length: 301 }, () => ({ description: '问题', immediate: true })) }, 'draft');
    expect(many).toEqual([{ path: 'problems', message: '存在问题最多 300 项' }]);
    const complete = validateFields('case-filing-approval', undefined, { caseSource: '日常检查' }, 'complete').map((i) => i.path);
    expect(complete).toEqual(['receivedOn', 'caseName', 'summary']);
    expect(validateFields('case-filing-approval', undefined, [], 'draft')).toEqual([{ path: '', message: '文书内容：应为各字段组成的对象' }]);
  });

  it('accepts every fixture once the system-owned fields are taken out', () => {
    for (const [code, fixture] of Object.entries(fixtures)) {
      const fields = withoutSystemOwned(code, fixture.input.fields as Record<string, unknown>, fixture.input.templateVersion);
      expect(validateFields(code, fixture.input.templateVersion, fields, 'draft'), code).toEqual([]);
    }
  });
});

describe('newDraftFields', () => {
  it('starts empty except the dates that mean today', () => {
    expect(newDraftFields('case-filing-approval', '2026-12-07')).toEqual({});
    expect(newDraftFields('hearing-report', '2026-12-07')).toEqual({ reportedOn: '2026-12-07' });
    for (const [code, keys] of Object.entries(draftTodayFields)) {
      const byKey = new Map(formDescriptor(code).fields.map((f) => [f.key, f]));
      for (const k of keys) expect(byKey.get(k)?.kind, `${code}.${k}`).toBe('date');
    }
  });
});
