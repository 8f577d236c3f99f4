import { z } from 'zod';
import type { ApprovalCell, FormField, SystemOwner } from '@zhifa/shared/contract/document-form';
import { enumOptionLabel } from './form-option-labels';
import { getTemplate } from './templates/index';

/**
 * The form of a document type, derived from its template's zod field schema: a serialisable tree
 * the portal (and later the field app) renders as a real form — labels, required marks, date
 * pickers, money in yuan, lists of rows, grouped objects, selects with Chinese options. Nobody
 * drafts a document by typing JSON.
 */

export type { FormField, SystemOwner } from '@zhifa/shared/contract/document-form';

export const systemOwnerLabel: Record<SystemOwner, string> = {
  approval: '由审批流程自动填写',
  paymentAccounts: '由所选缴款账户自动填写',
};

type Base = Pick<FormField, 'key' | 'label' | 'required' | 'systemOwned' | 'approvalCell'>;

export interface FormDescriptor {
  typeCode: string;
  version: string;
  fields: FormField[];
}

/** Texts longer than this are edited in a textarea. */
const MULTILINE_FROM = 200;

type AnyZod = z.core.$ZodType;
interface Meta {
  description?: string;
  systemOwned?: SystemOwner;
  approvalCell?: ApprovalCell;
  input?: string;
  unit?: string;
}

const defOf = (s: AnyZod) => s._zod.def as unknown as Record<string, unknown> & { type: string };
const metaOf = (s: AnyZod): Meta => (z.globalRegistry.get(s) as Meta | undefined) ?? {};
/** Bounds and format from a schema's checks (zod's `_zod.bag` is only filled once it has parsed). */
function boundsOf(s: AnyZod): { minimum?: number; maximum?: number; format?: string } {
  const def = defOf(s);
  const out: { minimum?: number; maximum?: number; format?: string } = {};
  if (typeof def.format === 'string') out.format = def.format;
  for (const c of (def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []) {
    const d = c._zod.def;
    if ((d.check === 'min_length' || d.check === 'min_size') && typeof d.minimum === 'number') out.minimum = d.minimum;
    if ((d.check === 'max_length' || d.check === 'max_size') && typeof d.maximum === 'number') out.maximum = d.maximum;
    if (d.check === 'greater_than' && typeof d.value === 'number') out.minimum = d.value;
    if (d.check === 'less_than' && typeof d.value === 'number') out.maximum = d.value;
  }
  return out;
}

/** Peels optional/default/nullable wrappers, collecting their meta (outer meta wins) and whether a value may be absent. */
function unwrap(schema: AnyZod): { inner: AnyZod; meta: Meta; optional: boolean; defaultValue: unknown } {
  let s = schema;
  let meta: Meta = {};
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    meta = { ...metaOf(s), ...meta };
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      s = def.innerType as AnyZod;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      const d = def.defaultValue;
      defaultValue = typeof d === 'function' ? (d as () => unknown)() : d;
      s = def.innerType as AnyZod;
    } else {
      return { inner: s, meta, optional, defaultValue };
    }
  }
}

export class FormDescriptorError extends Error {}

function describeField(key: string, schema: AnyZod, path: string, fallbackLabel?: string): FormField {
  const { inner, meta, optional, defaultValue } = unwrap(schema);
  const def = defOf(inner);
  const bag = boundsOf(inner);
  // A list's row without its own label is named after the list (存在问题 → one 存在问题).
  const label = meta.description ?? fallbackLabel;
  if (!label) throw new FormDescriptorError(`字段 ${path} 没有中文标签（.describe）`);
  const base: Base = { key, label, required: !optional };
  if (meta.systemOwned) base.systemOwned = meta.systemOwned;
  if (meta.approvalCell) base.approvalCell = meta.approvalCell;
  switch (def.type) {
    case 'string': {
      if (meta.input === 'dateTime') return { ...base, kind: 'dateTime' };
      if (bag.format === 'date') return { ...base, kind: 'date' };
      const maxLength = typeof bag.maximum === 'number' ? bag.maximum : 2000;
      // An optional text with min 1 is still optional; a required one must not be empty.
      return { ...base, kind: 'text', maxLength, multiline: maxLength > MULTILINE_FROM };
    }
    case 'number': {
      if (meta.unit === 'fen') return { ...base, kind: 'money', max: typeof bag.maximum === 'number' ? bag.maximum : Number.MAX_SAFE_INTEGER };
      const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : null);
      return { ...base, kind: 'integer', min: num(bag.minimum), max: num(bag.maximum), unit: meta.unit === 'day' ? 'day' : null };
    }
    case 'boolean':
      return { ...base, kind: 'boolean', defaultValue: typeof defaultValue === 'boolean' ? defaultValue : null, required: false };
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      return {
        ...base,
        kind: 'select',
        options: values.map((value) => {
          const optionLabel = enumOptionLabel(value);
          if (!optionLabel) throw new FormDescriptorError(`字段 ${path}（${label}）的选项 ${value} 没有中文名称`);
          return { value, label: optionLabel };
        }),
      };
    }
    case 'object': {
      const shape = def.shape as Record<string, AnyZod>;
      return { ...base, kind: 'group', fields: Object.entries(shape).map(([k, v]) => describeField(k, v, `${path}.${k}`)) };
    }
    case 'array': {
      const item = describeField('item', def.element as AnyZod, `${path}[]`, label);
      // An item inherits the system owner of its rows (a list of 缴款账户 is filled from the chosen accounts).
      if (item.systemOwned && !base.systemOwned) base.systemOwned = item.systemOwned;
      return { ...base, kind: 'list', item, minItems: typeof bag.minimum === 'number' ? bag.minimum : 0, maxItems: typeof bag.maximum === 'number' ? bag.maximum : 300 };
    }
    default:
      throw new FormDescriptorError(`字段 ${path}（${label}）的类型 ${def.type} 不能生成表单`);
  }
}

/** The form fields of a field schema (the top-level object of a template). */
export function describeFields(schema: z.ZodType): FormField[] {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.type !== 'object') throw new FormDescriptorError('模板字段应为对象');
  const shape = def.shape as Record<string, AnyZod>;
  return Object.entries(shape).map(([k, v]) => describeField(k, v, k));
}

const cache = new Map<string, FormDescriptor>();

/** The form of a type's template (the given version, else the newest). */
export function formDescriptor(typeCode: string, version?: string): FormDescriptor {
  const template = getTemplate(typeCode, version);
  const key = `${typeCode}@${template.version}`;
  let d = cache.get(key);
  if (!d) {
    d = { typeCode, version: template.version, fields: describeFields(template.fields) };
    cache.set(key, d);
  }
  return d;
}

/** Top-level keys of a form owned by a part of the system, with their owner. */
export function systemOwnedKeys(fields: readonly FormField[]): Map<string, SystemOwner> {
  return new Map(fields.flatMap((f) => (f.systemOwned ? [[f.key, f.systemOwned] as const] : [])));
}
