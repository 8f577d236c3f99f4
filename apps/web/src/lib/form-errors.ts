import type { FormInstance } from 'antd';
import { ApiError } from './api-client';

type NamePath = (string | number)[];

/** `roles.0.dataScope` → `['roles', 0, 'dataScope']`, the antd form name of that field. */
export function toNamePath(path: string): NamePath {
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The server writes "用户名：已被使用"; under the field's own label the prefix is noise. */
export function withoutLabel(message: string): string {
  const m = /^[^：:]{1,20}[：:]\s*(.+)$/s.exec(message);
  return m ? m[1]! : message;
}

/**
 * Puts the server's field errors on the matching form fields. Returns true when at least one
 * field got its message, so the caller can decide whether a toast is still needed.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, aliases: Record<string, string> = {}): boolean {
  if (!(err instanceof ApiError)) return false;
  const known = new Set<string>();
  // antd exposes the registered fields; only those can show a message.
  for (const f of form.getFieldsError()) known.add(f.name.join('.'));
  // `roles.0.dataScope` lands on `roles` when the form edits the list as one field.
  const nearest = (path: string): string | null => {
    for (let p = aliases[path] ?? path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
      if (known.has(p)) return p;
    }
    return null;
  };
  const fields = Object.entries(err.fieldErrors)
    .map(([path, message]) => ({ path: nearest(path), message }))
    .filter((f): f is { path: string; message: string } => f.path !== null);
  if (!fields.length) return false;
  const byPath = new Map<string, string[]>();
  for (const f of fields) byPath.set(f.path, [...(byPath.get(f.path) ?? []), withoutLabel(f.message)]);
  form.setFields([...byPath].map(([path, errors]) => ({ name: toNamePath(path), errors })));
  form.scrollToField(toNamePath(fields[0]!.path));
  return true;
}
