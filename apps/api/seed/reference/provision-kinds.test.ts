import { describe, expect, it } from 'vitest';
import { checkItems } from './check-items';
import { provisions } from './laws';
import { violations } from './violations';

const kind = new Map(provisions.map((p) => [p.key, p.kind]));

describe('provision kinds of the seed (issue 8)', () => {
  it('classifies every seeded provision', () => {
    expect(provisions.filter((p) => !p.kind).map((p) => p.key)).toEqual([]);
    expect(kind.get('provision:work-safety-law@2021:99')).toBe('penalty');
    expect(kind.get('provision:work-safety-law@2021:41.2')).toBe('obligation');
    expect(kind.get('provision:work-safety-law@2021:65')).toBe('procedure');
    expect(kind.get('provision:administrative-penalty-law@2021:68.1.1')).toBe('procedure');
  });

  it('bases every seeded check item on obligations and every penalty on a 罚则 (Q10)', () => {
    const byKey = new Map(violations.map((v) => [v.key, v]));
    const basis = checkItems.flatMap((i) => byKey.get(i.violationKey)!.violatedProvisionKeys.map((k) => ({ item: i.code, k, kind: kind.get(k) })));
    expect(basis.filter((b) => b.kind !== 'obligation')).toEqual([]);
    expect(violations.flatMap((v) => v.penaltyProvisionKeys.filter((k) => kind.get(k) !== 'penalty'))).toEqual([]);
  });
});
