import { z } from 'zod';

// eslint-disable-next-line no-control-regex
const SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/;
// eslint-disable-next-line no-control-regex
const MULTI_LINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
type StringParams = Parameters<typeof z.string>[0];

/**
 * Every free-text input starts from one of these two, so control characters are refused in one
 * place with a 400 naming the field (PostgreSQL cannot store NUL; SQLite would store junk).
 * One line (names, codes, addresses, search words, login names): no NUL, tab, CR, LF or other C0
 * control character, nor DEL.
 */
export const singleLine = (params?: StringParams) => z.string(params).regex(SINGLE_LINE, { error: '不能包含换行、制表符或 NUL 等控制字符' });
/** Several lines (notes, descriptions, reasons, opinions): tab, CR and LF allowed, other controls refused. */
export const multiLine = (params?: StringParams) => z.string(params).regex(MULTI_LINE, { error: '不能包含 NUL 等控制字符（换行和制表符除外）' });

/** UUIDv7 ids; clients may create them offline. */
export const Id = z.uuid({ error: '应为有效的 UUID' });
export const IdParams = z.object({ id: Id.describe('编号') });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20).describe('每页条数'),
  q: singleLine().trim().max(100, { error: '不能超过 100 个字符' }).optional().describe('搜索词'),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const Ok = z.object({ ok: z.literal(true) });

/** A trimmed non-empty Chinese-friendly name. */
export const Name = (label: string, max = 100) =>
  singleLine({ error: `${label}为必填项` }).trim().min(1, { error: `${label}不能为空` }).max(max, { error: `${label}不能超过 ${max} 个字符` }).describe(label);
