import type { FieldError } from '@zhifa/shared';
import type { z } from 'zod';
import { fieldLabel } from './validation-messages';

/** JSON nested deeper than this is refused before validation (no form of ours nests beyond a few levels). */
export const MAX_JSON_DEPTH = 32;

/** C0 controls except tab, LF and CR, and DEL: never valid in any text, multi-line or not. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

type Input = { value: unknown; context: 'body' | 'query' | 'params'; schema: z.core.$ZodType | undefined };

/**
 * Last-resort checks of a request's body, query and path parameters, each a 400 naming the field:
 * - `depth` (before the route's schema runs): a structure nested deeper than MAX_JSON_DEPTH;
 * - `controls` (after it): a string or key holding NUL or another control character anywhere, also
 *   inside free-form JSON such as a document's `fields`. The shared text helpers refuse these with
 *   the field's own rule first; this only makes sure no route, however its schema is written, passes
 *   them on to a database (PostgreSQL refuses NUL with a 500, SQLite would store it).
 */
export function inputProblems(inputs: Input[], check: 'depth' | 'controls'): FieldError[] {
  for (const { value, context, schema } of inputs) {
    if (value === null || typeof value !== 'object') continue;
    // Iterative, so 5,000 levels cannot overflow the stack.
    const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
    while (stack.length) {
      const { v, path } = stack.pop()!;
      if (typeof v === 'string') {
        if (check === 'controls' && FORBIDDEN.test(v)) return [controlProblem(context, schema, path)];
        continue;
      }
      if (v === null || typeof v !== 'object') continue;
      if (check === 'depth' && path.length >= MAX_JSON_DEPTH) {
        const message = `请求内容嵌套过深（最多 ${MAX_JSON_DEPTH} 层）`;
        return [{ path: [context, ...path.slice(0, 3)].join('.'), message }];
      }
      if (Array.isArray(v)) {
        v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
        continue;
      }
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (check === 'controls' && FORBIDDEN.test(k)) return [controlProblem(context, schema, path)];
        stack.push({ v: x, path: [...path, k] });
      }
    }
  }
  return [];
}

function controlProblem(context: string, schema: z.core.$ZodType | undefined, path: (string | number)[]): FieldError {
  const label = fieldLabel(schema, path) ?? (path.length ? path.join('.') : '请求内容');
  return { path: [context, ...path].join('.'), message: `${label}：不能包含 NUL 等控制字符` };
}
