import { z } from 'zod';

/**
 * Citations of a document as references into the law library (issue 8): each citation field of the
 * document (违反的规定, 处罚依据, 依据 …) is resolved to provisions in the version in force on the
 * relevant date (the date of the act for the violated provision). A citation that does not resolve
 * blocks issue unless a reason is recorded.
 */

export const citationRoles = ['violated', 'penalty', 'basis'] as const;
export type CitationRole = (typeof citationRoles)[number];
export const citationRoleLabel: Record<CitationRole, string> = { violated: '违反的规定', penalty: '处罚依据', basis: '依据' };

export const CitedProvision = z.object({
  written: z.string(),
  provisionId: z.string().nullable(),
  lawVersionId: z.string().nullable(),
  versionTag: z.string().nullable(),
  versionEffectiveFrom: z.string().nullable(),
  /** The citation as rendered from the library. */
  citation: z.string().nullable(),
  kind: z.string().nullable(),
  message: z.string().nullable(),
});
export type CitedProvision = z.infer<typeof CitedProvision>;

export const CitationCheckItem = z.object({
  /** Field path in the document's fields, e.g. `violatedProvisions`, `problems.0.violatedProvision`. */
  path: z.string(),
  role: z.enum(citationRoles),
  text: z.string(),
  relevantDate: z.string(),
  resolved: z.boolean(),
  refs: z.array(CitedProvision),
  /** The text printed on the document: rendered from the library when the field holds only citations. */
  rendered: z.string(),
  message: z.string().nullable(),
  reason: z.string().nullable(),
});
export type CitationCheckItem = z.infer<typeof CitationCheckItem>;

export const CitationCheck = z.object({
  /** The date of the act (违法行为发生日期) the violated provisions are resolved for. */
  actDate: z.string(),
  actDateSource: z.enum(['recorded', 'fields', 'issueDate']),
  items: z.array(CitationCheckItem),
  /** Unresolved citations without a recorded reason: issue is refused while any remain. */
  blocking: z.number().int(),
});
export type CitationCheck = z.infer<typeof CitationCheck>;

const Reason = z.string({ error: '请填写理由' }).trim().min(2, { error: '理由：请至少写 2 个字' }).max(500, { error: '理由不能超过 500 个字符' }).describe('理由');

export const CitationUpdate = z.object({
  actDate: z.iso.date({ error: '违法行为发生日期格式应为 YYYY-MM-DD' }).nullable().optional().describe('违法行为发生日期'),
  reasons: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9.]*$/, { error: '字段路径无效' }), Reason.nullable(), { error: '理由应为 字段路径 → 理由' })
    .optional()
    .describe('未能引用法律法规库条款的理由'),
});
export type CitationUpdate = z.input<typeof CitationUpdate>;
