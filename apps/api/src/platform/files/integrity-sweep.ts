import { hashStream, type ObjectStore } from './object-store';

export interface SweepProblem {
  sha256: string;
  /** 'mismatch': the bytes hash to something else; 'missing': recorded but not stored; 'unreadable': the read failed. */
  kind: 'mismatch' | 'missing' | 'unreadable';
  detail: string;
}

export interface SweepReport {
  checked: number;
  problems: SweepProblem[];
}

/**
 * Re-hashes every object in a store, one stream at a time (memory stays bounded whatever the object
 * sizes), and checks that each recorded address is present. An object whose bytes no longer hash to its
 * address is reported, never repaired or deleted.
 */
export async function sweepStore(store: ObjectStore, recorded: readonly string[] = [], onObject?: (sha256: string) => void): Promise<SweepReport> {
  const problems: SweepProblem[] = [];
  const seen = new Set<string>();
  let checked = 0;
  for await (const sha256 of store.list()) {
    seen.add(sha256);
    checked++;
    onObject?.(sha256);
    try {
      const actual = await hashStream(await store.get(sha256));
      if (actual.sha256 !== sha256) problems.push({ sha256, kind: 'mismatch', detail: `内容的 SHA-256 为 ${actual.sha256}` });
    } catch (e) {
      problems.push({ sha256, kind: 'unreadable', detail: e instanceof Error ? e.message : String(e) });
    }
  }
  for (const sha256 of recorded) {
    if (!seen.has(sha256) && !(await store.head(sha256))) problems.push({ sha256, kind: 'missing', detail: '数据库有记录，但存储中没有该对象' });
  }
  return { checked, problems };
}
