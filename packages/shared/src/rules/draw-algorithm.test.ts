import { describe, expect, it } from 'vitest';
import { canonicalInput, officerHash, poolHash, replayDraw, runDraw, SeedStream, seedCommitment, type DrawInput } from './draw-algorithm';

const seed = 'a'.repeat(64);
const input: DrawInput = {
  pool: ['e05', 'e01', 'e03', 'e02', 'e04', 'e06'].map((id, i) => ({ id, stratum: i % 2 ? 'hazchem' : 'machinery', sector: i % 2 ? 'hazchem' : 'machinery' })),
  officers: [
    { id: 'o3', specialties: ['hazchem'] },
    { id: 'o1', specialties: [] },
    { id: 'o2', specialties: ['machinery', 'hazchem'] },
    { id: 'o4', specialties: ['machinery'] },
  ],
  exclusions: [['o1', 'e01']],
  strata: { machinery: 2, hazchem: 1 },
  officersPerEnterprise: 2,
};

describe('SeedStream', () => {
  it('is deterministic and stays below n', () => {
    const a = new SeedStream(seed), b = new SeedStream(seed);
    const xs = Array.from({ length: 50 }, () => a.below(7));
    expect(xs).toEqual(Array.from({ length: 50 }, () => b.below(7)));
    expect(xs.every((x) => x >= 0 && x < 7)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(3);
  });
});

describe('runDraw', () => {
  it('gives the same result for the same seed whatever the input order, and a different one for another seed', () => {
    const r1 = runDraw(input, seed);
    const r2 = runDraw({ ...input, pool: [...input.pool].reverse(), officers: [...input.officers].reverse() }, seed);
    expect(r2).toEqual(r1);
    const others = ['b', 'c', 'd', 'e'].map((c) => JSON.stringify(runDraw(input, c.repeat(64))));
    expect(others.some((o) => o !== JSON.stringify(r1))).toBe(true);
  });

  it('draws the stratum counts, two distinct qualified officers each, never an excluded one', () => {
    const r = runDraw(input, seed);
    expect(r.picks.filter((p) => p.stratum === 'machinery')).toHaveLength(2);
    expect(r.picks.filter((p) => p.stratum === 'hazchem')).toHaveLength(1);
    for (const p of r.picks) {
      expect(new Set(p.officerIds).size).toBe(2);
      expect(p.officerIds.includes('o1') && p.enterpriseId === 'e01').toBe(false);
      const sector = input.pool.find((e) => e.id === p.enterpriseId)!.sector;
      for (const o of p.officerIds) {
        const sp = input.officers.find((x) => x.id === o)!.specialties;
        expect(sp.length === 0 || sp.includes(sector)).toBe(true);
      }
    }
  });

  it('skips an enterprise without two qualified officers and reports a shortfall', () => {
    const r = runDraw({ ...input, officers: [{ id: 'o9', specialties: ['fireworks'] }], strata: { machinery: 1 } }, seed);
    expect(r.picks).toHaveLength(0);
    expect(r.skipped).toHaveLength(3);
    expect(r.shortfall).toEqual([{ stratum: 'machinery', wanted: 1, got: 0 }]);
  });
});

describe('replayDraw', () => {
  const c = canonicalInput(input);
  const published = {
    algorithm: 'zhifa-draw-v1', ...c, poolHash: poolHash(c.pool), officerHash: officerHash(c.officers, c.exclusions), seedCommitment: seedCommitment(seed), seed, result: runDraw(c, seed),
  };
  it('matches the published data', () => {
    expect(replayDraw(published).ok).toBe(true);
  });
  it('finds a tampered result, pool or seed', () => {
    expect(replayDraw({ ...published, result: { ...published.result, picks: published.result.picks.slice(1) } }).ok).toBe(false);
    expect(replayDraw({ ...published, pool: published.pool.slice(1) }).checks.find((x) => x.label.includes('抽取池'))!.ok).toBe(false);
    expect(replayDraw({ ...published, seed: 'b'.repeat(64) }).checks.find((x) => x.label.includes('承诺'))!.ok).toBe(false);
  });
});
