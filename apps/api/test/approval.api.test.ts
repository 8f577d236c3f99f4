import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflict } from '../src/platform/http/errors';
import { matterObjectType } from '../src/modules/approval/matter.service';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
let admin: TestClient;
let director: TestClient;
let officer1: TestClient;
let officer2: TestClient;
let chief: TestClient;
let leader: TestClient;
let legal: TestClient;
let cityId: string;
let units: { id: string; name: string }[];
let roles: { id: string; code: string }[];
const ids: Record<string, string> = {};

type Step = { name: string; roleCode: string; agency?: 'own' | 'parent'; unitMode?: 'any' | 'submitterUnit' | 'unit'; unitId?: string | null; mode?: 'any' | 'all'; remindAfterHours?: number };
const CHIEF: Step = { name: '科室负责人审核', roleCode: 'unitChief', unitMode: 'submitterUnit' };
const LEADER: Step = { name: '分管领导审批', roleCode: 'deputyLeader' };

/** Replaces the city's chain for generic:matter (a new version of it). */
async function setMatterChain(steps: Step[], status: 'active' | 'inactive' = 'active') {
  const [chain] = (await director.get(`/api/approval-chains?agencyId=${cityId}&objectType=generic:matter`)).json() as { id: string }[];
  const res = await director.put(`/api/approval-chains/${chain!.id}`, { name: '通用事项审批', status, steps });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; version: number };
}

async function submitMatter(c: TestClient, title: string, content = '拟对辖区内涉氨制冷企业开展专项检查，请审批。') {
  const res = await c.post('/api/approval-matters', { title, content, submit: true });
  expect(res.statusCode, res.body).toBe(201);
  const m = res.json() as { id: string; approvalId: string; status: string };
  expect(m.status).toBe('pending');
  return m;
}

const detail = async (c: TestClient, id: string) => (await c.get(`/api/approvals/${id}`)).json();
const matterStatus = async (id: string) => (await officer1.get(`/api/approval-matters/${id}`)).json().status as string;

/** A new account in the city with one business role, past its first-login password change. */
async function newUser(username: string, unitName: string, roleCode: string, dataScope: string): Promise<TestClient> {
  const res = await admin.post('/api/users', {
    username, displayName: `测试${username}`, agencyId: cityId, unitId: units.find((u) => u.name === unitName)!.id, initialPassword: 'Initial#2026x',
  });
  expect(res.statusCode, res.body).toBe(201);
  ids[username] = res.json().id;
  // 三员分立: the security administrator grants the role.
  const granted = await (await s.as('secadmin')).put(`/api/users/${res.json().id}/roles`, { roles: [{ roleId: roles.find((r) => r.code === roleCode)!.id, dataScope }] });
  expect(granted.statusCode, granted.body).toBe(200);
  const c = s.client();
  await c.login(username, 'Initial#2026x');
  expect((await c.post('/api/auth/password', { currentPassword: 'Initial#2026x', newPassword: 'Changed#2026y' })).statusCode).toBe(200);
  const again = s.client();
  await again.login(username, 'Changed#2026y');
  return again;
}

/** A second 科室负责人 in 市安监支队 (co-sign and any-mode pools), created on first use. */
let chief2Client: TestClient | null = null;
async function chief2(): Promise<TestClient> {
  chief2Client ??= await newUser('chief2', '市安监支队', 'unitChief', 'agency');
  return chief2Client;
}

beforeAll(async () => {
  s = await startTestServer();
  [admin, director, officer1, officer2, chief, leader, legal] = (await Promise.all(['admin', 'director', 'officer1', 'officer2', 'chief', 'leader', 'legal'].map((u) => s.as(u)))) as TestClient[] as [TestClient, TestClient, TestClient, TestClient, TestClient, TestClient, TestClient];
  const agencies = (await admin.get('/api/agencies')).json() as { id: string; name: string }[];
  cityId = agencies.find((a) => a.name === '铜川市应急管理局')!.id;
  units = (await admin.get(`/api/agencies/${cityId}/units`)).json();
  roles = (await admin.get('/api/roles')).json();
  for (const [u, c] of Object.entries({ officer1, officer2, chief, leader, legal, director })) ids[u] = (await c.get('/api/auth/me')).json().id;
});
afterAll(async () => s?.close());

describe(`approval engine on ${testDb}`, () => {
  it('seeds default chains for the pilot city and districts, and lists the object types', async () => {
    const list = (await director.get('/api/approval-chains')).json() as { agencyName: string; objectType: string; steps: { roleName: string }[] }[];
    const city = list.filter((c) => c.agencyName === '铜川市应急管理局');
    expect(city.find((c) => c.objectType === 'document:case-filing-approval')!.steps.map((x) => x.roleName)).toEqual(['科室负责人', '分管领导']);
    expect(city.find((c) => c.objectType === 'penaltyDecision')!.steps.map((x) => x.roleName)).toEqual(['科室负责人', '法制审核员', '分管领导']);
    expect(city.find((c) => c.objectType === 'document:rectification-order')!.steps.map((x) => x.roleName)).toEqual(['科室负责人']);
    expect(new Set(list.map((c) => c.agencyName))).toEqual(new Set(['铜川市应急管理局', '王益区应急管理局', '印台区应急管理局', '耀州区应急管理局', '宜君县应急管理局', '新区应急管理局']));
    const types = (await officer1.get('/api/approval-object-types')).json() as { type: string; label: string; registered: boolean }[];
    expect(types.find((t) => t.type === 'generic:matter')).toEqual({ type: 'generic:matter', label: '通用事项审批', registered: true });
    expect(types.find((t) => t.type === 'document:rectification-order')).toMatchObject({ label: '责令限期整改指令书' });
  });

  it('approves through a two-step chain: inboxes, history, hook, notification and audit rows', async () => {
    const chain = await setMatterChain([CHIEF, LEADER]);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'approval.chain.update', object_id: chain.id, actor_role: '局领导' });
    const m = await submitMatter(officer1, '关于开展涉氨制冷企业专项检查的请示');
    const [submitAudit] = await lastAudit(s, 2).then((r) => r.filter((x) => x.action === 'approval.instance.submit'));
    expect(submitAudit).toMatchObject({ object_type: 'approvalInstance', object_id: m.approvalId });

    const todo = (await chief.get('/api/approvals?box=todo')).json();
    expect(todo.items.map((i: { id: string }) => i.id)).toContain(m.approvalId);
    expect(todo.items.find((i: { id: string }) => i.id === m.approvalId)).toMatchObject({ objectTypeLabel: '通用事项审批', currentStepName: '科室负责人审核', submitterName: '王建国', overdue: false });
    expect((await chief.get('/api/approvals/counts')).json().todo).toBeGreaterThanOrEqual(1);
    // the second step's approver sees nothing before the step reaches them
    expect((await leader.get(`/api/approvals/${m.approvalId}`)).statusCode).toBe(404);

    const d1 = await chief.post(`/api/approvals/${m.approvalId}/approve`, { opinion: '同意，请分管领导审批' });
    expect(d1.statusCode, d1.body).toBe(200);
    expect(d1.json()).toMatchObject({ status: 'pending', currentStep: 1, currentStepName: '分管领导审批' });
    expect(d1.json().steps.map((x: { state: string }) => x.state)).toEqual(['done', 'current']);
    const twice = await chief.post(`/api/approvals/${m.approvalId}/approve`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe('您已签署过审批意见，不能重复审批（该审批现处于第 2 步“分管领导审批”）');

    const d2 = (await leader.post(`/api/approvals/${m.approvalId}/approve`, {})).json();
    expect(d2).toMatchObject({ status: 'approved', currentStep: null, finishedAt: expect.any(String) });
    expect(d2.history.map((h: { action: string; actorRole: string; opinion: string | null }) => [h.action, h.actorRole, h.opinion])).toEqual([
      ['submit', '执法人员', expect.any(String)],
      ['approve', '科室负责人', '同意，请分管领导审批'],
      ['approve', '分管领导', '同意'],
    ]);
    expect(await matterStatus(m.id)).toBe('approved');
    const after = await leader.post(`/api/approvals/${m.approvalId}/approve`, {});
    expect(after.statusCode).toBe(409);
    expect(after.json().detail).toBe('该审批已结束（已批准），不能再审批');

    const mine = (await officer1.get('/api/approvals?box=mine&status=approved')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(m.approvalId);
    const done = (await chief.get('/api/approvals?box=done')).json();
    expect(done.items.map((i: { id: string }) => i.id)).toContain(m.approvalId);
    expect((await chief.get('/api/approvals?box=todo')).json().items.map((i: { id: string }) => i.id)).not.toContain(m.approvalId);
    const notices = (await officer1.get('/api/notifications')).json();
    expect(notices.items[0]).toMatchObject({ kind: 'approval.result', title: '“关于开展涉氨制冷企业专项检查的请示”已批准', link: `/approvals/${m.approvalId}`, readAt: null });
    const audits = (await lastAudit(s, 3)).map((r) => r.action);
    expect(audits).toContain('approval.instance.approve');
    const row = (await lastAudit(s, 3)).find((r) => r.action === 'approval.instance.approve')!;
    expect(row).toMatchObject({ object_id: m.approvalId, actor_role: '分管领导' });
    expect(JSON.parse(row.detail!)).toMatchObject({ status: 'approved', step: 1, objectType: 'generic:matter' });
  });

  it('returns to step 1 and to the submitter; the submitter completes and resubmits', async () => {
    await setMatterChain([CHIEF, LEADER]);
    const m = await submitMatter(officer1, '关于调整检查计划的请示');
    const id = m.approvalId;
    const later = await chief.post(`/api/approvals/${id}/return`, { toStep: 1, reason: '退回到后面' });
    expect(later.statusCode).toBe(409);
    expect(later.json().detail).toBe('只能退回到当前步骤（第 1 步“科室负责人审核”）之前的步骤或退回提交人');
    await chief.post(`/api/approvals/${id}/approve`, {});
    const back = await leader.post(`/api/approvals/${id}/return`, { toStep: 0, reason: '请科室再核实检查对象名单' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'pending', currentStep: 0 });
    expect(await matterStatus(m.id)).toBe('pending');
    // the leader still reads it (an assignee of a past step) but can no longer act
    expect((await leader.get(`/api/approvals/${id}`)).json().my).toMatchObject({ canApprove: false, canReturn: false });
    expect((await chief.get('/api/approvals?box=todo')).json().items.map((i: { id: string }) => i.id)).toContain(id);

    const toSubmitter = await chief.post(`/api/approvals/${id}/return`, { toStep: null, reason: '请补充检查对象清单' });
    expect(toSubmitter.json()).toMatchObject({ status: 'returned', currentStep: null });
    expect(await matterStatus(m.id)).toBe('returned');
    expect((await chief.post(`/api/approvals/${id}/approve`, {})).json().detail).toBe('该审批已退回提交人补正，等待重新提交，不能审批');
    expect((await officer1.get('/api/approvals/counts')).json().returned).toBeGreaterThanOrEqual(1);
    expect((await officer1.get(`/api/approvals/${id}`)).json().my).toMatchObject({ canResubmit: true, canWithdraw: true, canApprove: false });

    const patched = await officer1.patch(`/api/approval-matters/${m.id}`, { content: '已补充检查对象清单（共 12 家）。' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await chief.post(`/api/approvals/${id}/resubmit`, {})).statusCode).toBe(403);
    const re = await officer1.post(`/api/approvals/${id}/resubmit`, { note: '已按要求补充' });
    expect(re.json()).toMatchObject({ status: 'pending', currentStep: 0 });
    expect(await matterStatus(m.id)).toBe('pending');
    await chief.post(`/api/approvals/${id}/approve`, {});
    const final = (await leader.post(`/api/approvals/${id}/approve`, {})).json();
    expect(final.status).toBe('approved');
    expect(final.object.fields.find((f: { label: string }) => f.label === '事项内容').value).toBe('已补充检查对象清单（共 12 家）。');
    expect(final.history.map((h: { action: string; toStep: number | null }) => `${h.action}${h.action === 'return' ? `→${h.toStep ?? '提交人'}` : ''}`)).toEqual(['submit', 'approve', 'return→0', 'return→提交人', 'resubmit', 'approve', 'approve']);
    const audits = await s.deps.db.selectFrom('audit_log').select('action').where('object_id', '=', id).orderBy('seq').execute();
    expect(audits.map((a) => a.action)).toEqual(['approval.instance.submit', 'approval.instance.approve', 'approval.instance.return', 'approval.instance.return', 'approval.instance.resubmit', 'approval.instance.approve', 'approval.instance.approve']);
  });

  it('rejects: the owning module hook runs inside the action transaction', async () => {
    await setMatterChain([CHIEF, LEADER]);
    const m = await submitMatter(officer1, '关于某企业延期整改的请示');
    const reasonless = await chief.post(`/api/approvals/${m.approvalId}/reject`, { reason: '  ' });
    expect(reasonless.statusCode).toBe(400);
    expect(reasonless.json().errors[0]).toMatchObject({ path: 'body.reason', message: expect.stringMatching(/^不予批准理由：请填写不予批准理由/) });

    // A hook that refuses after changing the matter: the whole action rolls back.
    const original = matterObjectType.onRejected;
    matterObjectType.onRejected = async (tx, ctx, instance, event) => {
      await original(tx, ctx, instance, event);
      throw conflict('业务模块拒绝了该操作（测试）');
    };
    try {
      const refused = await chief.post(`/api/approvals/${m.approvalId}/reject`, { reason: '依据不足' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toBe('业务模块拒绝了该操作（测试）');
    } finally {
      matterObjectType.onRejected = original;
    }
    expect(await matterStatus(m.id)).toBe('pending');
    expect((await detail(chief, m.approvalId)).status).toBe('pending');
    expect((await detail(chief, m.approvalId)).history).toHaveLength(1);

    const res = await chief.post(`/api/approvals/${m.approvalId}/reject`, { reason: '延期理由不充分，不予批准' });
    expect(res.json()).toMatchObject({ status: 'rejected' });
    expect(await matterStatus(m.id)).toBe('rejected');
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'approval.instance.reject', object_id: m.approvalId, actor_role: '科室负责人' });
    expect((await officer1.get('/api/notifications?unread=true')).json().items[0].title).toBe('“关于某企业延期整改的请示”未获批准');
    expect((await leader.get(`/api/approvals/${m.approvalId}`)).statusCode).toBe(404);
    expect((await chief.post(`/api/approvals/${m.approvalId}/approve`, {})).json().detail).toBe('该审批已结束（不予批准），不能再审批');
  });

  it('withdraws while no approver has decided; refuses afterwards; the matter can be submitted again', async () => {
    await setMatterChain([CHIEF, LEADER]);
    const m = await submitMatter(officer1, '关于借用执法记录仪的请示');
    expect((await chief.post(`/api/approvals/${m.approvalId}/withdraw`, {})).json().detail).toBe('只有提交人可以撤回审批');
    const w = await officer1.post(`/api/approvals/${m.approvalId}/withdraw`, { reason: '提交错了' });
    expect(w.json()).toMatchObject({ status: 'withdrawn' });
    expect(await matterStatus(m.id)).toBe('draft');
    expect((await chief.get('/api/approvals?box=todo')).json().items.map((i: { id: string }) => i.id)).not.toContain(m.approvalId);
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'approval.instance.withdraw', object_id: m.approvalId });

    const again = await officer1.post(`/api/approval-matters/${m.id}/submit`);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().approvalId).not.toBe(m.approvalId);
    expect((await officer1.post(`/api/approval-matters/${m.id}/submit`)).json().detail).toBe('事项审批中，不能再次提交');
    await chief.post(`/api/approvals/${again.json().approvalId}/approve`, {});
    const late = await officer1.post(`/api/approvals/${again.json().approvalId}/withdraw`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toBe('审批人已作出审批意见，不能撤回；如需修改，请联系当前审批人退回');
  });

  it('delegates a task to another user who may approve', async () => {
    await setMatterChain([CHIEF, LEADER]);
    const m = await submitMatter(officer1, '关于聘请安全技术专家的请示');
    const candidates = (await chief.get(`/api/approvals/${m.approvalId}/delegates`)).json() as { id: string; displayName: string; roleNames: string[] }[];
    const names = candidates.map((c) => c.id);
    expect(names).toEqual(expect.arrayContaining([ids.leader, ids.legal, ids.director]));
    expect(names).not.toContain(ids.officer1);
    expect(names).not.toContain(ids.chief);
    expect(names).not.toContain(ids.officer2);
    expect(candidates.find((c) => c.id === ids.legal)!.roleNames).toEqual(['法制审核员']);

    const toOfficer = await chief.post(`/api/approvals/${m.approvalId}/delegate`, { toUserId: ids.officer2, reason: '出差' });
    expect(toOfficer.statusCode).toBe(400);
    expect(toOfficer.json().errors[0]).toEqual({ path: 'body.toUserId', message: '转办给：应为审批机关在岗、有审批权限的人员' });
    expect((await chief.post(`/api/approvals/${m.approvalId}/delegate`, { toUserId: ids.chief, reason: '出差' })).json().errors[0].message).toBe('转办给：不能转办给自己');
    expect((await chief.post(`/api/approvals/${m.approvalId}/delegate`, { toUserId: ids.legal })).json().errors[0]).toMatchObject({ path: 'body.reason' });

    const res = await chief.post(`/api/approvals/${m.approvalId}/delegate`, { toUserId: ids.legal, reason: '本人外出执法，请代为审核' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().steps[0].assignees).toEqual(expect.arrayContaining([expect.objectContaining({ userId: ids.chief, status: 'delegated' }), expect.objectContaining({ userId: ids.legal, status: 'open', delegatedFromName: '陈志强' })]));
    expect((await chief.post(`/api/approvals/${m.approvalId}/approve`, {})).json().detail).toBe('您已将该审批转办他人，不能再办理');
    expect((await legal.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'approval.delegated', title: '陈志强将“关于聘请安全技术专家的请示”转办给您审批' });
    const done = (await legal.post(`/api/approvals/${m.approvalId}/approve`, { opinion: '同意' })).json();
    expect(done).toMatchObject({ currentStep: 1 });
    expect(done.history.map((h: { action: string; toUserName: string | null }) => [h.action, h.toUserName])).toEqual([['submit', null], ['delegate', '孙慧敏'], ['approve', null]]);
    expect((await lastAudit(s, 5)).find((r) => r.action === 'approval.instance.delegate')).toMatchObject({ object_id: m.approvalId });
    // the chief delegated: still reads it, and finds it under 已办
    expect((await chief.get(`/api/approvals/${m.approvalId}`)).statusCode).toBe(200);
    expect((await chief.get('/api/approvals?box=done')).json().items.map((i: { id: string }) => i.id)).toContain(m.approvalId);
  });

  it('co-signs (all of 2): the step waits for both chiefs', async () => {
    const chief2c = await chief2();
    await setMatterChain([{ ...CHIEF, name: '科室负责人会签', mode: 'all' }, LEADER]);
    const m = await submitMatter(officer1, '关于联合执法检查的请示');
    const first = (await detail(chief, m.approvalId)).steps[0];
    expect(first.assignees.map((a: { userId: string }) => a.userId).sort()).toEqual([ids.chief, ids.chief2].sort());
    expect((await chief2c.get('/api/approvals?box=todo')).json().items.map((i: { id: string }) => i.id)).toContain(m.approvalId);

    expect((await chief.post(`/api/approvals/${m.approvalId}/approve`, {})).json()).toMatchObject({ status: 'pending', currentStep: 0 });
    const twice = await chief.post(`/api/approvals/${m.approvalId}/approve`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe('您已在第 1 步“科室负责人会签”签署意见，不能重复审批');
    const both = (await chief2c.post(`/api/approvals/${m.approvalId}/approve`, {})).json();
    expect(both).toMatchObject({ currentStep: 1, currentStepName: '分管领导审批' });
    expect(both.steps[0].assignees.map((a: { status: string }) => a.status)).toEqual(['approved', 'approved']);
  });

  it('two co-signers approving at the same moment never leave the step stuck', async () => {
    const chief2c = await chief2();
    await setMatterChain([{ ...CHIEF, name: '科室负责人会签', mode: 'all' }, LEADER]);
    for (const n of [1, 2, 3]) {
      const m = await submitMatter(officer1, `并发会签 ${n}`);
      const both = await Promise.all([chief.post(`/api/approvals/${m.approvalId}/approve`, {}), chief2c.post(`/api/approvals/${m.approvalId}/approve`, {})]);
      for (const [i, r] of both.entries()) {
        if (r.statusCode === 409) {
          expect(r.json().detail).toBe('该审批刚刚已被他人办理，请刷新后重试');
          expect((await [chief, chief2c][i]!.post(`/api/approvals/${m.approvalId}/approve`, {})).statusCode).toBe(200);
        } else expect(r.statusCode).toBe(200);
      }
      expect((await detail(chief, m.approvalId))).toMatchObject({ status: 'pending', currentStep: 1 });
    }
  });

  it('in an any-mode step the first approval takes the task off the other assignees; a withdraw takes it off all', async () => {
    const chief2c = await chief2();
    await setMatterChain([CHIEF, LEADER]);
    const m = await submitMatter(officer1, '关于任一审批的测试');
    expect((await chief2c.get('/api/approvals?box=todo')).json().items.map((i: { id: string }) => i.id)).toContain(m.approvalId);
    const d = (await chief.post(`/api/approvals/${m.approvalId}/approve`, {})).json();
    expect(Object.fromEntries(d.steps[0].assignees.map((a: { userId: string; status: string }) => [a.userId, a.status]))).toEqual({ [ids.chief!]: 'approved', [ids.chief2!]: 'cancelled' });
    expect((await chief2c.get('/api/approvals?box=todo')).json().items.map((i: { id: string }) => i.id)).not.toContain(m.approvalId);
    expect((await chief2c.post(`/api/approvals/${m.approvalId}/approve`, {})).statusCode).toBe(403);

    const w = await submitMatter(officer1, '关于撤回的测试');
    const withdrawn = (await officer1.post(`/api/approvals/${w.approvalId}/withdraw`, {})).json();
    expect(withdrawn.steps[0].assignees.map((a: { status: string }) => a.status)).toEqual(['cancelled', 'cancelled']);
    const open = await s.deps.db.selectFrom('approval_tasks').select('id').where('instance_id', '=', w.approvalId).where('status', '=', 'open').execute();
    expect(open).toEqual([]);
  });

  it('keeps outsiders out: 403 without the approval permission, 404 for someone not taking part', async () => {
    await setMatterChain([CHIEF, LEADER]);
    const m = await submitMatter(officer1, '关于内部事项的请示');
    const wy = await s.as('wy_officer1');
    expect((await officer2.get(`/api/approvals/${m.approvalId}`)).statusCode).toBe(404);
    expect((await wy.get(`/api/approvals/${m.approvalId}`)).statusCode).toBe(404);
    const noPerm = await officer2.post(`/api/approvals/${m.approvalId}/approve`, {});
    expect(noPerm.statusCode).toBe(403);
    expect(noPerm.json().detail).toBe('没有“approval.act”权限');
    // holds the permission but takes no part in this approval: not found, so ids do not leak
    expect((await director.post(`/api/approvals/${m.approvalId}/approve`, {})).statusCode).toBe(404);
    expect((await leader.post(`/api/approvals/${m.approvalId}/return`, { toStep: null, reason: 'x' })).statusCode).toBe(404);
    // takes part (a past step) but is not the current assignee: 403
    await chief.post(`/api/approvals/${m.approvalId}/approve`, {});
    const leaderDetail = await leader.get(`/api/approvals/${m.approvalId}`);
    expect(leaderDetail.json().my.canApprove).toBe(true);
    await leader.post(`/api/approvals/${m.approvalId}/return`, { toStep: 0, reason: '请再核实' });
    const notNow = await leader.post(`/api/approvals/${m.approvalId}/approve`, {});
    expect(notNow.statusCode).toBe(403);
    expect(notNow.json().detail).toBe('您不是第 1 步“科室负责人审核”的审批人');
    const denied = await s.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').where('object_id', '=', 'POST /api/approvals/:id/approve').execute();
    expect(denied.length).toBeGreaterThanOrEqual(1);
    expect((await officer2.get('/api/approval-matters/' + m.id)).statusCode).toBe(200); // same agency, officer scope "agency"
    expect((await wy.get('/api/approval-matters/' + m.id)).statusCode).toBe(404);
  });

  it('lets an assignee outside the object\'s data scope read the object through the approval', async () => {
    const narrow = await newUser('chief3', '宣教法规科', 'unitChief', 'self');
    await setMatterChain([CHIEF, LEADER]);
    const m = await submitMatter(officer1, '关于宣传材料印制的请示', '拟印制《安全生产法》宣传册 2000 份。');
    expect((await narrow.get(`/api/approval-matters/${m.id}`)).statusCode).toBe(404);
    expect((await narrow.get(`/api/approvals/${m.approvalId}`)).statusCode).toBe(404);
    await chief.post(`/api/approvals/${m.approvalId}/delegate`, { toUserId: ids.chief3, reason: '请宣教法规科负责人审核' });
    const view = await narrow.get(`/api/approvals/${m.approvalId}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().object).toMatchObject({ title: '关于宣传材料印制的请示' });
    expect(view.json().object.fields).toContainEqual({ label: '事项内容', value: '拟印制《安全生产法》宣传册 2000 份。' });
    expect(view.json().my.canApprove).toBe(true);
    expect((await narrow.get(`/api/approval-matters/${m.id}`)).statusCode).toBe(404);
  });

  it('freezes the chain version onto running approvals', async () => {
    await setMatterChain([CHIEF, LEADER]);
    const m = await submitMatter(officer1, '关于购置检测设备的请示');
    const v = await setMatterChain([CHIEF]);
    expect(v.version).toBeGreaterThan(1);
    const d = (await chief.post(`/api/approvals/${m.approvalId}/approve`, {})).json();
    expect(d).toMatchObject({ status: 'pending', currentStepName: '分管领导审批' });
    expect(d.chain.version).toBe(v.version - 1);
    const n = await submitMatter(officer1, '关于购置检测设备的请示（二）');
    expect((await chief.post(`/api/approvals/${n.approvalId}/approve`, {})).json()).toMatchObject({ status: 'approved', chain: { version: v.version } });
  });

  it('refuses a submit without a chain, without anyone to approve, or twice — with 409, never a 500', async () => {
    await setMatterChain([CHIEF], 'inactive');
    const noChain = await officer1.post('/api/approval-matters', { title: '无流程', content: '内容', submit: true });
    expect(noChain.statusCode).toBe(409);
    expect(noChain.json().detail).toBe('本机关尚未配置“通用事项审批”的审批流程，请联系审批流程管理员');
    await setMatterChain([CHIEF]);

    const wy = await s.as('wy_officer1');
    const nobody = await wy.post('/api/approval-matters', { title: '王益区事项', content: '内容', submit: true });
    expect(nobody.statusCode).toBe(409);
    expect(nobody.json().detail).toBe('第 1 步“科室负责人审批”没有可以审批的人员（角色：科室负责人，限提交人所在科室），请联系审批流程管理员');
    const draft = await wy.post('/api/approval-matters', { title: '王益区事项', content: '内容' });
    expect(draft.json()).toMatchObject({ status: 'draft', approvalId: null });

    const m = await submitMatter(officer1, '重复提交测试');
    expect((await officer1.post(`/api/approval-matters/${m.id}/submit`)).statusCode).toBe(409);
    expect((await officer2.post(`/api/approval-matters/${m.id}/submit`)).json().detail).toBe('只有事项的起草人可以修改或提交');
    const edit = await officer1.patch(`/api/approval-matters/${m.id}`, { title: '改标题' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toBe('事项审批中，不能修改');
  });

  it('validates input with Chinese messages and field paths; 401 without a session', async () => {
    expect((await s.client().get('/api/approvals')).statusCode).toBe(401);
    expect((await s.client().get('/api/notifications')).statusCode).toBe(401);
    const badId = await chief.get('/api/approvals/not-a-uuid');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0].path).toBe('params.id');
    const badBox = await chief.get('/api/approvals?box=all');
    expect(badBox.json().errors[0]).toMatchObject({ path: 'query.box', message: expect.stringContaining('列表') });
    const badReturn = await chief.post(`/api/approvals/${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}/return`, { toStep: -1 });
    expect(badReturn.statusCode).toBe(400);
    const paths = badReturn.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['body.reason', 'body.toStep']);
    const missing = await chief.post(`/api/approvals/${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}/approve`, {});
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toBe('审批不存在或不在您的数据范围内');
    const emptyMatter = await officer1.post('/api/approval-matters', { title: '', content: '' });
    expect(emptyMatter.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.content', 'body.title']);
  });

  it('manages chains: approval.admin only, scoped, validated, versioned and audited', async () => {
    expect((await chief.get('/api/approval-chains')).statusCode).toBe(403);
    expect((await director.get(`/api/approval-chains/${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}`)).statusCode).toBe(404);
    const agencies = (await admin.get('/api/agencies')).json() as { id: string; name: string }[];
    const wangyi = agencies.find((a) => a.name === '王益区应急管理局')!.id;
    const province = await s.deps.db.selectFrom('agencies').select('id').where('name', '=', '陕西省应急管理厅').executeTakeFirstOrThrow();
    const outside = await director.post('/api/approval-chains', { agencyId: province.id, objectType: 'caseFiling', name: '立案审批', steps: [LEADER] });
    expect(outside.json().errors[0]).toEqual({ path: 'body.agencyId', message: '所属机关：不存在或不在您的管理范围内' });
    const bad = await director.post('/api/approval-chains', {
      agencyId: cityId, objectType: 'caseFiling', name: '立案审批',
      steps: [{ name: '执法人员', roleCode: 'officer' }, { name: '指定科室', roleCode: 'unitChief', unitMode: 'unit' }, { name: '时限', roleCode: 'director', remindAfterHours: 0 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual(expect.arrayContaining([{ path: 'body.steps.2.remindAfterHours', message: expect.stringContaining('催办时限') }]));
    const bad2 = await director.post('/api/approval-chains', { agencyId: cityId, objectType: 'caseFiling', name: '立案审批', steps: [{ name: '执法人员', roleCode: 'officer' }, { name: '指定科室', roleCode: 'unitChief', unitMode: 'unit' }] });
    expect(bad2.json().errors).toEqual([
      { path: 'body.steps.0.roleCode', message: '第 1 步：角色“执法人员”没有“审批”权限，不能担任审批人' },
      { path: 'body.steps.1.unitId', message: '第 2 步：科室范围为“指定科室”时请选择科室' },
    ]);
    expect((await director.post('/api/approval-chains', { agencyId: cityId, objectType: 'nonsense', name: 'x', steps: [LEADER] })).json().errors[0].path).toBe('body.objectType');
    const legalUnit = units.find((u) => u.name === '执法和督察科')!.id;
    const created = await director.post('/api/approval-chains', {
      agencyId: wangyi, objectType: 'caseFiling', name: '立案审批',
      steps: [{ name: '上级法制审核', roleCode: 'legalReviewer', agency: 'parent', unitMode: 'unit', unitId: legalUnit, remindAfterHours: 48 }, { name: '局领导审批', roleCode: 'director', mode: 'all' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ agencyName: '王益区应急管理局', objectTypeLabel: '案件·立案', version: 1, status: 'active' });
    expect(created.json().steps[0]).toMatchObject({ roleName: '法制审核员', unitName: '执法和督察科', agency: 'parent', remindAfterHours: 48 });
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'approval.chain.create', object_id: created.json().id });
    const dup = await director.post('/api/approval-chains', { agencyId: wangyi, objectType: 'caseFiling', name: '重复', steps: [LEADER] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().detail).toBe('王益区应急管理局已配置“案件·立案”的审批流程，请修改原流程');
  });

  it('pages and filters the inboxes', async () => {
    await setMatterChain([CHIEF]);
    for (const n of [1, 2, 3]) await submitMatter(officer1, `分页测试事项 ${n}`);
    const page = (await chief.get('/api/approvals?box=todo&pageSize=2&q=分页测试')).json();
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.items.map((i: { title: string }) => i.title)).toEqual(['分页测试事项 3', '分页测试事项 2']);
    expect((await chief.get('/api/approvals?box=todo&pageSize=2&page=2&q=分页测试')).json().items.map((i: { title: string }) => i.title)).toEqual(['分页测试事项 1']);
    expect((await chief.get('/api/approvals?box=todo&objectType=caseFiling')).json().total).toBe(0);
    const counts = (await officer1.get('/api/approvals/counts')).json();
    const mineTotal = (await officer1.get('/api/approvals?box=mine')).json().total;
    expect(counts.mine).toBe(mineTotal);
    expect(counts.todo).toBe(0);
  });
});
