/**
 * Inspection tasks: what a scheme or a draw assigns to officers, shown in the field app's 我的任务 and
 * recorded by inspections as their source. Other modules create and cancel them through these functions.
 */
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import type { Db } from '../../platform/db/connect';
import { schedulingProblems } from './plan-rules';
import { frequencyPolicyFor } from './planning-rules.service';
import * as repo from './task.repository';


export interface NewTask {
  enterpriseId: string;
  officerIds: string[];
  title: string;
}

export async function createTasks(
  tx: Tx,
  ctx: Ctx,
  src: { agencyId: string; unitId: string | null; sourceKind: 'scheme' | 'draw'; sourceId: string; planId: string | null; dueFrom: string; dueTo: string },
  tasks: readonly NewTask[],
): Promise<string[]> {
  const now = ctx.now();
  const rows = tasks.map((t) => ({ id: newId(), agency_id: src.agencyId, unit_id: src.unitId, enterprise_id: t.enterpriseId, source_kind: src.sourceKind, source_id: src.sourceId, plan_id: src.planId, title: t.title, due_from: src.dueFrom, due_to: src.dueTo, state: 'assigned' as const, completed_on: null, created_at: now, updated_at: now }));
  const officers = rows.flatMap((r, i) => tasks[i]!.officerIds.map((officer_id, k) => ({ task_id: r.id, officer_id, sort_order: k })));
  await repo.insertTasks(tx, rows, officers);
  return rows.map((r) => r.id);
}

export const cancelTasks = (tx: Tx, ctx: Ctx, sourceKind: 'scheme' | 'draw', sourceId: string) => repo.cancelTasksOf(tx, sourceKind, sourceId, ctx.now());

/**
 * The frequency and duplication check before scheduling (安监总政法〔2017〕150号): one more inspection
 * beyond the class's annual cap, or another agency's in the same month. By the dated rule
 * `planning.frequencyPolicy` it warns (returns the reasons) or blocks (409 with the reasons).
 */
export async function checkScheduling(db: Db | Tx, agency: { id: string; path: string }, items: readonly { enterpriseId: string; enterpriseName: string }[], dueFrom: string, today: string): Promise<string[]> {
  const problems: string[] = [];
  for (const it of items) {
    const f = await repo.schedulingFacts(db, it.enterpriseId, Number(dueFrom.slice(0, 4)), dueFrom.slice(0, 7), agency.id);
    problems.push(...schedulingProblems({ enterpriseName: it.enterpriseName, countThisYear: f.countThisYear, cap: f.cap, otherAgencies: f.others }));
  }
  if (problems.length && (await frequencyPolicyFor(db, agency.path, today)) === 'block') throw conflict(`不能安排检查：${problems.join('；')}`);
  return problems;
}

const sourceLabel = { scheme: '现场检查方案', draw: '双随机抽查' } as const;

/** 我的任务: open tasks of the officer linked to the signed-in account. */
export async function myTasks(ctx: Ctx) {
  if (!ctx.actor || ctx.actor.kind !== 'user') throw forbidden('接口令牌没有“我的任务”');
  const officer = await repo.officerOfUser(ctx.db, ctx.actor.id);
  if (!officer) return { officer: null, items: [] };
  const rows = await repo.tasksOfOfficer(ctx.db, officer.id);
  const names = await repo.officersOfTasks(ctx.db, rows.map((r) => r.id));
  return {
    officer: { id: officer.id, name: officer.name },
    items: rows.map((r) => ({
      id: r.id, title: r.title, enterpriseId: r.enterprise_id, enterpriseName: r.enterprise_name, address: r.address, sourceKind: r.source_kind, sourceLabel: sourceLabel[r.source_kind], sourceId: r.source_id, planId: r.plan_id,
      dueFrom: r.due_from, dueTo: r.due_to, state: r.state, agencyName: r.agency_name, officers: names.filter((n) => n.task_id === r.id).map((n) => n.name),
    })),
  };
}
