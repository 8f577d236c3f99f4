import type { FieldError } from '@zhifa/shared';
import { z } from 'zod';

// Chinese messages for anything a schema does not word itself: zod's zh-CN locale as the base, and
// our own wording of the common rules on top (the locale's "无效输入" says neither field nor rule;
// toFieldErrors puts the field's label in front).
z.config(z.locales.zhCN());
z.config({ customError: ruleMessage });

const typeNames: Record<string, string> = {
  string: '应为文字',
  number: '应为数字',
  int: '应为整数',
  boolean: '应为 true 或 false',
  array: '应为列表',
  object: '应为对象',
  date: '应为日期',
  bigint: '应为整数',
};
const formatNames: Record<string, string> = {
  uuid: '应为有效的编号（UUID）',
  guid: '应为有效的编号（UUID）',
  datetime: '应为 ISO-8601 时间，例如 2026-01-01T00:00:00+08:00',
  date: '应为日期，格式 YYYY-MM-DD',
  time: '应为时间，格式 HH:mm',
  email: '应为有效的电子邮箱地址',
  url: '应为有效的网址',
};

type Issue = z.core.$ZodRawIssue;

/** The rule an issue broke, in Chinese, without the field (the caller adds the label). */
export function ruleMessage(issue: Issue): string | undefined {
  const i = issue as Issue & { expected?: string; origin?: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean; format?: string; values?: unknown[]; keys?: string[]; divisor?: number };
  switch (i.code) {
    case 'invalid_type':
      if (i.input === undefined) return '为必填项';
      if (i.input === null) return '不能为空';
      return typeNames[i.expected ?? ''] ?? '类型不正确';
    case 'too_small': {
      const n = String(i.minimum);
      if (i.origin === 'string') return n === '1' ? '不能为空' : `至少 ${n} 个字符`;
      if (i.origin === 'array' || i.origin === 'set') return `至少 ${n} 项`;
      return i.inclusive === false ? `应大于 ${n}` : `不能小于 ${n}`;
    }
    case 'too_big': {
      const n = String(i.maximum);
      if (i.origin === 'string') return `不能超过 ${n} 个字符`;
      if (i.origin === 'array' || i.origin === 'set') return `最多 ${n} 项`;
      return i.inclusive === false ? `应小于 ${n}` : `不能大于 ${n}`;
    }
    case 'invalid_format':
      return formatNames[i.format ?? ''] ?? '格式不正确';
    case 'invalid_value':
      return i.values?.length === 1 ? `应为 ${String(i.values[0])}` : `应为 ${(i.values ?? []).map(String).join('、')} 之一`;
    case 'unrecognized_keys':
      return `不允许的字段：${(i.keys ?? []).join('、')}`;
    case 'invalid_union':
      return '不符合任何一种允许的格式';
    case 'invalid_key':
    case 'invalid_element':
      return '含有不符合要求的项';
    case 'not_multiple_of':
      return `应为 ${String(i.divisor)} 的倍数`;
    case 'custom':
      return '不符合要求';
    default:
      return undefined;
  }
}

type AnySchema = z.core.$ZodType;

function unwrap(s: AnySchema): AnySchema {
  let cur: AnySchema = s;
  for (let i = 0; i < 10; i++) {
    const def = (cur as { _zod: { def: { type: string; innerType?: AnySchema; in?: AnySchema } } })._zod.def;
    if (def.innerType) cur = def.innerType;
    else if (def.type === 'pipe' && def.in) cur = def.in;
    else break;
  }
  return cur;
}

/**
 * The Chinese label of a field: the `.describe()` nearest the outside of its wrapper chain
 * (`Id.describe('监管机关').nullable().optional()` and `X.optional().describe('…')` both count).
 */
export function labelOf(s: AnySchema): string | undefined {
  let cur: AnySchema = s;
  for (let i = 0; i < 12; i++) {
    const d = (cur as { description?: string }).description;
    if (d) return d;
    const def = (cur as { _zod: { def: { type: string; innerType?: AnySchema; in?: AnySchema } } })._zod.def;
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) return undefined;
    cur = next;
  }
  return undefined;
}

/** Finds the Chinese label (`.describe('用户名')`) of the field at `path` inside `schema`. */
export function fieldLabel(schema: AnySchema | undefined, path: (string | number)[]): string | undefined {
  let cur: AnySchema | undefined = schema;
  let label: string | undefined;
  for (const seg of path) {
    if (!cur) return label;
    const inner = unwrap(cur) as { _zod: { def: { type: string; shape?: Record<string, AnySchema>; element?: AnySchema } } };
    const def = inner._zod.def;
    if (def.type === 'object' && def.shape && typeof seg === 'string') cur = def.shape[seg];
    else if (def.type === 'array' && def.element) cur = def.element;
    else return label;
    if (cur) label = labelOf(cur) ?? label;
  }
  return label;
}

const contextName: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' };

/** Turns fastify-type-provider-zod issues into field errors whose message names the field. */
export function toFieldErrors(
  issues: { instancePath: string; message?: string }[],
  context: string | undefined,
  schema: AnySchema | undefined,
): FieldError[] {
  return issues.map((i) => {
    const segs = i.instancePath.split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const label = fieldLabel(schema, segs) ?? (segs.length ? segs.join('.') : '请求内容');
    const message = i.message ?? '不符合要求';
    const path = [contextName[context ?? 'body'] ?? context, ...segs].join('.');
    return { path, message: message.startsWith(label) ? message : `${label}：${message}` };
  });
}
