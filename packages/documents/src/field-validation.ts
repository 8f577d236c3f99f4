import type { z } from 'zod';
import { formDescriptor, systemOwnerLabel, type FormField } from './form-descriptor';
import { getTemplate } from './templates/index';

/**
 * Validation of a document's template fields as the API stores them.
 *
 * - Unknown keys are refused at every level (the form's fields are the only keys there are), which
 *   also bounds the nesting to the schema's own depth.
 * - Fields another part of the system fills (approval opinions, payment accounts) are refused when
 *   typed, naming the field and who fills it.
 * - `draft`: a draft may be incomplete — a missing or empty value is not an error yet — but what is
 *   there must be valid (types, lengths, formats, list sizes). `complete`: the full schema, as for
 *   submitting for approval and issuing.
 */

export interface FieldIssue {
  /** Dotted path inside `fields`, e.g. `problems.0.deadline`. */
  path: string;
  message: string;
}

export type FieldValidationMode = 'draft' | 'complete';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function structureIssues(fields: readonly FormField[], value: Record<string, unknown>, prefix: string[], parentLabel: string, out: FieldIssue[]): void {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const [key, v] of Object.entries(value)) {
    const path = [...prefix, key];
    const f = byKey.get(key);
    if (!f) {
      out.push({ path: path.join('.'), message: `${parentLabel}：没有“${key}”这一项，不能填写模板以外的内容` });
      continue;
    }
    if (v === undefined) continue;
    if (f.systemOwned) {
      out.push({ path: path.join('.'), message: `${f.label}：${systemOwnerLabel[f.systemOwned]}，不能手工填写` });
      continue;
    }
    walk(f, v, path, out);
  }
}

function walk(f: FormField, v: unknown, path: string[], out: FieldIssue[]): void {
  if (f.kind === 'group' && isPlainObject(v)) structureIssues(f.fields, v, path, f.label, out);
  if (f.kind === 'list' && Array.isArray(v)) v.forEach((item, i) => walk(f.item, item, [...path, String(i)], out));
}

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
};

/** A missing or empty value: not yet filled in, which a draft may be. */
const notFilledIn = (issue: z.core.$ZodIssue, root: unknown): boolean => {
  const v = valueAt(root, issue.path);
  if (v === undefined || v === null) return true;
  if (issue.code !== 'too_small') return false;
  return (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
};

/** Everything wrong with `fields` for the type's template (the given version, else the newest). */
export function validateFields(typeCode: string, version: string | undefined, fields: unknown, mode: FieldValidationMode): FieldIssue[] {
  if (!isPlainObject(fields)) return [{ path: '', message: '文书内容：应为各字段组成的对象' }];
  const form = formDescriptor(typeCode, version);
  const issues: FieldIssue[] = [];
  structureIssues(form.fields, fields, [], '文书内容', issues);
  if (issues.length) return issues;
  const parsed = getTemplate(typeCode, form.version).fields.safeParse(fields);
  if (parsed.success) return [];
  for (const i of parsed.error.issues) {
    if (mode === 'draft' && notFilledIn(i, fields)) continue;
    issues.push({ path: i.path.map(String).join('.'), message: i.message });
  }
  return issues;
}

/** `fields` without the keys the system fills (for sample data and tests that start from a fixture). */
export function withoutSystemOwned(typeCode: string, fields: Record<string, unknown>, version?: string): Record<string, unknown> {
  const owned = new Set(formDescriptor(typeCode, version).fields.filter((f) => f.systemOwned).map((f) => f.key));
  return Object.fromEntries(Object.entries(fields).filter(([k]) => !owned.has(k)));
}
