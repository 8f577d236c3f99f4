import { z } from 'zod';
import { singleLine } from './common';

/**
 * 全局搜索 (issue 3 §9): one `search_documents` table any module indexes into, searched the same
 * way on SQLite and PostgreSQL (docs/decisions/0006-search.md).
 */

export const searchEntityTypes = ['checkItem', 'provision', 'violation', 'law', 'campaign', 'enterprise'] as const;
export type SearchEntityType = (typeof searchEntityTypes)[number];
export const searchEntityTypeLabel: Record<SearchEntityType, string> = {
  checkItem: '检查事项',
  provision: '法律条款',
  violation: '违法行为',
  law: '法律法规',
  campaign: '专项执法',
  enterprise: '企业',
};

const TypeList = z
  .string()
  .trim()
  .max(200)
  .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []))
  .pipe(z.array(z.enum(searchEntityTypes, { error: `类型应为 ${searchEntityTypes.join('、')} 之一` })));

export const SearchQuery = z.object({
  q: singleLine({ error: '搜索词为必填项' }).trim().min(1, { error: '搜索词不能为空' }).max(50, { error: '搜索词不能超过 50 个字符' }).describe('搜索词'),
  types: TypeList.optional().describe('类型'),
  limit: z.coerce.number({ error: '每类条数应为 1–50 的整数' }).int().min(1, { error: '每类条数应为 1–50 的整数' }).max(50, { error: '每类条数应为 1–50 的整数' }).default(10).describe('每类条数'),
});

/** [start, end) offsets of a match inside the string it belongs to. */
export const Mark = z.tuple([z.number().int(), z.number().int()]);
export type Mark = z.infer<typeof Mark>;

export const SearchHit = z.object({
  type: z.enum(searchEntityTypes),
  id: z.string(),
  title: z.string(),
  titleMarks: z.array(Mark),
  subtitle: z.string().nullable(),
  snippet: z.string(),
  snippetMarks: z.array(Mark),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  q: z.string(),
  groups: z.array(z.object({ type: z.enum(searchEntityTypes), label: z.string(), total: z.number().int(), hits: z.array(SearchHit) })),
});
export type SearchResult = z.infer<typeof SearchResult>;
