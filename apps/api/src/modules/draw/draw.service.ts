/**
 * 双随机 draws: commit (freeze the pool and officer list, publish their hashes and the seed commitment)
 * → draw (run `runDraw`, reveal the seed, create the tasks) → anyone replays. Every attempt stays; a
 * re-draw voids the previous attempt with a reason, publicly.
 */
import type { DrawCreateBody } from '@zhifa/shared/contract/planning';
import { DRAW_ALGORITHM, canonicalInput, officerHash, poolHash, runDraw, seedCommitment, type DrawResult, type PublicDrawData } from '@zhifa/shared/rules/draw-algorithm';
import { sectorLabel, type Sector } from '@zhifa/shared/rules/industry';
import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { DrawTable } from '../../platform/db/schema';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { todayOf } from '../planning/classification.service';
import { cancelTasks, createTasks } from '../planning/task.service';
import { buildPool, drawableOfficers, type PoolFilters } from './draw-pool';
import * as repo from './draw.repository';
import { maskOfficer } from './public-mask';
import { publishNotice } from './public-notice.service';

type CreateInput = z.output<typeof DrawCreateBody>;
const nativeSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
/** Up to this many pool entries the public view names every enterprise of the pool; above it, only those drawn or skipped. */
export const NAMED_POOL_LIMIT = 5000;
export const drawStatusLabel: Record<DrawTable['status'], string> = { committed: '已公布承诺，待抽取', drawn: '已抽取并公开种子', voided: '已作废' };

function userActor(ctx: Ctx) {
  if (!ctx.actor || ctx.actor.kind !== 'user') throw forbidden('接口令牌不能进行双随机抽取');
  return ctx.actor;
}

const stratumLabel = (s: string): string => sectorLabel[s as Sector] ?? (/^[ABCD]$/.test(s) ? `${s} 类` : s);

/** Freezes the inputs and publishes the commitment. */
export async function commitDraw(ctx: Ctx, b: CreateInput) {
  const actor = userActor(ctx);
  const date = todayOf(ctx);
  let previous: Awaited<ReturnType<typeof repo.findDraw>> | null = null;
  if (b.previousId) {
    previous = (await repo.findDraw(ctx.db, ctx.scope, b.previousId)) ?? null;
    if (!previous) throw invalidField('body.previousId', '被作废的上一次抽取：不存在或不在您的数据范围内');
    if (previous.status === 'voided') throw conflict('上一次抽取已作废，请从最新一次抽取重新抽取');
    if (!b.redrawReason) throw invalidField('body.redrawReason', '重新抽取理由：重新抽取必须说明理由（每次抽取均公开保留）');
  }
  const filters: PoolFilters = { sectors: b.sectors, riskClasses: b.riskClasses, divisionCodes: b.divisionCodes, notInspectedMonths: b.notInspectedMonths, stratifyBy: b.stratifyBy };
  const year = Number(date.slice(0, 4));
  const [ents, stats] = await Promise.all([repo.poolEnterprises(ctx.db, ctx.scope), repo.taskStats(ctx.db, year)]);
  const statOf = new Map(stats.map((s) => [s.enterprise_id, s]));
  const candidates = ents.map((e) => ({ id: e.id, sector: e.sector, riskClass: e.risk_class ?? null, divisionCode: e.division_code, lastInspectedOn: (statOf.get(e.id)?.last_on as string | null | undefined) ?? null, countThisYear: Number(statOf.get(e.id)?.n_year ?? 0), cap: e.frequency_cap ?? null }));
  const { pool, atCap } = buildPool(candidates, filters, date);
  for (const [key, n] of Object.entries(b.strata)) {
    const have = pool.filter((e) => e.stratum === key).length;
    if (n > have) throw invalidField(`body.strata.${key}`, `分层抽取数量：“${stratumLabel(key)}”要抽 ${n} 家，抽取池中该层只有 ${have} 家（已排除达到年度检查上限的 ${atCap.length} 家）`);
  }
  const officerRows = await repo.agencyOfficers(ctx.db, actor.agencyId);
  const recusals = await repo.recusalsOf(ctx.db, officerRows.map((o) => o.id));
  const { officers, exclusions } = drawableOfficers(
    officerRows.map((o) => ({ id: o.id, status: o.status, certValidFrom: o.cert_valid_from, certValidTo: o.cert_valid_to, specialties: JSON.parse(o.specialties) as string[] })),
    recusals.map((r) => ({ officerId: r.officer_id, enterpriseId: r.enterprise_id, validFrom: r.valid_from, validTo: r.valid_to })),
    new Set(pool.map((e) => e.id)),
    date,
  );
  if (officers.length < b.officersPerEnterprise) throw invalidField('body.officersPerEnterprise', `执法人员：本机关持有效执法证的在岗人员只有 ${officers.length} 名，不足每家企业 ${b.officersPerEnterprise} 名`);
  const input = canonicalInput({ pool, officers, exclusions, strata: b.strata, officersPerEnterprise: b.officersPerEnterprise });
  const seed = randomBytes(32).toString('hex');
  const id = newId();
  const now = ctx.now();
  const row: DrawTable = {
    id, agency_id: actor.agencyId, unit_id: actor.unitId, owner_id: actor.id, plan_id: b.planId, plan_item_id: b.planItemId, title: b.title, attempt_no: previous ? previous.attempt_no + 1 : 1, previous_id: previous?.id ?? null, redraw_reason: previous ? b.redrawReason : null,
    filters: JSON.stringify({ ...filters, atCapExcluded: atCap.length }), strata: JSON.stringify(input.strata), officers_per_enterprise: b.officersPerEnterprise, draw_date: date, due_from: b.dueFrom, due_to: b.dueTo,
    pool: JSON.stringify(input.pool), officers: JSON.stringify(input.officers), exclusions: JSON.stringify(input.exclusions), pool_hash: poolHash(input.pool, nativeSha256), officer_hash: officerHash(input.officers, input.exclusions, nativeSha256),
    seed_commitment: seedCommitment(seed), seed, seed_revealed: 0, result: null, status: 'committed', void_reason: null, committed_at: now, committed_by: actor.id, drawn_at: null, drawn_by: null, voided_at: null,
  };
  await ctx.tx(async (tx) => {
    if (previous) {
      await repo.updateDraw(tx, previous.id, { status: 'voided', void_reason: `重新抽取：${b.redrawReason}`, voided_at: now, seed_revealed: 1 });
      await cancelTasks(tx, ctx, 'draw', previous.id);
      await ctx.audit(tx, { action: 'draw.draw.void', objectType: 'draw', objectId: previous.id, detail: { reason: b.redrawReason, replacedBy: id } });
    }
    await repo.insertDraw(tx, row);
    await ctx.audit(tx, { action: 'draw.draw.commit', objectType: 'draw', objectId: id, detail: { pool: input.pool.length, officers: input.officers.length, poolHash: row.pool_hash, officerHash: row.officer_hash, seedCommitment: row.seed_commitment, attemptNo: row.attempt_no } });
    await publishNotice(tx, ctx, { agencyId: actor.agencyId, agencyPath: actor.agencyPath, kind: 'drawPlan', objectType: 'draw', objectId: id, title: `${b.title}（抽查计划）`, body: { drawId: id, poolSize: input.pool.length, strata: input.strata, poolHash: row.pool_hash, officerHash: row.officer_hash, seedCommitment: row.seed_commitment }, formedOn: date });
  });
  return publicView(ctx, { ...row, agency_name: await repo.agencyName(ctx.db, row.agency_id) });
}

/** Runs the draw, reveals the seed, creates the tasks and publishes the result. */
export async function executeDraw(ctx: Ctx, id: string) {
  const actor = userActor(ctx);
  const d = await repo.findDraw(ctx.db, ctx.scope, id);
  if (!d) throw notFound('双随机抽取');
  if (d.status !== 'committed') throw conflict(`该抽取${drawStatusLabel[d.status]}，不能再次抽取`);
  const result = runDraw({ pool: JSON.parse(d.pool), officers: JSON.parse(d.officers), exclusions: JSON.parse(d.exclusions), strata: JSON.parse(d.strata), officersPerEnterprise: d.officers_per_enterprise }, d.seed);
  const names = await repo.enterpriseNames(ctx.db, result.picks.map((p) => p.enterpriseId));
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.updateDraw(tx, id, { status: 'drawn', result: JSON.stringify(result), seed_revealed: 1, drawn_at: now, drawn_by: actor.id });
    await createTasks(tx, ctx, { agencyId: d.agency_id, unitId: d.unit_id, sourceKind: 'draw', sourceId: id, planId: d.plan_id, dueFrom: d.due_from, dueTo: d.due_to }, result.picks.map((p) => ({ enterpriseId: p.enterpriseId, officerIds: p.officerIds, title: `${d.title}：${names.get(p.enterpriseId) ?? ''}` })));
    await ctx.audit(tx, { action: 'draw.draw.execute', objectType: 'draw', objectId: id, detail: { picks: result.picks.length, skipped: result.skipped.length, shortfall: result.shortfall } });
    await publishNotice(tx, ctx, { agencyId: d.agency_id, agencyPath: actor.agencyPath, kind: 'drawResult', objectType: 'draw', objectId: id, title: `${d.title}（抽查结果）`, body: { drawId: id, picks: result.picks.map((p) => names.get(p.enterpriseId) ?? p.enterpriseId) }, formedOn: todayOf(ctx) });
  });
  return publicView(ctx, { ...d, status: 'drawn', result: JSON.stringify(result), seed_revealed: 1, drawn_at: now, drawn_by: actor.id });
}

export async function voidDraw(ctx: Ctx, id: string, reason: string) {
  userActor(ctx);
  const d = await repo.findDraw(ctx.db, ctx.scope, id);
  if (!d) throw notFound('双随机抽取');
  if (d.status === 'voided') throw conflict('该抽取已作废');
  await ctx.tx(async (tx) => {
    await repo.updateDraw(tx, id, { status: 'voided', void_reason: reason, voided_at: ctx.now(), seed_revealed: 1 });
    await cancelTasks(tx, ctx, 'draw', id);
    await ctx.audit(tx, { action: 'draw.draw.void', objectType: 'draw', objectId: id, detail: { reason } });
  });
  return getDraw(ctx, id);
}

type DrawRow = NonNullable<Awaited<ReturnType<typeof repo.findDrawPublic>>>;

/** The public view: organisations named, officers masked, the seed only once revealed. */
async function publicView(ctx: Ctx, d: DrawRow) {
  const pool = JSON.parse(d.pool) as PublicDrawData['pool'];
  const officers = JSON.parse(d.officers) as PublicDrawData['officers'];
  const result = d.result ? (JSON.parse(d.result) as DrawResult) : null;
  const named = pool.length <= NAMED_POOL_LIMIT ? pool.map((e) => e.id) : [...(result?.picks.map((p) => p.enterpriseId) ?? []), ...(result?.skipped.map((s) => s.enterpriseId) ?? [])];
  const names = await repo.enterpriseNames(ctx.db, named);
  const people = await repo.officerNames(ctx.db, result ? [...new Set(result.picks.flatMap((p) => p.officerIds))] : officers.map((o) => o.id));
  const data: PublicDrawData = {
    algorithm: DRAW_ALGORITHM, pool, officers, exclusions: JSON.parse(d.exclusions), strata: JSON.parse(d.strata), officersPerEnterprise: d.officers_per_enterprise,
    poolHash: d.pool_hash, officerHash: d.officer_hash, seedCommitment: d.seed_commitment, seed: d.seed_revealed ? d.seed : null, result,
  };
  return {
    id: d.id, agencyName: d.agency_name, title: d.title, attemptNo: d.attempt_no, previousId: d.previous_id, redrawReason: d.redraw_reason, status: d.status, statusLabel: drawStatusLabel[d.status], voidReason: d.void_reason,
    drawDate: d.draw_date, dueFrom: d.due_from, dueTo: d.due_to, committedAt: d.committed_at, drawnAt: d.drawn_at, voidedAt: d.voided_at, filters: JSON.parse(d.filters) as unknown,
    enterpriseNames: Object.fromEntries(names), officerLabels: Object.fromEntries([...people].map(([id, p]) => [id, maskOfficer(p)])),
    strataLabels: Object.fromEntries(Object.keys(data.strata).map((k) => [k, stratumLabel(k)])),
    data,
  };
}

export async function getDraw(ctx: Ctx, id: string) {
  const d = await repo.findDraw(ctx.db, ctx.scope, id);
  if (!d) throw notFound('双随机抽取');
  return publicView(ctx, d);
}

export async function publicDraw(ctx: Ctx, id: string) {
  const d = await repo.findDrawPublic(ctx.db, id);
  if (!d) throw notFound('双随机抽取');
  return publicView(ctx, d);
}

function listItem(r: Awaited<ReturnType<typeof repo.listDraws>>['rows'][number]) {
  const result = r.result ? (JSON.parse(r.result) as DrawResult) : null;
  return { id: r.id, agencyName: r.agency_name, title: r.title, attemptNo: r.attempt_no, previousId: r.previous_id, status: r.status, statusLabel: drawStatusLabel[r.status], committedAt: r.committed_at, drawnAt: r.drawn_at, voidReason: r.void_reason, redrawReason: r.redraw_reason, poolHash: r.pool_hash, seedCommitment: r.seed_commitment, dueFrom: r.due_from, dueTo: r.due_to, picked: result?.picks.length ?? null };
}

export async function listDraws(ctx: Ctx, q: { page: number; pageSize: number }) {
  const { rows, total } = await repo.listDraws(ctx.db, ctx.scope, q.page, q.pageSize);
  return { items: rows.map(listItem), total, page: q.page, pageSize: q.pageSize };
}

export async function publicDraws(ctx: Ctx, q: { page: number; pageSize: number }) {
  const { rows, total } = await repo.listDraws(ctx.db, null, q.page, q.pageSize);
  return { items: rows.map(listItem), total, page: q.page, pageSize: q.pageSize };
}
