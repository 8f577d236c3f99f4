import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMINDER_JOB } from '../src/modules/approval/approval-reminder.service';
import { claimDueJobs, enqueue, findJob, recurringJobId } from '../src/platform/jobs/job-queue';
import { registerJobHandler } from '../src/platform/jobs/job-registry';
import { runDueJobs, scheduleRecurringJobs } from '../src/platform/jobs/job-runner';
import { lastAudit, startTestServer, testDb, type TestClient, type TestServer } from './test-server';

let s: TestServer;
const HOUR = 3_600_000;

beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

const now = () => s.clock.now().toISOString();

describe(`job runner on ${testDb}`, () => {
  it('runs each job exactly once, even with two runners claiming at the same time', async () => {
    const seen = new Map<string, string[]>();
    registerJobHandler('test.count', async (_deps, payload) => {
      const { n } = payload as { n: number };
      seen.set(String(n), [...(seen.get(String(n)) ?? []), 'run']);
      await new Promise((r) => setTimeout(r, 2));
    });
    const ids = [];
    for (let n = 0; n < 40; n++) ids.push(await enqueue(s.deps.db, 'test.count', { n }, now()));
    const [a, b] = await Promise.all([runDueJobs(s.deps, { workerId: 'worker-a' }), runDueJobs(s.deps, { workerId: 'worker-b' })]);
    expect(a.claimed + b.claimed).toBe(40);
    expect(a.failed + b.failed).toBe(0);
    expect(seen.size).toBe(40);
    expect([...seen.values()].every((runs) => runs.length === 1)).toBe(true);
    const rows = await s.deps.db.selectFrom('jobs').selectAll().where('id', 'in', ids).execute();
    expect(rows.every((r) => r.done_at !== null && r.last_error === null && r.locked_by === null && r.attempts === 1)).toBe(true);
    expect((await runDueJobs(s.deps)).claimed).toBe(0);
  });

  it('retries a failing job with backoff, keeps the last error, and gives up after the maximum attempts', async () => {
    let calls = 0;
    registerJobHandler('test.flaky', async () => {
      calls++;
      if (calls === 1) throw new Error('数据库暂时不可用');
    });
    registerJobHandler('test.broken', async () => {
      throw new Error('永远失败');
    }, { maxAttempts: 2 });
    const flaky = await enqueue(s.deps.db, 'test.flaky', {}, now());
    const broken = await enqueue(s.deps.db, 'test.broken', {}, now());
    const errors: string[] = [];
    expect(await runDueJobs(s.deps, { onJobError: (j, e) => errors.push(`${j.kind}:${e}`) })).toMatchObject({ claimed: 2, succeeded: 0, failed: 2 });
    // Both were due at the same instant; the claim order between them is not part of the contract.
    expect(errors.sort()).toEqual(['test.broken:永远失败', 'test.flaky:数据库暂时不可用']);
    const f1 = (await findJob(s.deps.db, flaky))!;
    expect(f1).toMatchObject({ done_at: null, last_error: '数据库暂时不可用', attempts: 1, locked_by: null });
    expect(Date.parse(f1.run_at) - s.clock.now().getTime()).toBe(30_000);
    expect((await runDueJobs(s.deps)).claimed).toBe(0);

    s.clock.advance(31_000);
    expect(await runDueJobs(s.deps)).toMatchObject({ claimed: 2, succeeded: 1, failed: 1 });
    expect(await findJob(s.deps.db, flaky)).toMatchObject({ done_at: expect.any(String), last_error: null, attempts: 2 });
    expect(await findJob(s.deps.db, broken)).toMatchObject({ done_at: expect.any(String), last_error: '永远失败', attempts: 2 });
  });

  it('keeps a job of an unknown kind for a process that knows it, and takes over a job whose worker died', async () => {
    const unknown = await enqueue(s.deps.db, 'test.nobody', {}, now());
    await runDueJobs(s.deps);
    expect(await findJob(s.deps.db, unknown)).toMatchObject({ done_at: null, last_error: '没有“test.nobody”类型任务的处理程序' });

    let ran = 0;
    registerJobHandler('test.orphan', async () => {
      ran++;
    });
    const orphan = await enqueue(s.deps.db, 'test.orphan', {}, now());
    const claimed = await claimDueJobs(s.deps.db, 'dead-worker', now(), new Date(s.clock.now().getTime() + 5 * 60_000).toISOString(), 50);
    expect(claimed.map((j) => j.id)).toContain(orphan);
    expect((await runDueJobs(s.deps)).claimed).toBe(0);
    s.clock.advance(6 * 60_000);
    await runDueJobs(s.deps);
    expect(ran).toBe(1);
    expect(await findJob(s.deps.db, orphan)).toMatchObject({ done_at: expect.any(String), attempts: 2 });
  });
});

describe(`approval reminders on ${testDb}`, () => {
  let director: TestClient;
  let officer1: TestClient;

  it('schedules the reminder scan once, however often the processes start', async () => {
    await Promise.all([scheduleRecurringJobs(s.deps), scheduleRecurringJobs(s.deps), scheduleRecurringJobs(s.deps)]);
    const rows = await s.deps.db.selectFrom('jobs').selectAll().where('kind', '=', REMINDER_JOB).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(recurringJobId(REMINDER_JOB));
  });

  it('records a reminder for the assignee once the step has waited remindAfterHours, then again after as long', async () => {
    director = await s.as('director');
    officer1 = await s.as('officer1');
    const cityId = (await director.get('/api/agencies')).json().find((a: { name: string }) => a.name === '铜川市应急管理局').id;
    const [chain] = (await director.get(`/api/approval-chains?agencyId=${cityId}&objectType=generic:matter`)).json();
    await director.put(`/api/approval-chains/${chain.id}`, { name: '通用事项审批', status: 'active', steps: [{ name: '科室负责人审批', roleCode: 'unitChief', unitMode: 'submitterUnit', remindAfterHours: 2 }] });
    const m = (await officer1.post('/api/approval-matters', { title: '关于催办测试的请示', content: '内容', submit: true })).json();
    expect(m.status).toBe('pending');
    await scheduleRecurringJobs(s.deps);

    const count = () => s.deps.db.selectFrom('notifications').selectAll().where('kind', '=', 'approval.reminder').execute();
    s.clock.advance(HOUR);
    await runDueJobs(s.deps);
    expect(await count()).toHaveLength(0);

    s.clock.advance(HOUR + 60_000);
    expect((await runDueJobs(s.deps)).succeeded).toBeGreaterThanOrEqual(1);
    const reminders = await count();
    expect(reminders).toHaveLength(1);
    const chief = await s.as('chief'); // sessions lapsed while the clock moved
    const list = (await chief.get('/api/notifications?unread=true')).json();
    expect(list.items[0]).toMatchObject({ kind: 'approval.reminder', title: '催办：“关于催办测试的请示”已在“科室负责人审批”等待 2 小时，请及时办理', link: `/approvals/${m.approvalId}`, readAt: null });
    expect((await chief.get('/api/notifications/unread-count')).json().unread).toBe(1);
    const todo = (await chief.get('/api/approvals?box=todo')).json().items.find((i: { id: string }) => i.id === m.approvalId);
    expect(todo.overdue).toBe(true);
    const audit = (await lastAudit(s, 5)).find((r) => r.action === 'approval.task.remind')!;
    expect(audit).toMatchObject({ actor_name: '系统', actor_role: 'system' });

    // the scan runs every 10 minutes; nothing new until another 2 hours have passed
    s.clock.advance(15 * 60_000);
    await runDueJobs(s.deps);
    expect(await count()).toHaveLength(1);
    s.clock.advance(2 * HOUR);
    await runDueJobs(s.deps);
    expect(await count()).toHaveLength(2);

    const chief2 = await s.as('chief');
    const first = (await chief2.get('/api/notifications?unread=true')).json().items[0];
    const read = await chief2.post(`/api/notifications/${first.id}/read`);
    expect(read.json().readAt).toEqual(expect.any(String));
    expect((await lastAudit(s, 1))[0]).toMatchObject({ action: 'notification.read', object_id: first.id });
    expect((await chief2.post('/api/notifications/read-all')).json()).toEqual({ updated: 1 });
    expect((await chief2.get('/api/notifications/unread-count')).json().unread).toBe(0);
    // someone else's notification is not found
    expect((await officer1.post(`/api/notifications/${first.id}/read`)).statusCode).toBe(401);
    const o1 = await s.as('officer1');
    expect((await o1.post(`/api/notifications/${first.id}/read`)).statusCode).toBe(404);

    // once approved, no more reminders
    await chief2.post(`/api/approvals/${m.approvalId}/approve`, {});
    s.clock.advance(3 * HOUR);
    await runDueJobs(s.deps);
    expect(await count()).toHaveLength(2);
  });
});
