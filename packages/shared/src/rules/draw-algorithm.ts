/**
 * The 双随机 draw, "zhifa-draw-v1": a pure function of public data, so anyone can replay it.
 *
 * 1. Before the draw the pool (enterprises, canonically ordered by id, each with its stratum and
 *    sector), the officer list (certified, active officers ordered by id, with specialties) and the
 *    recusal exclusions are frozen; their SHA-256 hashes and the commitment SHA-256(seed) are published.
 * 2. The seed (64 hex characters) is revealed after the draw. The random stream is SHA-256 in counter
 *    mode: block i = SHA-256(seed + ":" + i) (i = 0, 1, …), read as eight big-endian 32-bit numbers.
 *    A number below n is taken by rejection: draw x until x < ⌊2³²/n⌋·n, answer x mod n.
 * 3. Strata are processed in code-point order of their keys. In a stratum the entries (ordered by id)
 *    are shuffled by Fisher–Yates from the front: for i = 0, 1, …, j = i + below(len − i), swap i and j,
 *    entry i is the next candidate, until the stratum's count is reached or the stratum is exhausted.
 * 4. For a candidate enterprise the officers are those not excluded for it whose specialties include its
 *    sector (an officer with no specialty listed is a generalist and qualifies everywhere). If fewer than
 *    k (officersPerEnterprise, at least 2) qualify, the candidate is skipped (recorded with the reason) and
 *    the next is taken. Otherwise k officers are picked by the same front Fisher–Yates over that list.
 */
import { sha256Bytes, sha256Hex } from './sha256';

export const DRAW_ALGORITHM = 'zhifa-draw-v1';

export interface DrawPoolEntry {
  id: string;
  stratum: string;
  sector: string;
}

export interface DrawOfficerEntry {
  id: string;
  specialties: string[];
}

export interface DrawInput {
  pool: DrawPoolEntry[];
  officers: DrawOfficerEntry[];
  /** [officerId, enterpriseId] pairs: recusals in force on the draw date. */
  exclusions: [string, string][];
  /** Stratum key → number of enterprises to draw. */
  strata: Record<string, number>;
  officersPerEnterprise: number;
}

export interface DrawPick {
  enterpriseId: string;
  stratum: string;
  officerIds: string[];
}

export interface DrawResult {
  algorithm: typeof DRAW_ALGORITHM;
  picks: DrawPick[];
  skipped: { enterpriseId: string; reason: string }[];
  shortfall: { stratum: string; wanted: number; got: number }[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The canonical order and form of the frozen inputs (the hashes are taken over this). */
export function canonicalInput(input: DrawInput): DrawInput {
  return {
    pool: [...input.pool].sort((a, b) => cmp(a.id, b.id)),
    officers: [...input.officers].map((o) => ({ id: o.id, specialties: [...o.specialties].sort(cmp) })).sort((a, b) => cmp(a.id, b.id)),
    exclusions: [...input.exclusions].map((e) => [e[0], e[1]] as [string, string]).sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1])),
    strata: Object.fromEntries(Object.keys(input.strata).sort(cmp).map((k) => [k, input.strata[k]!])),
    officersPerEnterprise: input.officersPerEnterprise,
  };
}

/** A SHA-256 hex function; the server may pass a native one (same result, faster for large pools). */
export type HashHex = (text: string) => string;

export const poolHash = (pool: readonly DrawPoolEntry[], hash: HashHex = sha256Hex): string => hash(pool.map((e) => `${e.id}|${e.stratum}|${e.sector}`).join('\n'));

export const officerHash = (officers: readonly DrawOfficerEntry[], exclusions: readonly (readonly [string, string])[], hash: HashHex = sha256Hex): string =>
  hash(`${officers.map((o) => `${o.id}|${o.specialties.join(',')}`).join('\n')}\n#exclusions\n${exclusions.map(([o, e]) => `${o}|${e}`).join('\n')}`);

export const seedCommitment = (seed: string): string => sha256Hex(seed);

export const isSeed = (s: string): boolean => /^[0-9a-f]{64}$/.test(s);

/** The deterministic random stream of a seed (step 2). */
export class SeedStream {
  private counter = 0;
  private block: Uint8Array | null = null;
  private offset = 32;
  constructor(private readonly seed: string) {}

  next32(): number {
    if (!this.block || this.offset >= 32) {
      this.block = sha256Bytes(`${this.seed}:${this.counter++}`);
      this.offset = 0;
    }
    const b = this.block;
    const o = this.offset;
    this.offset += 4;
    return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
  }

  below(n: number): number {
    if (!Number.isInteger(n) || n <= 0) throw new Error('below(n): n must be a positive integer');
    const limit = Math.floor(0x100000000 / n) * n;
    for (;;) {
      const x = this.next32();
      if (x < limit) return x % n;
    }
  }
}

function pickOfficers(stream: SeedStream, candidates: string[], k: number): string[] {
  const list = [...candidates];
  for (let i = 0; i < k; i++) {
    const j = i + stream.below(list.length - i);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list.slice(0, k);
}

/** Runs the draw (steps 3–4) over canonical input; pure and deterministic. */
export function runDraw(rawInput: DrawInput, seed: string): DrawResult {
  if (!isSeed(seed)) throw new Error('seed must be 64 lower-case hex characters');
  const input = canonicalInput(rawInput);
  const k = input.officersPerEnterprise;
  const stream = new SeedStream(seed);
  const excluded = new Set(input.exclusions.map(([o, e]) => `${o}|${e}`));
  const result: DrawResult = { algorithm: DRAW_ALGORITHM, picks: [], skipped: [], shortfall: [] };
  for (const [stratum, wanted] of Object.entries(input.strata)) {
    const list = input.pool.filter((e) => e.stratum === stratum);
    let got = 0;
    for (let i = 0; i < list.length && got < wanted; i++) {
      const j = i + stream.below(list.length - i);
      [list[i], list[j]] = [list[j]!, list[i]!];
      const e = list[i]!;
      const candidates = input.officers.filter((o) => !excluded.has(`${o.id}|${e.id}`) && (o.specialties.length === 0 || o.specialties.includes(e.sector))).map((o) => o.id);
      if (candidates.length < k) {
        result.skipped.push({ enterpriseId: e.id, reason: `具备该行业领域专长且无须回避的执法人员不足 ${k} 名` });
        continue;
      }
      result.picks.push({ enterpriseId: e.id, stratum, officerIds: pickOfficers(stream, candidates, k) });
      got++;
    }
    if (got < wanted) result.shortfall.push({ stratum, wanted, got });
  }
  return result;
}

/** Everything a replay needs, as published on the public page. */
export interface PublicDrawData {
  algorithm: string;
  pool: DrawPoolEntry[];
  officers: DrawOfficerEntry[];
  exclusions: [string, string][];
  strata: Record<string, number>;
  officersPerEnterprise: number;
  poolHash: string;
  officerHash: string;
  seedCommitment: string;
  seed: string | null;
  result: DrawResult | null;
}

export interface ReplayReport {
  ok: boolean;
  checks: { label: string; ok: boolean }[];
}

/** Recomputes hashes, commitment and result from the public data and compares each with what was published. */
export function replayDraw(d: PublicDrawData): ReplayReport {
  const input = canonicalInput(d);
  const checks: { label: string; ok: boolean }[] = [
    { label: '算法版本一致', ok: d.algorithm === DRAW_ALGORITHM },
    { label: '检查对象名录（抽取池）哈希一致', ok: poolHash(input.pool) === d.poolHash },
    { label: '执法人员名录与回避关系哈希一致', ok: officerHash(input.officers, input.exclusions) === d.officerHash },
  ];
  if (d.seed === null || d.result === null) {
    checks.push({ label: '随机种子已公开', ok: false });
    return { ok: false, checks };
  }
  checks.push({ label: '随机种子与事先公布的承诺值一致', ok: isSeed(d.seed) && seedCommitment(d.seed) === d.seedCommitment });
  let same = false;
  try {
    same = JSON.stringify(runDraw(input, d.seed)) === JSON.stringify(d.result);
  } catch {
    same = false;
  }
  checks.push({ label: '重新计算的抽取结果与公布结果一致', ok: same });
  return { ok: checks.every((c) => c.ok), checks };
}
