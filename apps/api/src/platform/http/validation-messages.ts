import type { FieldError } from '@zhifa/shared';
import { z } from 'zod';

// Chinese messages from zod for anything a schema does not word itself.
z.config(z.locales.zhCN());

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

function labelOf(s: AnySchema): string | undefined {
  const withDesc = s as { description?: string };
  if (withDesc.description) return withDesc.description;
  const inner = unwrap(s) as { description?: string };
  return inner.description;
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
