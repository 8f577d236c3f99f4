/**
 * Which check items and campaigns apply to an enterprise on a date. Pure.
 */
import type { RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import type { Sector } from '@zhifa/shared/rules/industry';

export interface Applicability {
  /** null = every sector. */
  sectors: readonly Sector[] | null;
  /** The enterprise needs one of these; [] = no flag needed. */
  riskFlags: readonly RiskFlag[];
}

export interface EnterpriseProfile {
  sector: Sector;
  riskFlags: readonly RiskFlag[];
}

/** An item (or campaign) applies when the sector matches and, if it names risk flags, the enterprise has one of them. */
export function appliesTo(a: Applicability, e: EnterpriseProfile): boolean {
  if (a.sectors !== null && !a.sectors.includes(e.sector)) return false;
  return a.riskFlags.length === 0 || a.riskFlags.some((f) => e.riskFlags.includes(f));
}

/** Published and under way on `date` ('YYYY-MM-DD'; both ends inclusive, null = open). */
export function isActiveOn(c: { status: string; effectiveFrom: string; effectiveTo: string | null }, date: string): boolean {
  return c.status === 'published' && c.effectiveFrom <= date && (c.effectiveTo === null || date <= c.effectiveTo);
}
