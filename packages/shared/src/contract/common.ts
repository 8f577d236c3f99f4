import { z } from 'zod';

/** UUIDv7 ids; clients may create them offline. */
export const Id = z.uuid({ error: '应为有效的 UUID' });
export const IdParams = z.object({ id: Id.describe('编号') });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20).describe('每页条数'),
  q: z.string().trim().max(100).optional().describe('搜索词'),
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
  z.string({ error: `${label}为必填项` }).trim().min(1, { error: `${label}不能为空` }).max(max, { error: `${label}不能超过 ${max} 个字符` }).describe(label);
