/**
 * The life of a check item: 草稿 → 法制审核 → 已发布 → 停用 (draft → legalReview → published →
 * retired). A published item is changed by a new version, which goes through the same steps and
 * retires the old one when it is published. Pure.
 */
import type { CheckItemStatus } from '@zhifa/shared/contract/checklist';

export type ItemAction = 'edit' | 'submit' | 'approve' | 'return' | 'retire';

const allowedFrom: Record<ItemAction, readonly CheckItemStatus[]> = {
  edit: ['draft', 'published'],
  submit: ['draft'],
  approve: ['legalReview'],
  return: ['legalReview'],
  retire: ['published'],
};

const refusal: Record<ItemAction, Partial<Record<CheckItemStatus, string>>> = {
  edit: { legalReview: '该事项正在法制审核中，不能修改；如需修改，请由法制审核员退回', retired: '已停用的检查事项不能修改' },
  submit: { legalReview: '该事项已提交法制审核', published: '该事项已发布', retired: '已停用的检查事项不能提交审核' },
  approve: { draft: '该事项尚未提交法制审核', published: '该事项已发布', retired: '已停用的检查事项不能审核' },
  return: { draft: '该事项尚未提交法制审核', published: '已发布的事项不能退回', retired: '已停用的检查事项不能退回' },
  retire: { draft: '草稿不需要停用', legalReview: '法制审核中的事项不能停用', retired: '该事项已停用' },
};

/** Why `action` is not possible in `status` (Chinese), or null when it is. */
export function transitionProblem(status: CheckItemStatus, action: ItemAction): string | null {
  if (allowedFrom[action].includes(status)) return null;
  return refusal[action][status] ?? '当前状态下不能进行该操作';
}

export const statusAfter: Record<Exclude<ItemAction, 'edit'>, CheckItemStatus> = {
  submit: 'legalReview',
  approve: 'published',
  return: 'draft',
  retire: 'retired',
};

export interface BasisProvision {
  citation: string;
  versionEffectiveFrom: string;
  versionEffectiveTo: string | null;
}

export const MISSING_BASIS =
  '法律依据：本地新增的检查事项须至少引用一条法律、法规或规章的强制性条款作为依据（从法律法规库中选择，不能填写自由文本），并经法制审核员审核通过后方可发布';

/**
 * The publication gate of seed 001 Q10 for locally added items: at least one basis provision, each
 * from a law version in force on `date`. Ministry items (owner null) come with their basis.
 */
export function publishGateProblem(item: { ownerAgencyId: string | null }, basis: readonly BasisProvision[], date: string): string | null {
  if (item.ownerAgencyId === null) return null;
  if (basis.length === 0) return MISSING_BASIS;
  const stale = basis.find((b) => b.versionEffectiveFrom > date || (b.versionEffectiveTo !== null && b.versionEffectiveTo < date));
  if (stale) return `法律依据：${stale.citation} 在 ${date} 不是现行有效的版本，请引用现行有效的条款`;
  return null;
}
