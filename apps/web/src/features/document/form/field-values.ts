import type { FormField } from '@zhifa/shared';
import dayjs, { type Dayjs } from 'dayjs';

/**
 * Between a document's stored template fields and the values of the generated antd form: dates as
 * dayjs, money in yuan (stored in fen), booleans with their defaults, a first empty row for a list
 * that needs one. Fields the system fills are shown but never sent back.
 */

type Values = Record<string, unknown>;

const isObject = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v) && !dayjs.isDayjs(v);

/** An empty row of a list (booleans at their default, nested lists with their first row). */
export function emptyValue(f: FormField): unknown {
  if (f.kind === 'group') return Object.fromEntries(f.fields.flatMap((c) => { const v = emptyValue(c); return v === undefined ? [] : [[c.key, v]]; }));
  if (f.kind === 'boolean') return f.defaultValue ?? false;
  if (f.kind === 'list') return f.minItems > 0 && !f.systemOwned ? [emptyValue(f.item)] : [];
  return undefined;
}

export function toFormValue(f: FormField, v: unknown): unknown {
  if (v === undefined || v === null) return f.systemOwned ? undefined : emptyValue(f);
  switch (f.kind) {
    case 'date':
    case 'dateTime':
      return typeof v === 'string' && dayjs(v).isValid() ? dayjs(v) : undefined;
    case 'money':
      return typeof v === 'number' ? v / 100 : undefined;
    case 'group':
      return isObject(v) ? Object.fromEntries(f.fields.map((c) => [c.key, toFormValue(c, v[c.key])])) : emptyValue(f);
    case 'list':
      return Array.isArray(v) ? v.map((item) => toFormValue(f.item, item)) : emptyValue(f);
    default:
      return v;
  }
}

export const toFormValues = (fields: readonly FormField[], data: Values): Values => Object.fromEntries(fields.map((f) => [f.key, toFormValue(f, data[f.key])]));

/** The stored value of a form value; undefined = not filled in (left out of the request). */
export function fromFormValue(f: FormField, v: unknown): unknown {
  if (f.systemOwned) return undefined;
  switch (f.kind) {
    case 'text':
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    case 'date':
      return dayjs.isDayjs(v) ? (v as Dayjs).format('YYYY-MM-DD') : undefined;
    case 'dateTime':
      return dayjs.isDayjs(v) ? (v as Dayjs).format('YYYY-MM-DDTHH:mm') : undefined;
    case 'money':
      return typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 100) : undefined;
    case 'integer':
      return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
    case 'boolean':
      return typeof v === 'boolean' ? v : (f.defaultValue ?? false);
    case 'select':
      return typeof v === 'string' && v ? v : undefined;
    case 'group': {
      if (!isObject(v)) return undefined;
      const out = fromFormValues(f.fields, v);
      // An optional group left empty (booleans aside) is not filled in.
      const filled = f.fields.some((c) => c.kind !== 'boolean' && out[c.key] !== undefined);
      return filled || f.required ? out : undefined;
    }
    case 'list': {
      if (!Array.isArray(v)) return undefined;
      const rows = v.map((item) => fromFormValue(f.item, item)).filter((item) => item !== undefined);
      return rows.length ? rows : undefined;
    }
  }
}

export function fromFormValues(fields: readonly FormField[], values: Values | undefined): Values {
  const out: Values = {};
  for (const f of fields) {
    const v = fromFormValue(f, values?.[f.key]);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}
