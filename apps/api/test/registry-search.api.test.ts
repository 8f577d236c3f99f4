import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testDb, type TestServer } from './test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

type Hit = { id: string; title: string; subtitle: string | null };
const enterpriseHits = async (c: Awaited<ReturnType<TestServer['as']>>, q: string): Promise<Hit[]> => {
  const res = await c.get(`/api/search?q=${encodeURIComponent(q)}&types=enterprise`);
  expect(res.statusCode).toBe(200);
  return (res.json().groups as { type: string; hits: Hit[] }[]).find((g) => g.type === 'enterprise')?.hits ?? [];
};

describe(`enterprise search on ${testDb}`, () => {
  it('finds a pilot enterprise by a credit-code prefix and by name, within the data scope', async () => {
    const row = await s.deps.db.selectFrom('enterprises').select(['id', 'name', 'credit_code']).where('name', '=', '陕西东铭车辆系统股份有限公司').executeTakeFirstOrThrow();
    const leader = await s.as('leader');
    expect((await enterpriseHits(leader, row.credit_code.slice(0, 12))).map((h) => h.title)).toContain(row.name);
    expect((await enterpriseHits(leader, '东铭车辆')).map((h) => h.title)).toContain(row.name);
    // a district officer does not find the city's enterprise
    const district = await s.as('wy_officer1');
    expect((await enterpriseHits(district, '东铭车辆')).length).toBe(0);
  });

  it('re-indexes an enterprise when it is renamed', async () => {
    const officer = await s.as('officer1');
    const row = await s.deps.db.selectFrom('enterprises').select(['id', 'name']).where('name', '=', '陕西铜川大兴制衣有限责任公司').executeTakeFirstOrThrow();
    const res = await officer.patch(`/api/enterprises/${row.id}`, { name: '陕西铜川大兴服饰有限责任公司' });
    expect(res.statusCode).toBe(200);
    expect((await enterpriseHits(officer, '大兴服饰')).map((h) => h.id)).toContain(row.id);
    // The old name still matches through the legal entity's name (a keyword), but the hit shows the new name.
    const old = (await enterpriseHits(officer, '大兴制衣')).find((h) => h.id === row.id);
    expect(old?.title).toBe('陕西铜川大兴服饰有限责任公司');
  });
});
