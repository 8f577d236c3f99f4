import { sm2Sign, sm2Verify, sm3Hex, withoutSystemOwned } from '@zhifa/documents';
import { demoAccounts, demoImages, fixtures } from '@zhifa/documents/fixtures/index';
import { docxText, normalise, pdfText } from '@zhifa/documents/test-support/pdf-text';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingKeyFor } from '../src/modules/document/signing-keys';
import { systemActor } from '../src/platform/audit/audit';
import { makeCtx } from '../src/platform/http/context';
import { LocalFileStore } from '../src/platform/files/file-store';
import { stableId } from '../src/platform/stable-id';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let officer1: TestClient;
let chief: TestClient;
let director: TestClient;
let legal: TestClient;
let dongming: string;
const OFFICER_1 = stableId('officer:61020019001'); // 王建国 (officer1)
const OFFICER_2 = stableId('officer:61020019002'); // 刘思远 (officer2)
const EXPIRED = stableId('officer:61020019008'); // 贺文静, certificate valid to 2025-12-31
const CITY = stableId('agency:610200');
const PROVINCE = stableId('agency:610000');

/** The sample fields of a type; a 责令限期整改指令书's deadlines moved after today (a deadline before the issue date is refused). */
const fieldsOf = (code: string) => {
  const f = withoutSystemOwned(code, structuredClone(fixtures[code]!.input.fields) as Record<string, unknown>);
  if (code === 'rectification-order') for (const p of f.problems as { deadline?: string }[]) if (p.deadline) p.deadline = inDays(p.deadline === '2020-07-03' ? 30 : 45);
  return f;
};
const inDays = (n: number) => new Date(s.clock.now().getTime() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
const tokenOf = (url: string) => url.split('/').pop()!;
const text = (pdf: Buffer) => normalise(pdfText(pdf));

async function draft(c: TestClient, typeCode: string, extra: Record<string, unknown> = {}) {
  const res = await c.post('/api/documents', { typeCode, enterpriseId: dongming, officerIds: [OFFICER_1, OFFICER_2], fields: fieldsOf(typeCode), ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; problems: unknown[]; status: string };
}

/**
 * The sample fields cite provisions the law library does not hold (or 2014 article numbers): issue
 * 8 blocks issue until each such citation is corrected or a reason is recorded. Record reasons.
 */
async function acceptCitations(c: TestClient, id: string) {
  const check = (await c.get(`/api/documents/${id}/citations`)).json() as { items: { path: string; resolved: boolean }[] };
  const open = check.items.filter((i) => !i.resolved);
  if (open.length) expect((await c.request('PUT', `/api/documents/${id}/citations`, { reasons: Object.fromEntries(open.map((i) => [i.path, '样例数据，测试用'])) })).statusCode).toBe(200);
}

async function issue(c: TestClient, id: string, body: Record<string, unknown> = {}) {
  await acceptCitations(c, id);
  const res = await c.post(`/api/documents/${id}/issue`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; number: string; status: string; pdfSm3: string; verifyUrl: string; versions: { id: string; status: string }[] };
}

/** Submit as the drafter, approve as the chief (the seeded chain for 责令限期整改指令书). */
async function approve(id: string) {
  const sub = await officer1.post(`/api/documents/${id}/submit`, {});
  expect(sub.statusCode, sub.body).toBe(200);
  expect(sub.json().status).toBe('pendingApproval');
  const approvalId = sub.json().approvalId as string;
  const ok = await chief.post(`/api/approvals/${approvalId}/approve`, { opinion: '同意签发' });
  expect(ok.statusCode, ok.body).toBe(200);
  return approvalId;
}

function multipart(field: string, filename: string, type: string, bytes: Buffer) {
  const boundary = '----zhifa' + Math.random().toString(16).slice(2);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`);
  return { payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(c: TestClient, url: string, bytes: Buffer, type = 'image/png', name = 'file.png') {
  const m = multipart('file', name, type, bytes);
  return c.request('POST', url, m.payload, m.headers);
}

beforeAll(async () => {
  s = await startTestServer();
  [officer1, chief, director, legal] = await Promise.all([s.as('officer1'), s.as('chief'), s.as('director'), s.as('legal')]);
  const ents = (await officer1.get(`/api/enterprises?q=${encodeURIComponent('陕西东铭车辆系统股份有限公司')}`)).json() as { items: { id: string }[] };
  dongming = ents.items[0]!.id;
});
afterAll(async () => s?.close());

describe(`documents on ${testDb}: access`, () => {
  it('answers 401 without a session, 403 without the permission (audited), 404 outside the data scope', async () => {
    expect((await s.client().get('/api/documents')).statusCode).toBe(401);
    const admin = await s.as('admin');
    expect((await admin.get('/api/documents')).statusCode).toBe(403);
    const denied = await officer1.post('/api/document-types', { code: 'x-notice', name: '测试通知书', numberCode: '测', kind: 'served', seal: 'enforcementSeal' });
    expect(denied.statusCode).toBe(403);
    const [row] = await lastAudit(s, 1);
    expect(row).toMatchObject({ action: 'access.denied', result: 'denied', object_id: 'POST /api/document-types' });

    const d = await draft(officer1, 'inquiry-notice');
    const district = await s.as('wy_officer1');
    expect((await district.get(`/api/documents/${d.id}`)).statusCode).toBe(404);
    expect((await district.get(`/api/documents/${d.id}/pdf`)).statusCode).toBe(404);
    expect((await (await s.as('officer2')).get(`/api/documents/${d.id}`)).statusCode).toBe(200);
  });

  it('validates drafts with Chinese messages naming the field', async () => {
    const res = await officer1.post('/api/documents', { typeCode: 'inquiry-notice', officerIds: [OFFICER_1, OFFICER_2, stableId('officer:61020019004')], fields: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({ path: 'body.officerIds', message: expect.stringMatching(/最多显示两名执法人员/) });
    const unknown = await officer1.post('/api/documents', { typeCode: 'no-such-type', fields: {} });
    expect(unknown.json().errors[0]).toEqual({ path: 'body.typeCode', message: '文书类型：“no-such-type”不存在' });
    const incomplete = await draft(officer1, 'inquiry-notice', { fields: {} });
    const issued = await officer1.post(`/api/documents/${incomplete.id}/issue`, {});
    expect(issued.statusCode).toBe(400);
    const paths = (issued.json().errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.fields.matter', 'body.fields.place']));
  });
});

describe(`documents on ${testDb}: types and templates`, () => {
  it('holds the document types as data, with the "other" category for internal needs', async () => {
    const types = (await officer1.get('/api/document-types')).json() as { code: string; category: string; numberCode: string; kind: string; seal: string; hasRemedies: boolean; status: string; templateVersions: string[] }[];
    expect(types.length).toBeGreaterThanOrEqual(58);
    expect(types.find((t) => t.code === 'matter-approval')).toMatchObject({ category: 'other', kind: 'internal', status: 'active' });
    expect(types.find((t) => t.code === 'rectification-order')).toMatchObject({ numberCode: '责改', kind: 'served', seal: 'enforcementSeal', hasRemedies: true, templateVersions: ['2020.1'] });
  });

  it('activates a new external type only after the legal department approved it and it was filed one level up (Q6)', async () => {
    const internal = await director.post('/api/document-types', { code: 'local-internal', name: '内部审批单', numberCode: '内', kind: 'internal', seal: 'none' });
    expect(internal.json().errors[0]).toEqual({ path: 'body.kind', message: expect.stringMatching(/行政执法有关事项审批表/) });
    const created = await director.post('/api/document-types', { code: 'rectification-delay-notice', name: '整改复查延期通知书', numberCode: '延通', kind: 'served', seal: 'enforcementSeal', note: '疫情期间不能按期复查时告知企业' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', builtin: false, ownerAgencyName: '铜川市应急管理局' });
    const early = await director.post('/api/document-types/rectification-delay-notice/activate', {});
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe('新增的对外文书须先法制机构审核同意并报上一级应急管理部门备案，才能启用（问题解释第6条）');
    expect((await director.post('/api/document-types/rectification-delay-notice/filing', { filedOn: '2026-11-20', upperAgencyId: PROVINCE, reference: '铜应急函〔2026〕1号' })).statusCode).toBe(409);

    const submitted = await director.post('/api/document-types/rectification-delay-notice/legal-review', {});
    expect(submitted.json()).toMatchObject({ status: 'legalReview' });
    const approvalId = submitted.json().legalApprovalId as string;
    const view = await legal.get(`/api/approvals/${approvalId}`);
    expect(view.json().object.title).toBe('新增文书类型：整改复查延期通知书');
    expect((await legal.post(`/api/approvals/${approvalId}/approve`, { opinion: '符合法律规定，同意新增' })).statusCode).toBe(200);
    expect((await director.get('/api/document-types/rectification-delay-notice')).json()).toMatchObject({ status: 'legalApproved' });

    const notFiled = await director.post('/api/document-types/rectification-delay-notice/activate', {});
    expect(notFiled.json().detail).toMatch(/须先报上一级应急管理部门备案/);
    const wrongUpper = await director.post('/api/document-types/rectification-delay-notice/filing', { filedOn: toChina(s.clock.now()), upperAgencyId: stableId('agency:610202'), reference: '铜应急函〔2026〕1号' });
    expect(wrongUpper.json().errors[0]).toEqual({ path: 'body.upperAgencyId', message: '备案机关：应为上一级应急管理部门（陕西省应急管理厅）' });
    const filed = await director.post('/api/document-types/rectification-delay-notice/filing', { filedOn: toChina(s.clock.now()), upperAgencyId: PROVINCE, reference: '铜应急函〔2026〕1号' });
    expect(filed.json().filing).toMatchObject({ upperAgencyName: '陕西省应急管理厅', reference: '铜应急函〔2026〕1号' });
    const active = await director.post('/api/document-types/rectification-delay-notice/activate', {});
    expect(active.json()).toMatchObject({ status: 'active' });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.type.activate', actor_role: '局领导' });
    // A type is data; its layout is a template module in @zhifa/documents, which this one does not have yet.
    const noTemplate = await officer1.post('/api/documents', { typeCode: 'rectification-delay-notice', fields: {} });
    expect(noTemplate.statusCode).toBe(409);
  });

  it('knows the template versions, the version each agency uses from which day, and previews a template', async () => {
    const info = (await officer1.get('/api/document-types/penalty-notice/templates')).json();
    expect(info.versions.map((v: { version: string }) => v.version)).toEqual(['2020.1', '2021.1']);
    expect(info.settings.filter((x: { agencyId: string }) => x.agencyId === CITY).map((x: { version: string; effectiveFrom: string }) => `${x.version}@${x.effectiveFrom}`)).toEqual(['2020.1@2020-01-01', '2021.1@2021-07-15']);
    expect(info.inForce).toEqual({ version: '2021.1', effectiveFrom: '2021-07-15' });
    expect(info).not.toHaveProperty('exampleFields'); // sample data is for the preview only (issue 8)
    const bad = await director.put('/api/document-template-settings', { agencyId: CITY, typeCode: 'penalty-notice', version: '9.9', effectiveFrom: '2026-01-01' });
    expect(bad.json().errors[0]).toEqual({ path: 'body.version', message: '模板版本：没有 9.9 版（现有：2020.1、2021.1）' });
    const preview = await officer1.get('/api/document-types/rectification-order/templates/2020.1/preview');
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('application/pdf');
    expect(text(preview.rawPayload)).toContain('责令限期整改指令书');
  });

  it('re-renders an issued document with the template version it was issued with, after the agency switched versions', async () => {
    const d = await draft(officer1, 'penalty-notice', { officerIds: [] });
    const issued = await issue(officer1, d.id);
    expect((await officer1.get(`/api/documents/${d.id}`)).json().templateVersion).toBe('2021.1');
    const today = toChina(s.clock.now());
    const set = await director.put('/api/document-template-settings', { agencyId: CITY, typeCode: 'penalty-notice', version: '2020.1', effectiveFrom: today });
    expect(set.json().inForce).toEqual({ version: '2020.1', effectiveFrom: today });
    const check = await director.post(`/api/documents/${d.id}/rerender-check`, {});
    expect(check.json()).toEqual({ identical: true, templateVersion: '2021.1', storedSm3: issued.pdfSm3, renderedSm3: issued.pdfSm3 });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.rerender.check', result: 'success' });
    await director.put('/api/document-template-settings', { agencyId: CITY, typeCode: 'penalty-notice', version: '2021.1', effectiveFrom: today });
  });

  it('generates an agency’s SM2 key pair on first use, once, with the private key sealed at rest', async () => {
    const ctx = makeCtx(s.deps, { requestId: 'test', ip: null, userAgent: null }, null, { all: true }, systemActor);
    const [a, b] = await Promise.all([signingKeyFor(ctx, PROVINCE), signingKeyFor(ctx, PROVINCE)]);
    expect(a.id).toBe(b.id);
    const row = await s.deps.db.selectFrom('document_signing_keys').selectAll().where('agency_id', '=', PROVINCE).execute();
    expect(row).toHaveLength(1);
    expect(row[0]!.private_key_sealed).toMatch(/^v1\./);
    expect(row[0]!.private_key_sealed).not.toContain(a.pair.privateKey);
    const data = Buffer.from('铜应急责改');
    expect(sm2Verify(data, sm2Sign(data, a.pair), row[0]!.public_key)).toBe(true);
    const created = await s.deps.db.selectFrom('audit_log').select('action').where('action', '=', 'document.signingKey.create').where('object_id', '=', PROVINCE).execute();
    expect(created).toHaveLength(1);
  });

  it('accepts seal images only as PNG within the size limit, from the document administrator', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x40, 0x00, 0x50, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9]);
    const wrong = await upload(director, `/api/document-seals?agencyId=${CITY}&kind=enforcementSeal`, jpeg, 'image/png');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toEqual({ path: 'body.file', message: '印章图片：只接受 PNG 格式（收到的是 JPEG）' });
    const big = await upload(director, `/api/document-seals?agencyId=${CITY}&kind=enforcementSeal`, Buffer.concat([demoImages.enforcementSeal, Buffer.alloc(1_100_000)]));
    expect(big.json().errors[0].message).toMatch(/印章图片：不能超过 1024 KB/);
    expect((await upload(officer1, `/api/document-seals?agencyId=${CITY}&kind=enforcementSeal`, demoImages.enforcementSeal)).statusCode).toBe(403);
    const ok = await upload(director, `/api/document-seals?agencyId=${CITY}&kind=enforcementSeal`, demoImages.enforcementSeal);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().filter((x: { kind: string; active: boolean }) => x.kind === 'enforcementSeal' && x.active)).toHaveLength(1);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.seal.upload' });
  });
});

describe(`documents on ${testDb}: lifecycle`, () => {
  let order: Awaited<ReturnType<typeof issue>>;
  let firstPdf: Buffer;

  it('issues a 责令限期整改指令书 after approval: number, frozen PDF with party and key fields, SM2 signature', async () => {
    const d = await draft(officer1, 'rectification-order');
    expect(d.problems).toEqual([]);
    const direct = await officer1.post(`/api/documents/${d.id}/issue`, {});
    expect(direct.statusCode).toBe(409);
    expect(direct.json().detail).toBe('该文书须经审批后签发，请先提交审批');
    await approve(d.id);
    order = await issue(officer1, d.id);
    expect(order.number).toBe(`铜应急责改〔${new Date(s.clock.now().getTime() + 8 * 3600_000).getUTCFullYear()}〕1号`);
    expect(order.status).toBe('issued');
    const pdf = await officer1.get(`/api/documents/${d.id}/pdf?disposition=inline`);
    expect(pdf.headers['content-disposition']).toMatch(/^inline;/);
    firstPdf = pdf.rawPayload;
    expect(sm3Hex(firstPdf)).toBe(order.pdfSm3);
    const t = text(firstPdf);
    for (const want of [order.number, '陕西东铭车辆系统股份有限公司', '涂装车间调漆间内防爆电气设备接线盒盖板缺失', '第1、2、8项问题立即整改', '61020019001', '61020019002', '扫码核验文书真伪']) expect(t).toContain(normalise(want));
    const docx = await officer1.get(`/api/documents/${d.id}/docx`);
    expect(normalise(docxText(docx.rawPayload))).toContain(normalise(order.number));
    const [row] = await lastAudit(s, 2);
    expect(row).toMatchObject({ action: 'document.docx.download' });
    const issued = await s.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'document.issue').where('object_id', '=', d.id).executeTakeFirstOrThrow();
    expect(JSON.parse(issued.detail!)).toMatchObject({ number: order.number, sm3: order.pdfSm3, templateVersion: '2020.1' });
  });

  it('keeps the party as it was at issuance, and re-renders byte-identical with the issued template version', async () => {
    const before = (await officer1.get(`/api/documents/${order.id}`)).json().party;
    const changed = await officer1.patch(`/api/enterprises/${dongming}`, { legalRepresentative: '新任法人' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await officer1.get(`/api/documents/${order.id}`)).json().party).toEqual(before);
    const check = await director.post(`/api/documents/${order.id}/rerender-check`, {});
    expect(check.json()).toMatchObject({ identical: true, templateVersion: '2020.1', storedSm3: order.pdfSm3 });
  });

  it('refuses to edit an issued document (409); a correction is a new version and the old bytes stay identical', async () => {
    const edit = await officer1.patch(`/api/documents/${order.id}`, { fields: fieldsOf('rectification-order') });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toMatch(/^文书已签发，不能修改；如需更正/);
    const noReason = await officer1.post(`/api/documents/${order.id}/corrections`, { reason: '' });
    expect(noReason.json().errors[0].path).toBe('body.reason');
    const corr = await officer1.post(`/api/documents/${order.id}/corrections`, { reason: '第3项整改期限有误' });
    expect(corr.statusCode, corr.body).toBe(201);
    const v2 = corr.json() as { id: string; versionNo: number; status: string };
    expect(v2).toMatchObject({ versionNo: 2, status: 'draft' });
    expect((await officer1.post(`/api/documents/${order.id}/corrections`, { reason: '再次更正' })).statusCode).toBe(409);
    const fields = fieldsOf('rectification-order') as { problems: { deadline?: string }[] };
    fields.problems[2]!.deadline = inDays(60);
    expect((await officer1.patch(`/api/documents/${v2.id}`, { fields })).statusCode).toBe(200);
    await approve(v2.id);
    const issued2 = await issue(officer1, v2.id);
    expect(issued2.number).toBe(order.number);
    expect(issued2.versions.map((v) => v.status)).toEqual(['corrected', 'issued']);
    const old = await officer1.get(`/api/documents/${order.id}/pdf`);
    expect(old.rawPayload.equals(firstPdf)).toBe(true);
    expect(sm3Hex(old.rawPayload)).toBe(order.pdfSm3);
    const [y, m, day] = inDays(60).split('-').map(Number);
    expect(text((await officer1.get(`/api/documents/${v2.id}/pdf`)).rawPayload)).toContain(`${y}年${m}月${day}日`);
    // The old QR code now says 已更正 and points to the current version.
    const v1 = (await s.client().get(`/api/public/verify/${tokenOf(order.verifyUrl)}`)).json();
    expect(v1).toMatchObject({ status: 'corrected', statusLabel: '已更正', currentToken: tokenOf(issued2.verifyUrl), correctionReason: '第3项整改期限有误' });
    expect((await s.client().get(`/api/public/verify/${tokenOf(issued2.verifyUrl)}`)).json()).toMatchObject({ status: 'valid', number: order.number });
    const ledger = (await officer1.get(`/api/numbering/ledger?typeCode=rectification-order`)).json();
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]).toMatchObject({ number: order.number, status: 'issued', documentId: v2.id });
  });

  it('voids a document; its number stays in the ledger with the reason and the QR code says 已作废', async () => {
    const d = await draft(officer1, 'inquiry-notice');
    const issued = await issue(officer1, d.id);
    const voided = await officer1.post(`/api/documents/${d.id}/void`, { reason: '当事人名称录入错误，重新制作' });
    expect(voided.json()).toMatchObject({ status: 'voided', voidReason: '当事人名称录入错误，重新制作' });
    const ledger = (await officer1.get(`/api/numbering/ledger?status=voided`)).json();
    expect(ledger.items[0]).toMatchObject({ number: issued.number, status: 'voided', voidReason: '当事人名称录入错误，重新制作', voidedByName: '王建国' });
    expect((await s.client().get(`/api/public/verify/${tokenOf(issued.verifyUrl)}`)).json()).toMatchObject({ status: 'voided', statusLabel: '已作废' });
    expect((await lastAudit(s, 2)).map((r) => r.action)).toContain('document.void');
  });

  it('checks at issuance that the officers may sign (valid certificate) — the registry rule', async () => {
    const d = await draft(officer1, 'inquiry-notice', { officerIds: [OFFICER_1, EXPIRED] });
    const res = await officer1.post(`/api/documents/${d.id}/issue`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({ path: 'body.officerIds.1', message: expect.stringMatching(/^执法人员：执法证（61020019008）已于 2025-12-31 过期/) });
  });

  it('lists on a penalty decision the payment accounts chosen from the configured ones (Q4)', async () => {
    const accounts = (await officer1.get('/api/payment-accounts')).json() as { id: string; bank: string }[];
    expect(accounts.map((a) => a.bank)).toEqual(demoAccounts.map((a) => a.bank));
    const fields = fieldsOf('penalty-decision-unit');
    delete fields.paymentAccounts;
    const bad = await officer1.post('/api/documents', { typeCode: 'penalty-decision-unit', enterpriseId: dongming, fields, paymentAccountIds: [stableId('nope')] });
    expect(bad.json().errors[0]).toEqual({ path: 'body.paymentAccountIds.0', message: '缴款账户：应从本机关配置的在用账户中选择（问题解释第4条）' });
    const none = await draft(officer1, 'penalty-decision-unit', { officerIds: [], fields });
    expect((none.problems as { path: string }[]).map((p) => p.path)).toContain('body.fields.paymentAccounts');
    const d = await draft(officer1, 'penalty-decision-unit', { officerIds: [], fields, paymentAccountIds: [accounts[1]!.id] });
    // 行政处罚法第五十七条: issued only after the agency head's approval (科室负责人 → 法制审核 → 分管领导).
    const approvalId = (await officer1.post(`/api/documents/${d.id}/submit`, {})).json().approvalId as string;
    for (const c of [chief, legal, await s.as('leader')]) expect((await c.post(`/api/approvals/${approvalId}/approve`, { opinion: '同意' })).statusCode).toBe(200);
    const issued = await issue(officer1, d.id);
    const t = text((await officer1.get(`/api/documents/${d.id}/pdf`)).rawPayload);
    expect(t).toContain(normalise(accounts[1]!.bank));
    expect(t).not.toContain(normalise(accounts[0]!.bank));
    expect(issued.number).toMatch(/^铜应急罚〔\d{4}〕1号$/);
  });
});

describe(`documents on ${testDb}: service (送达)`, () => {
  let docId: string;
  const now = () => new Date(s.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 16);

  beforeAll(async () => {
    const d = await draft(officer1, 'on-site-measure-decision');
    docId = (await issue(officer1, d.id)).id;
  });

  it('refuses electronic service without the party’s recorded consent (400) and 留置 without a witness', async () => {
    const base = { servedAt: now(), recipient: '陕西东铭车辆系统股份有限公司', place: '公司办公楼' };
    const e = await officer1.post(`/api/documents/${docId}/services`, { ...base, method: 'electronic' });
    expect(e.statusCode).toBe(400);
    expect(e.json().errors[0]).toEqual({ path: 'body.method', message: expect.stringMatching(/^送达方式：电子送达须经受送达人同意/) });
    const left = await officer1.post(`/api/documents/${docId}/services`, { ...base, method: 'left' });
    expect(left.json().errors[0].path).toBe('body.witnessName');
    const invented = await officer1.post(`/api/documents/${docId}/services`, { ...base, method: 'wechat' });
    expect(invented.json().errors[0]).toMatchObject({ path: 'body.method', message: expect.stringMatching(/不得创设其他方式/) });
    const onDraft = await draft(officer1, 'inquiry-notice');
    expect((await officer1.post(`/api/documents/${onDraft.id}/services`, { ...base, method: 'direct' })).statusCode).toBe(409);
  });

  it('records a direct service with the receipt photo and the recipient’s signature, and generates the 送达回执', async () => {
    const photo = await upload(officer1, '/api/document-files?kind=receipt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x01, 0x00, 0x01, 0x40, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9]), 'image/jpeg', 'receipt.jpg');
    expect(photo.statusCode, photo.body).toBe(201);
    const sig = await upload(officer1, '/api/document-files?kind=signature', demoImages.partySignature);
    const res = await officer1.post(`/api/documents/${docId}/services`, {
      method: 'direct', servedAt: now(), recipient: '陕西东铭车辆系统股份有限公司', place: '公司办公楼三楼',
      signerName: '周晓明', signerCapacity: 'authorisedAgent', receiptFileId: photo.json().id, recipientSignatureFileId: sig.json().id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const detail = res.json();
    expect(detail.status).toBe('served');
    expect(detail.services[0]).toMatchObject({ method: 'direct', receiptFileId: photo.json().id, receiptNumber: expect.stringMatching(/^铜应急回〔\d{4}〕1号$/) });
    expect(detail.deadlines[0]).toMatchObject({ key: 'service.absentDelivery', met: true, verified: false });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.serve', object_id: docId });
    const receipt = text((await officer1.get(`/api/documents/${detail.services[0].receiptDocumentId}/pdf`)).rawPayload);
    expect(receipt).toContain('文书送达回执');
    expect(receipt).toContain('直接送达');
    expect(receipt).toContain(normalise(detail.number));
    // The natural person who signed, in their capacity; the company's name is the party, not the signer (issue 8).
    expect(receipt).toContain('周晓明');
    expect(receipt).toContain('授权委托人');
    const bad = await officer1.post(`/api/documents/${docId}/services`, { method: 'direct', servedAt: now(), recipient: '陕西东铭车辆系统股份有限公司', place: '公司办公楼三楼', signerName: '周晓明', signerCapacity: 'boss', receiptFileId: photo.json().id });
    expect(bad.json().errors[0]).toMatchObject({ path: 'body.signerCapacity', message: expect.stringMatching(/^签收人身份/) });
  });

  it('serves electronically once the party’s consent is recorded', async () => {
    const consent = await officer1.post('/api/service-consents', { enterpriseId: dongming, partyName: '陕西东铭车辆系统股份有限公司', channel: 'email', address: 'safety@dongming.example', signedOn: now().slice(0, 10) });
    expect(consent.statusCode, consent.body).toBe(201);
    const res = await officer1.post(`/api/documents/${docId}/services`, { method: 'electronic', servedAt: now(), recipient: '陕西东铭车辆系统股份有限公司', place: 'safety@dongming.example' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().services.map((x: { method: string }) => x.method)).toEqual(['direct', 'electronic']);
  });
});

describe(`documents on ${testDb}: public verification`, () => {
  let issued: Awaited<ReturnType<typeof issue>>;
  let pdf: Buffer;
  beforeAll(async () => {
    const d = await draft(officer1, 'inquiry-notice', { enterpriseId: null, party: { kind: 'individual', name: '孙海峰', idNumber: '610202198204120015' } });
    issued = await issue(officer1, d.id);
    pdf = (await officer1.get(`/api/documents/${d.id}/pdf`)).rawPayload;
  });

  it('shows number, agency, date, status and SM3 with the party masked; the signature verifies', async () => {
    const res = await s.client().get(`/api/public/verify/${tokenOf(issued.verifyUrl)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ number: issued.number, agencyName: '铜川市应急管理局', status: 'valid', statusLabel: '有效', sm3: issued.pdfSm3, party: '孙**', signatureValid: true, signatureAlgorithm: 'SM2-with-SM3' });
    expect(res.json()).toMatchObject({ partyKind: 'individual', partyIdNumber: '**************0015' });
    expect(res.body).not.toContain('610202198204120015');
    expect(res.body).not.toContain('海峰');
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.verify.lookup', result: 'success', actor_id: null, object_id: issued.id });
  });

  it('shows an organisation’s full name (public), with no ID number', async () => {
    const d = await draft(officer1, 'inquiry-notice');
    const unit = await issue(officer1, d.id);
    const res = await s.client().get(`/api/public/verify/${tokenOf(unit.verifyUrl)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ party: '陕西东铭车辆系统股份有限公司', partyKind: 'organization', partyIdNumber: null });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.verify.lookup', result: 'success', object_id: unit.id });
  });

  it('answers a tampered or unknown token with the same plain not found', async () => {
    const token = tokenOf(issued.verifyUrl);
    const tampered = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6);
    const a = await s.client().get(`/api/public/verify/${tampered}`);
    const b = await s.client().get('/api/public/verify/0000000000000000ABCDEFGH');
    const c = await s.client().get(`/api/public/verify/${token}AAAA`);
    const d = await s.client().get(`/api/public/verify/${'x'.repeat(300)}`);
    for (const r of [a, b, c, d]) {
      expect(r.statusCode).toBe(404);
      expect(r.json().detail).toBe('未找到该文书，请核对核验码');
    }
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.verify.lookup', result: 'failure' });
  });

  it('says whether an uploaded PDF is byte-identical to the issued one (multipart or base64)', async () => {
    const same = await upload(s.client(), `/api/public/verify/${tokenOf(issued.verifyUrl)}/file`, pdf, 'application/pdf', 'doc.pdf');
    expect(same.json()).toMatchObject({ identical: true, issuedSm3: issued.pdfSm3 });
    const changed = Buffer.from(pdf);
    const at = Math.floor(changed.length / 2);
    changed[at] = changed[at]! ^ 0x01;
    const diff = await s.client().post(`/api/public/verify/${tokenOf(issued.verifyUrl)}/file`, { contentBase64: changed.toString('base64') });
    expect(diff.json()).toMatchObject({ identical: false, issuedSm3: issued.pdfSm3 });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'document.verify.compare', result: 'failure' });
    const empty = await s.client().post(`/api/public/verify/${tokenOf(issued.verifyUrl)}/file`, {});
    expect(empty.statusCode).toBe(400);
  });

  it('notices a stored original changed on disk: no download of wrong bytes, the signature no longer verifies', async () => {
    const d = await draft(officer1, 'inquiry-notice');
    const issuedDoc = await issue(officer1, d.id);
    const row = await s.deps.db.selectFrom('documents').select('pdf_sha256').where('id', '=', d.id).executeTakeFirstOrThrow();
    const path = new LocalFileStore(join(s.dataDir, 'files')).pathOf(row.pdf_sha256!);
    chmodSync(path, 0o640);
    const bytes = readFileSync(path);
    bytes[100] = bytes[100]! ^ 0x01;
    writeFileSync(path, bytes);
    const pdfRes = await officer1.get(`/api/documents/${d.id}/pdf`);
    expect(pdfRes.statusCode).toBe(500);
    expect(pdfRes.json().detail).toMatch(/^文件校验失败/);
    expect((await s.client().get(`/api/public/verify/${tokenOf(issuedDoc.verifyUrl)}`)).json()).toMatchObject({ status: 'valid', signatureValid: false });
  });

  it('rate-limits lookups per client address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 32; i++) codes.push((await s.app.inject({ method: 'GET', url: `/api/public/verify/${tokenOf(issued.verifyUrl)}`, remoteAddress: '10.9.9.9' })).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 200)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});

function toChina(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
