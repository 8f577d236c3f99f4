import { z } from 'zod';

/**
 * The smallest valid field values of a template, built from its zod schema: only the required
 * fields, each with a short neutral value that is no sample data. Refinements across fields (an
 * "either … or" rule) are not visible in the schema; `overrides` supplies what they need.
 */

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

export const MINIMAL_DATE = '2026-12-07';

function valueOf(schema: JsonSchema, key: string): unknown {
  const alt = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (alt?.length) return valueOf(alt.find((s) => s.type !== 'null') ?? (alt[0] as JsonSchema), key);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return minimalObject(schema);
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => valueOf(schema.items ?? {}, key));
    case 'number':
    case 'integer':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'date') return MINIMAL_DATE;
      if (schema.format === 'date-time' || schema.pattern?.includes('T\\d{2}')) return `${MINIMAL_DATE}T09:00`;
      // One neutral character per field: short, and not a word of any sample.
      return '甲';
    default:
      return '甲';
  }
}

function minimalObject(schema: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of schema.required ?? []) {
    const prop = schema.properties?.[key];
    // A field with a default is not required of the user.
    if (!prop || prop.default !== undefined) continue;
    out[key] = valueOf(prop, key);
  }
  return out;
}

export function minimalFields(schema: z.ZodType, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return { ...minimalObject(json), ...overrides };
}
