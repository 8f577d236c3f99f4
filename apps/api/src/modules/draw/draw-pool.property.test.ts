import { runDraw } from '@zhifa/shared/rules/draw-algorithm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateState, recusalInForce } from '../registry/officer-rules';
import { buildPool, drawableOfficers, type OfficerCandidate, type PoolCandidate, type RecusalCandidate } from './draw-pool';

const sectors = ['hazchem', 'machinery', 'commerce'] as const;
const DATE = '2026-06-15';
const day = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

const enterprise = (i: number) =>
  fc.record({
    sector: fc.constantFrom(...sectors),
    riskClass: fc.constantFrom('A', 'B', 'C', 'D', null),
    countThisYear: fc.integer({ min: 0, max: 5 }),
    cap: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    lastInspectedOn: fc.option(day, { nil: null }),
  }).map((r): PoolCandidate => ({ id: `e${String(i).padStart(3, '0')}`, divisionCode: '610202', ...r }));

const officer = (i: number) =>
  fc.record({
    status: fc.constantFrom('active', 'active', 'active', 'suspended', 'left'),
    from: day,
    to: day,
    specialties: fc.subarray([...sectors]),
  }).map((r): OfficerCandidate => ({ id: `o${String(i).padStart(3, '0')}`, status: r.status, certValidFrom: r.from < r.to ? r.from : r.to, certValidTo: r.from < r.to ? r.to : r.from, specialties: r.specialties }));

const world = fc
  .record({ ne: fc.integer({ min: 1, max: 40 }), no: fc.integer({ min: 0, max: 15 }) })
  .chain(({ ne, no }) =>
    fc.record({
      enterprises: fc.tuple(...Array.from({ length: ne }, (_, i) => enterprise(i))),
      officers: no ? fc.tuple(...Array.from({ length: no }, (_, i) => officer(i))) : fc.constant([] as OfficerCandidate[]),
      recusals: fc.array(
        fc.record({ o: fc.integer({ min: 0, max: Math.max(0, no - 1) }), e: fc.integer({ min: 0, max: ne - 1 }), from: day, open: fc.boolean() }).map(
          (r): RecusalCandidate => ({ officerId: `o${String(r.o).padStart(3, '0')}`, enterpriseId: `e${String(r.e).padStart(3, '0')}`, validFrom: r.from, validTo: r.open ? null : '2026-12-31' }),
        ),
        { maxLength: 30 },
      ),
      strata: fc.record({ hazchem: fc.integer({ min: 0, max: 10 }), machinery: fc.integer({ min: 0, max: 10 }), commerce: fc.integer({ min: 0, max: 10 }) }),
      seed: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
    }),
  );

describe('draw over a frozen pool (property)', () => {
  it('never draws a recused, uncertified or inactive officer or a capped enterprise; two officers each; strata counts hold', () => {
    fc.assert(
      fc.property(world, (w) => {
        const { pool } = buildPool(w.enterprises, { sectors: [], riskClasses: [], divisionCodes: [], notInspectedMonths: null, stratifyBy: 'sector' }, DATE);
        const { officers, exclusions } = drawableOfficers(w.officers, w.recusals, new Set(pool.map((e) => e.id)), DATE);
        const r = runDraw({ pool, officers, exclusions, strata: w.strata, officersPerEnterprise: 2 }, w.seed);
        for (const p of r.picks) {
          const e = w.enterprises.find((x) => x.id === p.enterpriseId)!;
          expect(e.cap === null || e.countThisYear < e.cap).toBe(true);
          expect(p.officerIds).toHaveLength(2);
          expect(new Set(p.officerIds).size).toBe(2);
          for (const oid of p.officerIds) {
            const o = w.officers.find((x) => x.id === oid)!;
            expect(o.status).toBe('active');
            expect(certificateState(o, DATE)).toBe('valid');
            expect(w.recusals.some((rc) => rc.officerId === oid && rc.enterpriseId === e.id && recusalInForce(rc, DATE))).toBe(false);
          }
        }
        for (const [stratum, wanted] of Object.entries(w.strata)) {
          const got = r.picks.filter((p) => p.stratum === stratum).length;
          const short = r.shortfall.find((s) => s.stratum === stratum);
          if (short) {
            expect(short).toEqual({ stratum, wanted, got });
            // a shortfall only when the stratum was exhausted: every entry was picked or skipped
            expect(got + r.skipped.filter((s) => pool.find((e) => e.id === s.enterpriseId)?.stratum === stratum).length).toBe(pool.filter((e) => e.stratum === stratum).length);
          } else expect(got).toBe(wanted);
        }
      }),
      { numRuns: 300 },
    );
  });
});
