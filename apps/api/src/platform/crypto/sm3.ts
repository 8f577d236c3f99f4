import { createHash, createHmac } from 'node:crypto';

export const sm3Hex = (data: string | Buffer): string => createHash('sm3').update(data).digest('hex');
export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
export const hmacHex = (key: string, data: string): string => createHmac('sha256', key).update(data).digest('hex');

/** JSON with sorted keys (JCS-like) so independent verifiers can recompute hashes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
