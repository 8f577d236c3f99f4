import type { FormField } from '@zhifa/shared';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fromFormValues, toFormValues } from './field-values';

const fields: FormField[] = [
  { key: 'caseSource', label: '案件来源', required: true, kind: 'text', maxLength: 100, multiline: false },
  { key: 'receivedOn', label: '受案日期', required: true, kind: 'date' },
  { key: 'startedAt', label: '开始时间', required: true, kind: 'dateTime' },
  { key: 'fineFen', label: '罚款金额', required: true, kind: 'money', max: 1e12 },
  { key: 'isPublic', label: '公开举行', required: false, kind: 'boolean', defaultValue: null },
  {
    key: 'problems', label: '存在问题', required: true, kind: 'list', minItems: 1, maxItems: 300,
    item: { key: 'item', label: '存在问题', required: true, kind: 'group', fields: [
      { key: 'description', label: '存在问题', required: true, kind: 'text', maxLength: 1000, multiline: true },
      { key: 'immediate', label: '立即整改', required: false, kind: 'boolean', defaultValue: false },
    ] },
  },
  { key: 'approvalOpinion', label: '审批意见', required: false, kind: 'group', systemOwned: 'approval', approvalCell: 'approval', fields: [] },
];

describe('document form values', () => {
  it('starts a new draft empty, with one row where a list needs one', () => {
    expect(toFormValues(fields, {})).toEqual({ caseSource: undefined, receivedOn: undefined, startedAt: undefined, fineFen: undefined, isPublic: false, problems: [{ immediate: false }], approvalOpinion: undefined });
  });

  it('round-trips stored fields: dates, yuan ↔ fen, lists; never sends what the system fills', () => {
    const stored = { caseSource: '举报', receivedOn: '2026-12-01', startedAt: '2026-12-01T09:30', fineFen: 1234567, isPublic: true, problems: [{ description: '堆放杂物', immediate: true }], approvalOpinion: { opinion: '同意', signer: '赵国栋', date: '2026-12-07' } };
    const values = toFormValues(fields, stored);
    expect(dayjs.isDayjs(values.receivedOn)).toBe(true);
    expect(values.fineFen).toBe(12345.67);
    expect(fromFormValues(fields, values)).toEqual({ ...stored, approvalOpinion: undefined } as never);
    expect(fromFormValues(fields, values)).not.toHaveProperty('approvalOpinion');
  });

  it('leaves out what is not filled in and trims text', () => {
    expect(fromFormValues(fields, { caseSource: '  ', problems: [{ description: ' 问题 ', immediate: false }] })).toEqual({ isPublic: false, problems: [{ description: '问题', immediate: false }] });
  });
});
