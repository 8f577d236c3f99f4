/**
 * Dated rule values of planning (rule_values): the classification rule, the frequency policy (warn or
 * block) and the publication periods of 一公开. "What applies on this date for this agency": an agency's
 * own row (or one of an agency above it) wins over the national row.
 */
import type { Db } from '../../platform/db/connect';
import type { Tx } from '../../platform/db/tx';
import { ruleInForce, type RuleRow } from '../document/rule-values';
import { classificationPresets, type ClassificationRule } from './classification-rules';
import * as repo from './classification.repository';

export const RULE_FREQUENCY_POLICY = 'planning.frequencyPolicy';
export const RULE_PUBLISH_DRAW = 'publication.drawResult';
export const RULE_PUBLISH_INSPECTION = 'publication.inspectionOutcome';
export const RULE_PUBLISH_PENALTY = 'publication.penaltyDecision';
export const RULE_WITHDRAW = 'publication.withdrawRevoked';

type Q = Db | Tx;

const toRuleRow = (r: Awaited<ReturnType<typeof repo.ruleRows>>[number]): RuleRow & { id: string } => ({
  id: r.id, key: r.key, jurisdictionAgencyId: r.jurisdiction_agency_id, effectiveFrom: r.effective_from, effectiveTo: r.effective_to, value: JSON.parse(r.value) as unknown, source: r.source, verified: r.verified === 1,
});

export const ancestorIds = (agencyPath: string): string[] => agencyPath.split('/').filter(Boolean);

export async function ruleFor(db: Q, key: string, agencyPath: string, date: string): Promise<(RuleRow & { id: string }) | null> {
  const rows = (await repo.ruleRows(db, key)).map(toRuleRow);
  return ruleInForce(rows, key, date, ancestorIds(agencyPath)) as (RuleRow & { id: string }) | null;
}

export async function rulesOf(db: Q, key: string) {
  return (await repo.ruleRows(db, key)).map(toRuleRow);
}

/** The classification rule in force; the national default preset when no row exists yet. */
export async function classificationRuleFor(db: Q, agencyPath: string, date: string): Promise<{ id: string | null; rule: ClassificationRule }> {
  const row = await ruleFor(db, repo.CLASSIFICATION_RULE, agencyPath, date);
  if (row) return { id: row.id, rule: row.value as ClassificationRule };
  return { id: null, rule: classificationPresets.find((p) => p.code === 'national-default')!.rule };
}

export async function frequencyPolicyFor(db: Q, agencyPath: string, date: string): Promise<'warn' | 'block'> {
  const v = (await ruleFor(db, RULE_FREQUENCY_POLICY, agencyPath, date))?.value as { mode?: string } | undefined;
  return v?.mode === 'block' ? 'block' : 'warn';
}

/** Working days (or calendar days) allowed before publication; defaults per reference §2.5 when no row. */
export async function publicationDays(db: Q, key: string, agencyPath: string, date: string): Promise<{ days: number; unit: 'workingDays' | 'calendarDays' }> {
  const v = (await ruleFor(db, key, agencyPath, date))?.value as { days?: number; unit?: string } | undefined;
  const fallback = key === RULE_PUBLISH_PENALTY ? 7 : key === RULE_WITHDRAW ? 3 : 20;
  return { days: typeof v?.days === 'number' ? v.days : fallback, unit: v?.unit === 'calendarDays' || (!v && key === RULE_WITHDRAW) ? 'calendarDays' : 'workingDays' };
}
