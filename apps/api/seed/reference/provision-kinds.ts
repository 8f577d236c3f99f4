import type { ProvisionKind, ProvisionRecord } from './types';

/**
 * The kind of each seeded provision (issue 8): `obligation` = a mandatory provision that a
 * production unit must observe (the only lawful basis of a check item, seed 001 Q10), `penalty` =
 * a 罚则 (法律责任 chapter), `procedure` = a provision on the authorities' powers and procedure.
 * Classified by article from the chapter the article sits in, with the exceptions listed below.
 * Source: the chapter structure of the texts in laws.ts; reviewed 2026-12-07 (issue 8).
 */

/** Articles of the 安全生产法 (2021) outside chapters 1–3 that still oblige the production unit. */
const WSL_UNIT_OBLIGATIONS = new Set([66, 81, 82]);

export function provisionKindOf(p: Pick<ProvisionRecord, 'lawVersionKey' | 'article' | 'heading'>): ProvisionKind {
  const heading = p.heading ?? '';
  if (p.lawVersionKey === 'law-version:work-safety-law@2021') {
    if (heading.includes('法律责任')) return 'penalty';
    if (heading.startsWith('第一章') || heading.startsWith('第二章') || heading.startsWith('第三章') || WSL_UNIT_OBLIGATIONS.has(p.article)) return 'obligation';
    return 'procedure';
  }
  // 工贸企业重大事故隐患判定标准: 第三条–第十三条 list the conditions a unit must not be in; 第一、二、十四条 are general.
  if (p.lawVersionKey === 'law-version:industry-trade-major-hazard-standard@2023') return p.article >= 3 && p.article <= 13 ? 'obligation' : 'procedure';
  // 行政处罚法, 行政强制法, 安全生产违法行为行政处罚办法: the authorities' procedure.
  return 'procedure';
}
