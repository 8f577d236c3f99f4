import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { labelOf, ruleMessage, toFieldErrors } from '../src/platform/http/validation-messages';
import { routeFields, stringLeaves } from './route-schemas';

/**
 * Rules every route's input schema must keep (docs/CONVENTIONS.md, issue 7 §1 and §5), checked by
 * walking the params, query and body schemas of every registered route: a field added without a
 * Chinese label, or free text built without the shared text helpers, fails here.
 */
const CJK = /[\u3400-\u9fff]/;

describe('route input schemas', () => {
  const fields = routeFields();

  it('walks a meaningful number of fields', () => {
    expect(fields.length).toBeGreaterThan(300);
  });

  it('gives every field of every route a Chinese label (.describe)', () => {
    const unlabelled = fields.filter((f) => !CJK.test(labelOf(f.schema) ?? '')).map((f) => `${f.route} ${f.path}`);
    expect(unlabelled).toEqual([]);
  });

  it('builds every text field from the shared helpers, so NUL and control characters are refused by the field itself', () => {
    const accepting: string[] = [];
    for (const f of fields) {
      if (!stringLeaves(f.schema).length) continue;
      const schema = f.schema as z.ZodType;
      for (const [name, bad] of [['NUL', '甲\u0000乙'], ['ESC', '甲\u001b乙']]) {
        if (schema.safeParse(bad).success || schema.safeParse([bad]).success) accepting.push(`${f.route} ${f.path} (${name})`);
      }
    }
    expect([...new Set(accepting)]).toEqual([]);
  });

  it("words zod's generic rules in Chinese, naming the field and the rule (never 无效输入 or Invalid input)", () => {
    const S = z.object({
      a: z.string().describe('名称'),
      b: z.number().int().min(1).describe('数量'),
      c: z.enum(['x', 'y']).describe('类型'),
      d: z.uuid().describe('所属机关'),
      e: z.union([z.string(), z.number()]).describe('值'),
      f: z.string().max(2).describe('简称'),
      g: z.array(z.string()).min(1).describe('权限'),
      h: z.strictObject({}).describe('选项'),
      i: z.iso.datetime().describe('到期时间'),
      j: z.boolean().describe('已核对'),
    });
    const r = S.safeParse({ b: 0.5, c: 'z', d: 'u', e: true, f: 'abc', g: [], h: { k: 1 }, i: 'x', j: 'yes' });
    const issues = r.error!.issues.map((i) => ({ instancePath: `/${i.path.join('/')}`, message: i.message }));
    const messages = toFieldErrors(issues, 'body', S).map((e) => e.message);
    expect(messages).toEqual([
      '名称：为必填项',
      '数量：应为整数',
      '类型：应为 x、y 之一',
      '所属机关：应为有效的编号（UUID）',
      '值：不符合任何一种允许的格式',
      '简称：不能超过 2 个字符',
      '权限：至少 1 项',
      '选项：不允许的字段：k',
      '到期时间：应为 ISO-8601 时间，例如 2026-01-01T00:00:00+08:00',
      '已核对：应为 true 或 false',
    ]);
    for (const m of messages) expect(m).not.toMatch(/无效输入|Invalid input|期望/);
    expect(ruleMessage({ code: 'too_small', origin: 'number', minimum: 3, inclusive: true, input: 1 } as never)).toBe('不能小于 3');
  });
});
