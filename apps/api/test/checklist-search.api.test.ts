import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertSearchDocument } from '../src/modules/search/search.service';
import { normaliseText } from '../src/modules/search/search-text';
import { inTransaction } from '../src/platform/db/tx';
import { stableId } from '../src/platform/stable-id';
import { checkItems, checklists, checkUnits } from '../seed/reference/check-items';
import { provisions } from '../seed/reference/laws';
import { startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let officer: TestClient;

interface Group {
  type: string;
  label: string;
  total: number;
  hits: { id: string; title: string; titleMarks: [number, number][]; subtitle: string | null; snippet: string; snippetMarks: [number, number][] }[];
}

const search = async (c: TestClient, q: string, extra = '') => {
  const res = await c.get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { q: string; groups: Group[] };
};
const group = (r: { groups: Group[] }, type: string) => r.groups.find((g) => g.type === type);

beforeAll(async () => {
  s = await startTestServer();
  officer = await s.as('officer1');
});
afterAll(async () => s?.close());

describe(`search on ${testDb}`, () => {
  it('finds the dust items and provisions for 粉尘 — exactly what a substring match over the seed gives', async () => {
    const r = await search(officer, '粉尘', '&limit=50');
    const items = group(r, 'checkItem')!;
    const listName = new Map(checklists.map((l) => [l.key, l.name]));
    const unitName = new Map(checkUnits.map((u) => [u.key, u.name]));
    const expected = checkItems.filter((i) =>
      [i.code, i.content, `${listName.get(i.checklistKey)} · ${unitName.get(i.unitKey)}`, i.nonCompliantWording, i.compliantWording].some((t) => t.includes('粉尘')),
    );
    expect(items.total).toBe(expected.length);
    expect(new Set(items.hits.map((h) => h.id))).toEqual(new Set(expected.map((i) => stableId(i.key))));
    const codes = items.hits.map((h) => h.title.split(' ')[0]);
    expect(codes).toEqual(expect.arrayContaining(['粉-01', '粉-02', '粉-03', '粉-04', '粉-05', '粉-06']));
    // title matches rank first; marks point at the match
    const first = items.hits[0]!;
    const [a, b] = first.titleMarks[0]!;
    expect(first.title.slice(a, b)).toBe('粉尘');
    expect(first.subtitle).toMatch(/ · /);

    const provs = group(r, 'provision')!;
    expect(provs.total).toBe(provisions.filter((p) => p.citation.includes('粉尘') || p.text.includes('粉尘') || (p.heading ?? '').includes('粉尘')).length);
    const hit = provs.hits.find((h) => h.snippetMarks.length)!;
    expect(hit.snippet.slice(hit.snippetMarks[0]![0], hit.snippetMarks[0]![1])).toBe('粉尘');
  });

  it('limits the types and the hits per type on request', async () => {
    const r = await search(officer, '粉尘', '&types=provision&limit=2');
    expect(r.groups.map((g) => g.type)).toEqual(['provision']);
    expect(r.groups[0]!.hits).toHaveLength(2);
    expect(r.groups[0]!.total).toBeGreaterThan(2);
  });

  it('folds full-width characters and letter case; treats LIKE wildcards literally; AND-s several terms', async () => {
    const v = group(await search(officer, 'ａｑ－１０２'.replace('－', '-')), 'violation')!;
    expect(v.hits[0]!.title).toMatch(/^AQ-102 /);
    expect(await search(officer, '%')).toEqual({ q: '%', groups: [] });
    expect(await search(officer, '_')).toEqual({ q: '_', groups: [] });
    const both = group(await search(officer, '除尘 泄爆', '&types=checkItem'), 'checkItem')!;
    expect(both.hits.map((h) => h.title.split(' ')[0])).toContain('粉-02');
    expect(both.hits.every((h) => normaliseText(`${h.title}${h.snippet}`).includes('除尘'))).toBe(true);
  });

  it('finds enterprises by credit-code prefix within the caller\'s enterprise data scope', async () => {
    const now = new Date().toISOString();
    await inTransaction(s.deps.db, async (tx) => {
      await upsertSearchDocument(tx, { entityType: 'enterprise', entityId: 'e-city', agencyId: stableId('agency:610200'), title: '铜川测试粉体有限公司', subtitle: '91610200TEST00001X', body: '铜川市耀州区', keywords: ['91610200TEST00001X'], updatedAt: now });
      await upsertSearchDocument(tx, { entityType: 'enterprise', entityId: 'e-wy', agencyId: stableId('agency:610202'), title: '王益测试建材有限公司', subtitle: '91610202TEST00002Y', body: '王益区', keywords: ['91610202TEST00002Y'], updatedAt: now });
    });
    const city = group(await search(officer, '91610200test', '&types=enterprise'), 'enterprise')!;
    expect(city.hits.map((h) => h.id)).toEqual(['e-city']);
    expect(city.hits[0]!.subtitle).toBe('91610200TEST00001X');
    // officer1's enterprise scope is its own agency: the district's enterprise is not found
    expect(await search(officer, '91610202test', '&types=enterprise')).toEqual({ q: '91610202test', groups: [] });
    const wy = await s.as('wy_officer1');
    // (the demo enterprises are indexed too, so the query names these test codes)
    expect(group(await search(wy, 'test0000', '&types=enterprise'), 'enterprise')!.hits.map((h) => h.id)).toEqual(['e-wy']);
    // re-indexing replaces the document
    await inTransaction(s.deps.db, (tx) => upsertSearchDocument(tx, { entityType: 'enterprise', entityId: 'e-city', agencyId: stableId('agency:610200'), title: '铜川测试粉体股份有限公司', body: '', keywords: ['91610200TEST00001X'], updatedAt: now }));
    expect(group(await search(officer, '91610200TEST', '&types=enterprise'), 'enterprise')!.hits.map((h) => h.title)).toEqual(['铜川测试粉体股份有限公司']);
  });

  it('returns only the types the caller may read', async () => {
    const admin = await s.as('admin');
    expect(await search(admin, '粉尘')).toEqual({ q: '粉尘', groups: [] });
  });

  it('answers 401 without a session and 400 with the field for a bad query', async () => {
    expect((await s.client().get('/api/search?q=粉尘')).statusCode).toBe(401);
    const empty = await officer.get('/api/search?q=%20%20');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toEqual({ path: 'query.q', message: '搜索词不能为空' });
    const type = await officer.get('/api/search?q=粉尘&types=poems');
    expect(type.json().errors[0].path).toMatch(/^query\.types/);
    expect(type.json().errors[0].message).toMatch(/^类型/);
    const long = await officer.get(`/api/search?q=${'粉'.repeat(51)}`);
    expect(long.json().errors[0]).toEqual({ path: 'query.q', message: '搜索词不能超过 50 个字符' });
  });
});
