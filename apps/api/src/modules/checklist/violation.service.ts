import type { Page } from '@zhifa/shared';
import type { ApplicableRange, DiscretionVersionOut, FineRangeOut, ViolationDetail, ViolationSummary } from '@zhifa/shared/contract/law';
import { chooseDiscretion, formatFineRange, otherPenaltyLabel, type DiscretionVersion, type FineRange, type OtherPenalty, type PartyKind } from '@zhifa/shared/rules/discretion';
import type { DiscretionTierTable, DiscretionVersionTable } from '../../platform/db/schema';
import type { Ctx } from '../../platform/http/context';
import { invalidField, notFound } from '../../platform/http/errors';
import type { SearchDocumentInput } from '../search/search.service';
import * as items from './check-item.repository';
import * as laws from './law.repository';
import { today } from './law.service';
import { visibilityFor } from './owner-visibility';
import * as repo from './violation.repository';

const range = (min: number | null, max: number | null): FineRange | null => (min === null || max === null ? null : { minFen: Number(min), maxFen: Number(max) });
const rangeOut = (r: FineRange | null): FineRangeOut | null => (r ? { ...r, text: formatFineRange(r) } : null);
const penalties = (json: string) => (JSON.parse(json) as OtherPenalty[]).map((code) => ({ code, label: otherPenaltyLabel[code] ?? code }));

/** Stored rows back into the shared rule's shape, so the pure rule decides what is in force. */
function toRule(v: DiscretionVersionTable, tiers: DiscretionTierTable[]): DiscretionVersion & { id: string; dbNote: string | null; tierRows: DiscretionTierTable[] } {
  return {
    id: v.id,
    key: v.key ?? v.id,
    effectiveFrom: v.effective_from,
    effectiveTo: v.effective_to,
    basis: v.basis,
    penaltyProvisionKeys: [],
    statutory: {
      unitFine: range(v.statutory_unit_min_fen, v.statutory_unit_max_fen),
      personFine: range(v.statutory_person_min_fen, v.statutory_person_max_fen),
      otherPenalties: JSON.parse(v.statutory_other_penalties) as OtherPenalty[],
      summary: v.statutory_summary,
    },
    tiers: tiers.map((t) => ({
      key: t.key ?? t.id,
      level: t.level,
      label: t.label,
      circumstance: t.circumstance,
      noPenalty: t.no_penalty === 1,
      unitFine: range(t.unit_min_fen, t.unit_max_fen),
      personFine: range(t.person_min_fen, t.person_max_fen),
      otherPenalties: JSON.parse(t.other_penalties) as OtherPenalty[],
    })),
    verified: v.verified === 1,
    illustrative: v.illustrative === 1,
    source: v.source,
    dbNote: v.note,
    tierRows: tiers,
  };
}

function toOut(v: ReturnType<typeof toRule>): DiscretionVersionOut {
  return {
    id: v.id,
    key: v.key,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    basis: v.basis,
    statutory: {
      unitFine: rangeOut(v.statutory.unitFine),
      personFine: rangeOut(v.statutory.personFine),
      otherPenalties: v.statutory.otherPenalties.map((code) => ({ code, label: otherPenaltyLabel[code] ?? code })),
      summary: v.statutory.summary,
    },
    verified: v.verified,
    illustrative: v.illustrative,
    source: v.source,
    note: v.dbNote,
    tiers: v.tierRows.map((t) => ({
      id: t.id,
      level: t.level,
      label: t.label,
      circumstance: t.circumstance,
      noPenalty: t.no_penalty === 1,
      unitFine: rangeOut(range(t.unit_min_fen, t.unit_max_fen)),
      personFine: rangeOut(range(t.person_min_fen, t.person_max_fen)),
      otherPenalties: penalties(t.other_penalties),
      note: t.note,
    })),
  };
}

async function versionsOf(ctx: Pick<Ctx, 'db'>, violationId: string) {
  const versions = await repo.discretionVersions(ctx.db, violationId);
  const tiers = await repo.discretionTiers(ctx.db, versions.map((v) => v.id));
  return versions.map((v) => toRule(v, tiers.filter((t) => t.version_id === v.id)));
}

type ViolationRow = NonNullable<Awaited<ReturnType<typeof repo.findViolation>>>;

function toSummary(r: ViolationRow, links: { violation_id: string; role: string; citation: string }[]): ViolationSummary {
  return {
    id: r.id,
    key: r.key,
    code: r.code,
    name: r.name,
    partyKinds: JSON.parse(r.party_kinds) as PartyKind[],
    status: r.status,
    penaltyCitations: links.filter((l) => l.violation_id === r.id && l.role === 'penalty').map((l) => l.citation),
    versionCount: Number(r.version_count ?? 0),
  };
}

export async function listViolations(ctx: Ctx, f: { q?: string | undefined; page: number; pageSize: number }): Promise<Page<ViolationSummary>> {
  const { rows, total } = await repo.listViolations(ctx.db, f);
  const links = await repo.violationLinks(ctx.db, rows.map((r) => r.id));
  return { items: rows.map((r) => toSummary(r, links)), total, page: f.page, pageSize: f.pageSize };
}

export async function getViolation(ctx: Ctx, id: string): Promise<ViolationDetail> {
  const row = await repo.findViolation(ctx.db, id);
  if (!row) throw notFound('违法行为');
  const links = await repo.violationLinks(ctx.db, [id]);
  const date = today(ctx);
  const refs = new Map((await laws.provisionRefs(ctx.db, links.map((l) => l.provision_id))).map((r) => [r.id, laws.toProvisionRef(r, date)]));
  const byRole = (role: string) => links.filter((l) => l.role === role).map((l) => refs.get(l.provision_id)!);
  const [versions, itemRows] = await Promise.all([versionsOf(ctx, id), items.itemsOfViolation(ctx.db, visibilityFor(ctx.actor, ctx.scope), id)]);
  return {
    ...toSummary(row, links),
    note: row.note,
    violatedProvisions: byRole('violated'),
    penaltyProvisions: byRole('penalty'),
    discretionVersions: versions.map(toOut),
    checkItems: itemRows.map((i) => ({ id: i.id, code: i.code, content: i.content, checklistName: i.checklist_name })),
  };
}

/**
 * The discretion tiers (and fine ranges) in force on `date` for a violation type — the violation
 * date, per 行政处罚法 Art. 37. For other modules (cases): `applicableRange(ctx, violationId, date)`.
 * Rule data comes from the discretion tables; the choice of version is the shared pure rule.
 */
export async function applicableRange(ctx: Pick<Ctx, 'db' | 'clock'>, violationId: string, date?: string, decisionDate?: string): Promise<ApplicableRange> {
  const row = await repo.findViolation(ctx.db, violationId);
  if (!row) throw notFound('违法行为');
  const on = date ?? today(ctx);
  const decided = decisionDate ?? today(ctx);
  if (decided < on) throw invalidField('query.decisionDate', '作出处罚决定的日期：不能早于违法行为发生日期');
  const versions = await versionsOf(ctx, violationId);
  // 从旧兼从轻 (行政处罚法第三十七条): the act's version unless the one in force at the decision is lighter.
  const c = chooseDiscretion(versions, on, decided);
  return {
    violationId, date: on, version: c.version ? toOut(c.version) : null,
    applied: { rule: c.rule, reason: c.reason, actDate: on, decisionDate: decided, actVersionId: c.atAct?.id ?? null, decisionVersionId: c.atDecision?.id ?? null },
  };
}

export function violationSearchDocument(v: { id: string; code: string; name: string; updatedAt: string }, violated: readonly string[], penalty: readonly string[]): SearchDocumentInput {
  return {
    entityType: 'violation',
    entityId: v.id,
    agencyId: null,
    title: `${v.code} ${v.name}`,
    subtitle: penalty.length ? `处罚依据：${penalty.join('、')}` : null,
    body: `认定条款：${violated.join('、') || '—'}`,
    sortKey: v.code,
    updatedAt: v.updatedAt,
  };
}
