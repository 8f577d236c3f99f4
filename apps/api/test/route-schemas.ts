import type { z } from 'zod';
import { allRoutes } from '../src/routes';

/**
 * Walks the input schemas (params, query, body) of every registered route, for the tests that hold
 * each field to the rules of docs/CONVENTIONS.md (a Chinese label, text refusing control characters).
 */

type AnySchema = z.core.$ZodType;
type Def = {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
  left?: AnySchema;
  right?: AnySchema;
  items?: AnySchema[];
  valueType?: AnySchema;
  getter?: () => AnySchema;
};
const defOf = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

export interface FieldSite {
  route: string;
  /** `body.parentId`, `query.q`, `body.licences[].number` */
  path: string;
  schema: AnySchema;
}

/** Every object property (at any depth) of every route's params, query and body. */
export function routeFields(): FieldSite[] {
  const out: FieldSite[] = [];
  for (const r of allRoutes) {
    const route = `${r.method} ${r.url}`;
    for (const [ctx, schema] of [['params', r.params], ['query', r.query], ['body', r.body]] as const) {
      if (schema) walk(schema as AnySchema, ctx, (path, s) => out.push({ route, path, schema: s }), new Set());
    }
  }
  return out;
}

function walk(s: AnySchema, path: string, visit: (path: string, s: AnySchema) => void, seen: Set<AnySchema>): void {
  if (seen.has(s)) return;
  seen.add(s);
  const def = defOf(s);
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape ?? {})) {
        visit(`${path}.${k}`, v);
        walk(v, `${path}.${k}`, visit, new Set(seen));
      }
      return;
    case 'array':
      if (def.element) walk(def.element, `${path}[]`, visit, seen);
      return;
    case 'union':
      for (const o of def.options ?? []) walk(o, path, visit, seen);
      return;
    case 'intersection':
      if (def.left) walk(def.left, path, visit, seen);
      if (def.right) walk(def.right, path, visit, seen);
      return;
    case 'tuple':
      for (const i of def.items ?? []) walk(i, `${path}[]`, visit, seen);
      return;
    case 'record':
      if (def.valueType) walk(def.valueType, `${path}.*`, visit, seen);
      return;
    case 'pipe':
      if (def.in) walk(def.in, path, visit, seen);
      return;
    case 'lazy':
      if (def.getter) walk(def.getter(), path, visit, seen);
      return;
    default:
      if (def.innerType) walk(def.innerType, path, visit, seen);
  }
}

/** The string schemas a value passes through on its way in (the leaves a text value reaches). */
export function stringLeaves(s: AnySchema): AnySchema[] {
  const def = defOf(s);
  if (def.type === 'string') return [s];
  if (def.type === 'pipe') return def.in ? stringLeaves(def.in) : [];
  if (def.type === 'union') return (def.options ?? []).flatMap(stringLeaves);
  if (def.type === 'array' && def.element) return stringLeaves(def.element);
  if (def.innerType) return stringLeaves(def.innerType);
  return [];
}
