/**
 * Freezing a draw's inputs (pure): which enterprises enter the pool (filters, not inspected in N months,
 * under the annual cap) and which officers may be drawn at all (在岗, certificate valid on the draw day),
 * with the recusals in force on that day as exclusions. The draw itself is `runDraw` in
 * @zhifa/shared/rules/draw-algorithm.
 */
import type { DrawOfficerEntry, DrawPoolEntry } from '@zhifa/shared/rules/draw-algorithm';
import { monthsBefore } from '../planning/classification-rules';
import { certificateState, recusalInForce } from '../registry/officer-rules';

export interface PoolCandidate {
  id: string;
  sector: string;
  riskClass: string | null;
  divisionCode: string | null;
  /** The latest day a (not cancelled) task for it was due or done, any agency. */
  lastInspectedOn: string | null;
  /** Inspection tasks (not cancelled) this calendar year, any agency. */
  countThisYear: number;
  /** Annual cap of its class; null when not classified yet. */
  cap: number | null;
}

export interface PoolFilters {
  sectors: string[];
  riskClasses: string[];
  divisionCodes: string[];
  notInspectedMonths: number | null;
  stratifyBy: 'sector' | 'riskClass' | 'none';
}

export const stratumOf = (c: Pick<PoolCandidate, 'sector' | 'riskClass'>, by: PoolFilters['stratifyBy']): string =>
  by === 'sector' ? c.sector : by === 'riskClass' ? (c.riskClass ?? '未分类') : '全部';

export interface PoolOutcome {
  pool: DrawPoolEntry[];
  /** Counted but left out: at the annual cap (the reason is shown on the draw). */
  atCap: string[];
}

export function buildPool(candidates: readonly PoolCandidate[], f: PoolFilters, date: string): PoolOutcome {
  const since = f.notInspectedMonths ? monthsBefore(date, f.notInspectedMonths) : null;
  const pool: DrawPoolEntry[] = [];
  const atCap: string[] = [];
  for (const c of candidates) {
    if (f.sectors.length && !f.sectors.includes(c.sector)) continue;
    if (f.riskClasses.length && !(c.riskClass && f.riskClasses.includes(c.riskClass))) continue;
    if (f.divisionCodes.length && !(c.divisionCode && f.divisionCodes.some((d) => c.divisionCode!.startsWith(d)))) continue;
    if (since && c.lastInspectedOn && c.lastInspectedOn >= since) continue;
    if (c.cap !== null && c.countThisYear >= c.cap) {
      atCap.push(c.id);
      continue;
    }
    pool.push({ id: c.id, stratum: stratumOf(c, f.stratifyBy), sector: c.sector });
  }
  pool.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { pool, atCap };
}

export interface OfficerCandidate {
  id: string;
  status: string;
  certValidFrom: string;
  certValidTo: string;
  specialties: string[];
}

export interface RecusalCandidate {
  officerId: string;
  enterpriseId: string;
  validFrom: string;
  validTo: string | null;
}

/** Officers that may be drawn on `date` and the recusal pairs (within the pool) in force then. */
export function drawableOfficers(officers: readonly OfficerCandidate[], recusals: readonly RecusalCandidate[], poolIds: ReadonlySet<string>, date: string): { officers: DrawOfficerEntry[]; exclusions: [string, string][] } {
  const ok = officers.filter((o) => o.status === 'active' && certificateState(o, date) === 'valid');
  const ids = new Set(ok.map((o) => o.id));
  const exclusions = recusals.filter((r) => ids.has(r.officerId) && poolIds.has(r.enterpriseId) && recusalInForce(r, date)).map((r) => [r.officerId, r.enterpriseId] as [string, string]);
  const uniq = [...new Map(exclusions.map((e) => [`${e[0]}|${e[1]}`, e])).values()];
  return { officers: ok.map((o) => ({ id: o.id, specialties: [...o.specialties] })), exclusions: uniq };
}
