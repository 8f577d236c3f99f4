import { getTemplate } from '@zhifa/documents';
import { fixtures } from '@zhifa/documents/fixtures/index';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { labelledFields } from './document-field-view';

const schema = z.object({
  matter: z.string().describe('违法事实'),
  deadline: z.string().optional().describe('整改期限'),
  immediate: z.boolean().describe('立即整改'),
  amountFen: z.number().describe('罚款金额'),
  method: z.enum(['direct', 'post']).describe('送达方式'),
  problems: z.array(z.object({ text: z.string().describe('问题'), immediate: z.boolean().describe('立即整改') })).describe('存在问题'),
  places: z.array(z.string()).describe('地点'),
  handlerOpinion: z.object({ opinion: z.string().describe('意见内容'), signer: z.string().describe('签名人') }).optional().describe('承办人意见'),
});
const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

describe('labelledFields', () => {
  it('labels every field with its Chinese name, in the schema order, and spells out values', () => {
    const out = labelledFields(json, {
      places: ['一车间', '二车间'],
      matter: '未按规定开展安全培训',
      immediate: true,
      amountFen: 1_250_000,
      method: 'direct',
      problems: [{ text: '灭火器过期', immediate: true }, { text: '通道堵塞', immediate: false }],
      handlerOpinion: { opinion: '建议立案', signer: '王建国' },
      deadline: '',
    });
    expect(out).toEqual([
      { label: '违法事实', value: '未按规定开展安全培训' },
      { label: '立即整改', value: '是' },
      { label: '罚款金额', value: '12500.00 元' },
      { label: '送达方式', value: '直接送达' },
      { label: '存在问题', value: '1. 问题：灭火器过期；立即整改：是\n2. 问题：通道堵塞；立即整改：否' },
      { label: '地点', value: '一车间、二车间' },
      { label: '承办人意见', value: '意见内容：建议立案；签名人：王建国' },
    ]);
  });

  it('keeps a key the schema does not know under the key itself, and drops empty values', () => {
    expect(labelledFields(json, { extra: 'x', matter: 'y', places: [], deadline: '' })).toEqual([
      { label: '违法事实', value: 'y' },
      { label: 'extra', value: 'x' },
    ]);
  });

  it('leaves no English key unlabelled for a real template (责令限期整改指令书)', () => {
    const t = getTemplate('rectification-order');
    const out = labelledFields(z.toJSONSchema(t.fields, { io: 'input', unrepresentable: 'any' }), fixtures['rectification-order']!.input.fields as Record<string, unknown>);
    expect(out.length).toBeGreaterThan(1);
    for (const f of out) expect(f.label).toMatch(/[\u4e00-\u9fa5]/);
  });
});
