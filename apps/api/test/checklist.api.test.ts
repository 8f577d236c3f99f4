import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_BASIS } from '../src/modules/checklist/item-lifecycle';
import { stableId } from '../src/platform/stable-id';
import { seedReference } from '../seed/seed';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let officer: TestClient;
let legal: TestClient;
let admin: TestClient;
let county: TestClient;

const provision = (key: string) => stableId(`provision:${key}`);
const violation = (slug: string) => stableId(`violation:${slug}`);
const checklist = (slug: string) => stableId(`checklist:${slug}`);
const unit = (slug: string) => stableId(`check-unit:${slug}`);
const item = (slug: string) => stableId(`check-item:${slug}`);
const MISSING_ID = '0190c0de-0000-7000-8000-000000000000';

beforeAll(async () => {
  s = await startTestServer();
  [officer, legal, admin, county] = await Promise.all([s.as('officer1'), s.as('legal'), s.as('admin'), s.as('wy_officer1')]);
});
afterAll(async () => s?.close());

describe(`law library on ${testDb}`, () => {
  it('lists the seeded laws with their versions in force', async () => {
    const res = await officer.get('/api/laws');
    expect(res.statusCode).toBe(200);
    const laws = res.json() as { title: string; versionCount: number; currentVersion: { tag: string; inForce: boolean } | null }[];
    expect(laws).toHaveLength(5);
    const wsl = laws.find((l) => l.title === '中华人民共和国安全生产法')!;
    expect(wsl.currentVersion).toMatchObject({ tag: '2021', inForce: true });
    const measures = laws.find((l) => l.title === '安全生产违法行为行政处罚办法')!;
    expect(measures.versionCount).toBe(2);
    expect(measures.currentVersion?.tag).toBe('2026');
    expect((await officer.get('/api/laws?q=判定标准')).json()).toHaveLength(1);
  });

  it('returns a law with its versions and a version as a 条→款→项 tree', async () => {
    const law = (await officer.get(`/api/laws/${stableId('law:work-safety-penalty-measures')}`)).json();
    expect(law.versions.map((v: { tag: string; effectiveTo: string | null; documentNumber: string | null }) => [v.tag, v.effectiveTo])).toEqual([
      ['2015', '2026-01-31'],
      ['2026', null],
    ]);
    const tree = (await officer.get(`/api/law-versions/${stableId('law-version:work-safety-law@2021')}/provisions`)).json();
    expect(tree.version.provisionCount).toBeGreaterThan(100);
    const art99 = tree.articles.find((a: { article: number }) => a.article === 99);
    expect(art99.citation).toBe('《中华人民共和国安全生产法》第九十九条');
    expect(art99.children.map((c: { item: number }) => c.item)).toContain(2);
    const art65 = tree.articles.find((a: { article: number }) => a.article === 65);
    expect(art65.children[0].children.length).toBeGreaterThan(0); // 条 → 款 → 项
  });

  it('shows a provision with its citation and where it is used', async () => {
    const res = await officer.get(`/api/provisions/${provision('work-safety-law@2021:41.2')}`);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.citation).toBe('《中华人民共和国安全生产法》第四十一条第二款');
    expect(p.ancestors.map((a: { article: number; paragraph: number | null }) => [a.article, a.paragraph])).toEqual([[41, null]]);
    expect(p.usedBy.violations).toContainEqual(expect.objectContaining({ code: 'AQ-102', role: 'violated' }));
    expect(p.usedBy.checkItems.length).toBeGreaterThan(0);
    expect(p.usedBy.checkItems.every((c: { role: string }) => c.role === 'basis')).toBe(true);
  });

  it('answers 401 without a session, 403 without the permission, 404 for unknown ids, 400 for bad ids', async () => {
    expect((await s.client().get('/api/laws')).statusCode).toBe(401);
    expect((await admin.get('/api/laws')).statusCode).toBe(403);
    const nf = await officer.get(`/api/provisions/${MISSING_ID}`);
    expect(nf.statusCode).toBe(404);
    expect(nf.json().detail).toBe('法律条款不存在或不在您的数据范围内');
    const bad = await officer.get('/api/laws/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'params.id' });
  });

  it('lets the legal reviewer (law.manage) add a law, a version and provisions, audited', async () => {
    const body = { title: '陕西省安全生产条例', shortTitle: '陕西条例', kind: 'localRegulation', issuer: '陕西省人民代表大会常务委员会' };
    expect((await officer.post('/api/laws', body)).statusCode).toBe(403);
    const invalid = await legal.post('/api/laws', { ...body, title: '', kind: 'poem' });
    expect(invalid.statusCode).toBe(400);
    const byPath = Object.fromEntries((invalid.json().errors as { path: string; message: string }[]).map((e) => [e.path, e.message]));
    expect(byPath['body.title']).toBe('法律法规名称不能为空');
    expect(byPath['body.kind']).toMatch(/^类别应为 法律/);

    const law = await legal.post('/api/laws', body);
    expect(law.statusCode).toBe(201);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'checklist.law.create', object_id: law.json().id, actor_role: '法制审核员' });
    expect((await legal.post('/api/laws', body)).json().errors[0]).toEqual({ path: 'body.title', message: '法律法规名称：已存在同名法律法规，请为其新增版本' });

    const v1 = { tag: '2017', title: '陕西省安全生产条例', effectiveFrom: '2017-07-01', effectiveTo: '2025-12-31', source: '陕西省人大常委会公报', verified: false };
    const version = await legal.post(`/api/laws/${law.json().id}/versions`, v1);
    expect(version.statusCode).toBe(201);
    expect(version.json()).toMatchObject({ tag: '2017', inForce: false, provisionCount: 0 });
    const overlap = await legal.post(`/api/laws/${law.json().id}/versions`, { ...v1, tag: '2025', effectiveFrom: '2025-06-01', effectiveTo: null });
    expect(overlap.json().errors[0].path).toBe('body.effectiveFrom');
    expect(overlap.json().errors[0].message).toMatch(/^施行日期：与版本“2017”/);
    const backwards = await legal.post(`/api/laws/${law.json().id}/versions`, { ...v1, tag: 'x', effectiveFrom: '2030-01-01', effectiveTo: '2029-01-01' });
    expect(backwards.json().errors[0]).toEqual({ path: 'body.effectiveTo', message: '失效日期：不能早于施行日期' });

    const vid = version.json().id;
    const art = await legal.post(`/api/law-versions/${vid}/provisions`, { article: 23, text: '生产经营单位应当建立粉尘爆炸危险场所清扫制度。\n清扫记录应当保存一年。', heading: '第三章 生产经营单位的安全保障' });
    expect(art.statusCode).toBe(201);
    expect(art.json().citation).toBe('《陕西省安全生产条例》第二十三条');
    const para = await legal.post(`/api/law-versions/${vid}/provisions`, { parentId: art.json().id, article: 23, paragraph: 2, text: '清扫记录应当保存一年。' });
    expect(para.json()).toMatchObject({ citation: '《陕西省安全生产条例》第二十三条第二款', heading: '第三章 生产经营单位的安全保障' });
    const wrong = await legal.post(`/api/law-versions/${vid}/provisions`, { parentId: art.json().id, article: 24, paragraph: 1, text: 'x' });
    expect(wrong.json().errors[0]).toEqual({ path: 'body.parentId', message: '上级条款：与所填“条”的序号不一致' });
    const dup = await legal.post(`/api/law-versions/${vid}/provisions`, { article: 23, text: 'x' });
    expect(dup.json().errors[0]).toEqual({ path: 'body.article', message: '条：该版本中已有相同序号的条款' });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'checklist.provision.create', object_id: para.json().id });
    expect((await legal.post(`/api/law-versions/${MISSING_ID}/provisions`, { article: 1, text: 'x' })).statusCode).toBe(404);

    const tree = (await officer.get(`/api/law-versions/${vid}/provisions`)).json();
    expect(tree.articles[0].children[0].id).toBe(para.json().id);
  });
});

describe(`violations and discretion on ${testDb}`, () => {
  const vid = violation('no-safety-management-staff');

  it('lists violations and shows one with its provisions and dated discretion versions', async () => {
    const list = (await officer.get('/api/violations?pageSize=100')).json();
    expect(list.total).toBe(43);
    expect(list.items[0]).toMatchObject({ code: expect.any(String), penaltyCitations: expect.any(Array) });
    const d = (await officer.get(`/api/violations/${vid}`)).json();
    expect(d.violatedProvisions.map((p: { citation: string }) => p.citation)).toEqual(['《中华人民共和国安全生产法》第二十四条第一款', '《中华人民共和国安全生产法》第二十四条第二款']);
    expect(d.penaltyProvisions[0].citation).toBe('《中华人民共和国安全生产法》第九十七条第一项');
    expect(d.discretionVersions.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual(['2021-09-01', '2026-02-01']);
    expect(d.discretionVersions[1].statutory.personFine.text).toBe('2万元以上5万元以下');
    expect(d.checkItems.length).toBeGreaterThan(0);
  });

  it('returns the tiers in force on a date: different before and after the 2026-02-01 switch', async () => {
    const before = (await officer.get(`/api/violations/${vid}/discretion?date=2026-01-31`)).json();
    const after = (await officer.get(`/api/violations/${vid}/discretion?date=2026-02-01`)).json();
    expect(before.version.key).toBe('discretion:no-safety-management-staff@2021');
    expect(after.version.key).toBe('discretion:no-safety-management-staff@2026');
    expect(before.version.tiers.map((t: { label: string }) => t.label)).toContain('责令限期改正·较轻');
    expect(after.version.tiers.map((t: { label: string }) => t.label)).toContain('责令限期改正·轻微');
    const lightBefore = before.version.tiers.find((t: { label: string }) => t.label === '责令限期改正·较轻');
    const lightAfter = after.version.tiers.find((t: { label: string }) => t.label === '责令限期改正·轻微');
    expect(lightBefore.unitFine).toEqual({ minFen: 0, maxFen: 3_000_000, text: '3万元以下' });
    expect(lightAfter.unitFine).toEqual({ minFen: 0, maxFen: 2_000_000, text: '2万元以下' });
    expect(after.version.tiers.some((t: { otherPenalties: { label: string }[] }) => t.otherPenalties.some((p) => p.label === '责令停产停业整顿'))).toBe(true);
    const none = (await officer.get(`/api/violations/${vid}/discretion?date=2020-01-01`)).json();
    expect(none).toMatchObject({ violationId: vid, date: '2020-01-01', version: null, applied: { rule: 'noneAtAct' } });
    s.clock.set(new Date('2026-03-01T02:00:00Z'));
    expect((await officer.get(`/api/violations/${vid}/discretion`)).json()).toMatchObject({ date: '2026-03-01', version: { effectiveFrom: '2026-02-01' } });
    s.clock.set(new Date());
  });

  it('applies 从旧兼从轻 (行政处罚法第三十七条): the act’s version unless the decision-time one is lighter, and says which and why', async () => {
    const old = (await officer.get(`/api/violations/${vid}/discretion?date=2025-06-01&decisionDate=2026-03-01`)).json();
    expect(old.version.key).toBe('discretion:no-safety-management-staff@2021');
    expect(old.applied).toMatchObject({ rule: 'old', actDate: '2025-06-01', decisionDate: '2026-03-01', reason: expect.stringMatching(/^适用违法行为发生时（2025-06-01）施行的版本.*行政处罚法第三十七条/) });
    // A lighter rule at decision time: the 2026 version's statutory maximum lowered (as an amendment would).
    const v2026 = stableId('discretion:no-safety-management-staff@2026');
    await s.deps.db.updateTable('discretion_versions').set({ statutory_unit_max_fen: 5_000_000, statutory_person_max_fen: 10_000 }).where('id', '=', v2026).execute();
    try {
      const lighter = (await officer.get(`/api/violations/${vid}/discretion?date=2025-06-01&decisionDate=2026-03-01`)).json();
      expect(lighter.version.key).toBe('discretion:no-safety-management-staff@2026');
      expect(lighter.applied).toMatchObject({ rule: 'lighterNew', reason: expect.stringMatching(/处罚较轻，从轻适用新规定/) });
    } finally {
      await s.deps.db.updateTable('discretion_versions').set({ statutory_unit_max_fen: 20_000_000, statutory_person_max_fen: 5_000_000 }).where('id', '=', v2026).execute();
    }
    const early = await officer.get(`/api/violations/${vid}/discretion?date=2026-03-01&decisionDate=2026-02-01`);
    expect(early.json().errors[0]).toEqual({ path: 'query.decisionDate', message: '作出处罚决定的日期：不能早于违法行为发生日期' });
  });

  it('rejects a bad date with the field and the rule, and an unknown violation with 404', async () => {
    const bad = await officer.get(`/api/violations/${vid}/discretion?date=2026-02-30`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toEqual({ path: 'query.date', message: '日期：不是有效的日期' });
    const fmt = await officer.get(`/api/violations/${vid}/discretion?date=1.2.2026`);
    expect(fmt.json().errors[0].message).toBe('日期：应为 YYYY-MM-DD 格式的日期');
    expect((await officer.get(`/api/violations/${MISSING_ID}/discretion?date=2026-02-01`)).statusCode).toBe(404);
    expect((await admin.get(`/api/violations/${vid}/discretion`)).statusCode).toBe(403);
  });
});

describe(`check-item library on ${testDb}`, () => {
  it('has loaded the seeded checklists: ≥ 60 published items, each with a legal basis from the law library', async () => {
    const lists = (await officer.get('/api/checklists')).json() as { key: string; units: { itemCount: number }[]; itemCount: number }[];
    expect(lists.map((l) => l.key)).toEqual(['checklist:general', 'checklist:industry-trade-key', 'checklist:industry-trade-major-hazards-2023', 'checklist:shaanxi-special', 'checklist:tongchuan-special']);
    const all = (await officer.get('/api/check-items?status=published&pageSize=500')).json();
    expect(all.total).toBeGreaterThanOrEqual(60);
    const withoutBasis = await s.deps.db
      .selectFrom('check_items')
      .select('id')
      .where('status', '=', 'published')
      .where('id', 'not in', (eb) => eb.selectFrom('check_item_provisions').select('item_id').where('role', '=', 'basis'))
      .execute();
    expect(withoutBasis).toEqual([]);
    const dust = (await officer.get(`/api/check-items/${item('industry-trade-key:dust-02-explosion-control')}`)).json();
    expect(dust).toMatchObject({ code: '粉-02', status: 'published', sourceLevel: 'ministry', majorHazard: true, violation: { id: expect.any(String) } });
    expect(dust.basisProvisions[0].citation).toMatch(/^《中华人民共和国安全生产法》/);
    expect(dust.majorHazardBasis[0].citation).toMatch(/^《工贸企业重大事故隐患判定标准》/);
    expect(dust.campaigns.map((c: { shortName: string }) => c.shortName)).toEqual(expect.arrayContaining(['粉6条', '工贸25条']));
    expect(dust.can).toEqual({ edit: false, submit: false, review: false, retire: false });
  });

  it('filters the library by sector, risk flag, campaign, status and major hazard', async () => {
    const get = async (q: string) => (await officer.get(`/api/check-items?pageSize=500&${q}`)).json();
    const dust = await get('riskFlag=dustExplosion');
    expect(dust.items.map((i: { code: string }) => i.code)).toEqual(['粉-01', '粉-02', '粉-03', '粉-04', '粉-05', '粉-06', '铜-01']);
    expect(dust.items.every((i: { appliesTo: { riskFlags: string[] } }) => i.appliesTo.riskFlags.includes('dustExplosion'))).toBe(true);
    const steel = await get(`campaignId=${stableId('campaign:steel-8')}`);
    expect(steel.total).toBe(8);
    const metallurgy = await get('sector=metallurgy&majorHazard=true');
    expect(metallurgy.items.every((i: { majorHazard: boolean; appliesTo: { sectors: string[] | null } }) => i.majorHazard && (i.appliesTo.sectors === null || i.appliesTo.sectors.includes('metallurgy')))).toBe(true);
    expect((await get('status=draft')).total).toBe(0);
    const bad = await officer.get('/api/check-items?riskFlag=volcano&majorHazard=maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.majorHazard', 'query.riskFlag']);
  });

  it('lists the items that apply to a dust-explosion enterprise, grouped, with 粉6条 marked', async () => {
    const res = await officer.get('/api/check-items/applicable?sector=lightIndustry&riskFlags=dustExplosion&date=2026-06-01');
    expect(res.statusCode).toBe(200);
    const a = res.json();
    expect(a.campaigns.map((c: { shortName: string }) => c.shortName)).toEqual(expect.arrayContaining(['工贸25条', '粉6条']));
    expect(a.campaigns.find((c: { shortName: string }) => c.shortName === '粉6条').itemCount).toBe(6);
    const key = a.checklists.find((l: { name: string }) => l.name.startsWith('工贸行业重点检查事项'));
    expect(key.units.map((u: { name: string }) => u.name)).toEqual(['粉尘涉爆重点检查事项（粉6条）']);
    const dust = key.units[0].items;
    expect(dust).toHaveLength(6);
    expect(dust.every((i: { campaigns: { shortName: string }[] }) => i.campaigns.some((c) => c.shortName === '粉6条'))).toBe(true);
    const codes = a.checklists.flatMap((l: { units: { items: { code: string }[] }[] }) => l.units.flatMap((u) => u.items.map((i) => i.code)));
    expect(codes).not.toContain('钢-01');
    expect(codes).toContain('TY-01-01');
    expect(a.total).toBe(codes.length);
    // an enterprise without the flag gets no dust items
    const plain = (await officer.get('/api/check-items/applicable?sector=lightIndustry')).json();
    expect(plain.checklists.flatMap((l: { units: { name: string }[] }) => l.units.map((u) => u.name))).not.toContain('粉尘涉爆重点检查事项（粉6条）');
  });

  it('resolves an enterprise id through the registry, within the enterprise data scope', async () => {
    // a pilot enterprise of seed 000 under the city: 机械, 粉尘涉爆 (demo registry data)
    const dust = await s.deps.db.selectFrom('enterprises').select(['id', 'name', 'sector', 'risk_flags']).where('name', '=', '陕西东铭车辆系统股份有限公司').executeTakeFirstOrThrow();
    expect(dust.risk_flags).toContain('dustExplosion');
    const res = await officer.get(`/api/check-items/applicable?enterpriseId=${dust.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().enterprise).toMatchObject({ id: dust.id, name: dust.name, sector: dust.sector });
    expect(res.json().checklists.flatMap((l: { units: { name: string }[] }) => l.units.map((u) => u.name))).toContain('粉尘涉爆重点检查事项（粉6条）');
    expect((await officer.get(`/api/check-items/applicable?enterpriseId=${MISSING_ID}`)).statusCode).toBe(404);
    expect((await legal.get(`/api/check-items/applicable?enterpriseId=${dust.id}`)).statusCode).toBe(200);
  });

  it('rejects applicable-item queries without an enterprise profile or with unknown codes', async () => {
    const none = await officer.get('/api/check-items/applicable');
    expect(none.json().errors[0]).toEqual({ path: 'query.sector', message: '行业领域：请提供企业的行业领域（sector），或企业编号（enterpriseId）' });
    const bad = await officer.get('/api/check-items/applicable?sector=metallurgy&riskFlags=dustExplosion,lava');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toMatch(/^query\.riskFlags/);
  });
});

describe(`local items and the legal-review gate on ${testDb}`, () => {
  const draft = {
    checklistId: checklist('general'),
    unitId: unit('general:dual-prevention'),
    code: 'TC-L-01',
    content: '是否对粉碎机房积尘实行每班清扫并记录（铜川本地事项）',
    methods: ['documents', 'onSite'],
    compliantWording: '每班清扫并有记录',
    nonCompliantWording: '粉碎机房积尘未按班清扫或无清扫记录',
    violationId: violation('hazard-not-eliminated'),
    onSite: { measure: 'rectifyWithinDeadline', provisionId: provision('work-safety-law@2021:65.1.2'), defaultDays: 7 },
    appliesTo: { sectors: null, riskFlags: ['dustExplosion'] },
  };
  let id = '';

  it('creates a local draft owned by the agency, audited', async () => {
    const res = await officer.post('/api/check-items', draft);
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ status: 'draft', version: 1, sourceLevel: 'city', ownerAgencyName: '铜川市应急管理局', basisProvisions: [], can: { edit: true, submit: true, review: false, retire: false } });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'checklist.item.create', object_id: id, actor_role: '执法人员' });
    const dup = await officer.post('/api/check-items', draft);
    expect(dup.json().errors[0]).toEqual({ path: 'body.code', message: '事项编号：该检查表中已有相同编号的事项' });
    const fake = await officer.post('/api/check-items', { ...draft, code: 'TC-L-02', basisProvisionIds: [MISSING_ID] });
    expect(fake.json().errors[0]).toEqual({ path: 'body.basisProvisionIds', message: '法律依据：所选条款在法律法规库中不存在，请从法律法规库中选择' });
    const wrongUnit = await officer.post('/api/check-items', { ...draft, code: 'TC-L-02', unitId: unit('industry-trade-key:dust-6') });
    expect(wrongUnit.json().errors[0]).toEqual({ path: 'body.unitId', message: '检查单元：不属于所选检查表' });
    const empty = await officer.post('/api/check-items', { ...draft, content: ' ', methods: [] });
    const paths = Object.fromEntries((empty.json().errors as { path: string; message: string }[]).map((e) => [e.path, e.message]));
    expect(paths['body.content']).toBe('检查内容不能为空');
    expect(paths['body.methods']).toBe('检查方式：至少选择一种检查方式');
    expect((await admin.post('/api/check-items', draft)).statusCode).toBe(403);
  });

  it('refuses to submit a local item without a legal provision as its basis (400 with the rule)', async () => {
    const res = await officer.post(`/api/check-items/${id}/submit`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({ path: 'basisProvisionIds', message: MISSING_BASIS });
    expect(res.json().detail).toBe(MISSING_BASIS);
  });

  it('goes to legal review once it cites a provision; the officer cannot approve it (403)', async () => {
    const patched = await officer.patch(`/api/check-items/${id}`, { basisProvisionIds: [provision('work-safety-law@2021:41.2')] });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ id, version: 1, status: 'draft' });
    expect(patched.json().basisProvisions.map((p: { citation: string }) => p.citation)).toEqual(['《中华人民共和国安全生产法》第四十一条第二款']);
    const submitted = await officer.post(`/api/check-items/${id}/submit`);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'legalReview', review: { submittedBy: '王建国' } });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'checklist.item.submit', object_id: id });

    const denied = await officer.post(`/api/check-items/${id}/approve`, {});
    expect(denied.statusCode).toBe(403);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'access.denied', result: 'denied' });
    const locked = await officer.patch(`/api/check-items/${id}`, { content: '改一下' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().detail).toMatch(/法制审核中/);
  });

  it('lets the reviewer return it with a reason, then approve it: published, in search, audited', async () => {
    const inbox = (await legal.get('/api/check-items/review-inbox')).json();
    expect(inbox.map((i: { id: string }) => i.id)).toContain(id);
    // The queue shows the legal basis the reviewer is asked to check: citation and the provision's text.
    const queued = inbox.find((i: { id: string }) => i.id === id);
    expect(queued).toMatchObject({ submittedBy: '王建国', basisProvisions: [{ citation: '《中华人民共和国安全生产法》第四十一条第二款', text: expect.stringMatching(/\S{10}/) }] });
    expect((await officer.get('/api/check-items/review-inbox')).statusCode).toBe(403);
    const noReason = await legal.post(`/api/check-items/${id}/return`, {});
    expect(noReason.json().errors[0]).toEqual({ path: 'body.reason', message: '退回理由为必填项' });
    const returned = await legal.post(`/api/check-items/${id}/return`, { reason: '请补充清扫记录保存期限' });
    expect(returned.json()).toMatchObject({ status: 'draft', review: { comment: '请补充清扫记录保存期限', reviewedBy: '孙慧敏' } });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'checklist.item.return', object_id: id });
    expect((await legal.post(`/api/check-items/${id}/approve`, {})).statusCode).toBe(409);

    await officer.patch(`/api/check-items/${id}`, { nonCompliantWording: '粉碎机房积尘未按班清扫，或清扫记录保存不足一年' });
    await officer.post(`/api/check-items/${id}/submit`);
    const approved = await legal.post(`/api/check-items/${id}/approve`, { comment: '依据充分' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'published', review: { reviewedBy: '孙慧敏', comment: '依据充分' }, publishedAt: expect.any(String) });
    const [row] = await lastAudit(s, 1);
    expect(row).toMatchObject({ action: 'checklist.item.approve', object_id: id, actor_role: '法制审核员' });
    expect(JSON.parse(row!.detail!)).toMatchObject({ from: 'legalReview', to: 'published' });
    const found = (await officer.get('/api/search?q=粉碎机房积尘&types=checkItem')).json();
    expect(found.groups[0].hits.map((h: { id: string }) => h.id)).toEqual([id]);
  });

  it('versions an edit of a published item; the old version stays until the new one is published', async () => {
    const v2 = await officer.patch(`/api/check-items/${id}`, { content: '是否对粉碎机房、筛分间积尘实行每班清扫并记录（铜川本地事项）' });
    expect(v2.statusCode).toBe(200);
    const v2id = v2.json().id;
    expect(v2id).not.toBe(id);
    expect(v2.json()).toMatchObject({ version: 2, status: 'draft', lineageId: id });
    expect(v2.json().basisProvisions).toHaveLength(1);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'checklist.item.newVersion', object_id: v2id });
    expect((await officer.get(`/api/check-items/${id}`)).json()).toMatchObject({ status: 'published', can: { edit: false } });
    const again = await officer.patch(`/api/check-items/${id}`, { content: 'x' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('该事项已有待发布的第 2 版（草稿），请在该版本上修改');

    await officer.post(`/api/check-items/${v2id}/submit`);
    expect((await legal.post(`/api/check-items/${v2id}/approve`, {})).json().status).toBe('published');
    const old = (await officer.get(`/api/check-items/${id}`)).json();
    expect(old).toMatchObject({ status: 'retired', retiredAt: expect.any(String) });
    expect(old.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'retired'],
      [2, 'published'],
    ]);
    const actions = (await lastAudit(s, 2)).map((r) => [r.action, r.object_id]);
    expect(actions).toEqual([
      ['checklist.item.approve', v2id],
      ['checklist.item.retire', id],
    ]);
    const hits = (await officer.get('/api/search?q=筛分间积尘&types=checkItem')).json().groups[0].hits;
    expect(hits.map((h: { id: string }) => h.id)).toEqual([v2id]);
    expect((await officer.get('/api/search?q=粉碎机房积尘实行&types=checkItem')).json().groups).toEqual([]);

    const retired = await officer.post(`/api/check-items/${v2id}/retire`);
    expect(retired.json().status).toBe('retired');
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'checklist.item.retire', object_id: v2id });
  });

  it('scopes local items by the owning agency: out of scope is 404, a superior\'s or ministry item is read-only (403)', async () => {
    const d = await officer.post('/api/check-items', { ...draft, code: 'TC-L-09' });
    const draftId = d.json().id;
    expect((await county.get(`/api/check-items/${draftId}`)).statusCode).toBe(404);
    expect((await county.patch(`/api/check-items/${draftId}`, { content: '越权' })).statusCode).toBe(404);
    const ministry = await county.patch(`/api/check-items/${item('industry-trade-key:dust-02-explosion-control')}`, { content: '改部级' });
    expect(ministry.statusCode).toBe(403);
    expect(ministry.json().detail).toMatch(/只能修改本机关/);
    // a published city item reaches down to the district; the district's own draft stays its own
    const cityItem = (await county.get(`/api/check-items/${item('general:responsibility-system')}`)).json();
    expect(cityItem).toMatchObject({ ownerAgencyName: '铜川市应急管理局', status: 'published', can: { edit: false } });
    const own = await county.post('/api/check-items', { ...draft, code: 'WY-01' });
    expect(own.json()).toMatchObject({ sourceLevel: 'county', ownerAgencyName: '王益区应急管理局' });
    expect((await officer.get(`/api/check-items/${own.json().id}`)).statusCode).toBe(404);
    // the city's legal reviewer (本机关及下级机关) reviews the district's item
    await county.patch(`/api/check-items/${own.json().id}`, { basisProvisionIds: [provision('work-safety-law@2021:41.2')] });
    await county.post(`/api/check-items/${own.json().id}/submit`);
    expect((await legal.get('/api/check-items/review-inbox')).json().map((i: { id: string }) => i.id)).toContain(own.json().id);
  });
});

describe(`checklists and campaigns on ${testDb}`, () => {
  it('creates a local checklist and unit; a district cannot add units to the city list', async () => {
    const list = await officer.post('/api/checklists', { name: '铜川市粉尘涉爆企业补充检查表', effectiveFrom: '2026-01-01' });
    expect(list.statusCode).toBe(201);
    expect(list.json()).toMatchObject({ sourceLevel: 'city', ownerAgencyName: '铜川市应急管理局', units: [] });
    const u = await officer.post(`/api/checklists/${list.json().id}/units`, { name: '除尘系统' });
    expect(u.statusCode).toBe(201);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'checklist.unit.create', object_id: u.json().id });
    expect((await county.post(`/api/checklists/${checklist('general')}/units`, { name: '越权' })).statusCode).toBe(403);
    expect((await county.post(`/api/checklists/${list.json().id}/units`, { name: '越权' })).statusCode).toBe(403);
    expect((await county.post(`/api/checklists/${MISSING_ID}/units`, { name: '越权' })).statusCode).toBe(404);
    expect((await officer.post(`/api/checklists/${list.json().id}/units`, { name: '除尘系统' })).json().errors[0]).toEqual({ path: 'body.name', message: '检查单元名称：该检查表中已有同名单元' });
  });

  it('lists the ministry, provincial and city campaigns and creates the city\'s own set (Q11)', async () => {
    const list = (await officer.get('/api/campaigns')).json() as { shortName: string; sourceLevel: string; itemCount: number; active: boolean }[];
    expect(list.map((c) => c.shortName)).toEqual(['工贸25条', '钢8条', '有限空间4条', '铝7条', '粉6条', '陕西有限空间涉氨专项', '铜川水泥专项']);
    expect(list.find((c) => c.shortName === '工贸25条')).toMatchObject({ itemCount: 25, sourceLevel: 'ministry', active: true });
    const dust = (await officer.get(`/api/campaigns/${stableId('campaign:dust-6')}`)).json();
    expect(dust.items.map((i: { code: string }) => i.code)).toEqual(['粉-01', '粉-02', '粉-03', '粉-04', '粉-05', '粉-06']);

    const body = { name: '铜川市2026年粉尘涉爆专项执法', shortName: '铜川粉尘专项', year: 2026, effectiveFrom: '2026-03-01', effectiveTo: '2026-12-31', appliesTo: { sectors: null, riskFlags: ['dustExplosion'] }, itemIds: [item('industry-trade-key:dust-01-shared-system'), item('general:responsibility-system')] };
    expect((await legal.post('/api/campaigns', body)).statusCode).toBe(403);
    const created = await officer.post('/api/campaigns', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ sourceLevel: 'city', itemCount: 2, ownerAgencyName: '铜川市应急管理局' });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'checklist.campaign.create', object_id: created.json().id });
    const bad = await officer.post('/api/campaigns', { ...body, name: '另一个', itemIds: [MISSING_ID] });
    expect(bad.json().errors[0]).toEqual({ path: 'body.itemIds', message: '检查事项：只能选择已发布、在您数据范围内的检查事项' });
    // the district sees the city's campaign, the province's does not reach sideways
    expect((await county.get('/api/campaigns')).json().map((c: { shortName: string }) => c.shortName)).toContain('铜川粉尘专项');
  });
});

describe(`guards and seeding on ${testDb}`, () => {
  it('answers 401 on every route family without a session and 404 for unknown ids', async () => {
    const anon = s.client();
    for (const url of ['/api/laws', '/api/violations', '/api/checklists', '/api/check-items', '/api/check-items/applicable?sector=metallurgy', '/api/check-items/review-inbox', '/api/campaigns', '/api/search?q=粉尘']) {
      expect((await anon.get(url)).statusCode, url).toBe(401);
    }
    for (const url of [`/api/laws/${MISSING_ID}`, `/api/law-versions/${MISSING_ID}/provisions`, `/api/violations/${MISSING_ID}`, `/api/check-items/${MISSING_ID}`, `/api/campaigns/${MISSING_ID}`]) {
      expect((await officer.get(url)).statusCode, url).toBe(404);
    }
    for (const url of ['/api/checklists', '/api/check-items', '/api/campaigns', '/api/violations']) expect((await admin.get(url)).statusCode, url).toBe(403);
  });

  it('does not let a reviewer approve an item they submitted themselves', async () => {
    const roles = (await admin.get('/api/roles')).json() as { id: string; code: string }[];
    const role = (code: string) => roles.find((r) => r.code === code)!.id;
    const created = await admin.post('/api/users', {
      username: 'dualrole', displayName: '双岗', agencyId: stableId('agency:610200'), initialPassword: 'Dual#Role2026',
    });
    expect(created.statusCode).toBe(201);
    // 三员分立: the security administrator grants the roles.
    const granted = await (await s.as('secadmin')).put(`/api/users/${created.json().id}/roles`, { roles: [{ roleId: role('officer'), dataScope: 'agency' }, { roleId: role('legalReviewer'), dataScope: 'agency' }] });
    expect(granted.statusCode).toBe(200);
    const c = s.client();
    await c.login('dualrole', 'Dual#Role2026');
    await c.post('/api/auth/password', { currentPassword: 'Dual#Role2026', newPassword: 'Dual#Role2027x' });
    const item = await c.post('/api/check-items', {
      checklistId: checklist('general'), unitId: unit('general:signs'), code: 'DUAL-01', content: '自审测试', methods: ['onSite'], compliantWording: '是', nonCompliantWording: '否',
      basisProvisionIds: [provision('work-safety-law@2021:41.2')], onSite: { measure: 'correctOnSite' },
    });
    expect(item.statusCode).toBe(201);
    expect((await c.post(`/api/check-items/${item.json().id}/submit`)).json().can.review).toBe(false);
    const self = await c.post(`/api/check-items/${item.json().id}/approve`, {});
    expect(self.statusCode).toBe(409);
    expect(self.json().detail).toBe('不能审核本人提交的检查事项');
  });

  it('seeds idempotently: a second run adds nothing and keeps one row per key', async () => {
    const count = async (t: 'provisions' | 'check_items' | 'search_documents' | 'discretion_tiers') => Number((await s.deps.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await Promise.all([count('provisions'), count('check_items'), count('search_documents'), count('discretion_tiers')]);
    expect(await seedReference(s.deps.db, s.clock)).toBe(0);
    expect(await Promise.all([count('provisions'), count('check_items'), count('search_documents'), count('discretion_tiers')])).toEqual(before);
  });
});
