import { toChinaDate } from '@zhifa/shared/rules/discretion';
import type { EnterpriseClassHistoryTable, EnterpriseClassTable } from '../../platform/db/schema';
import type { Db } from '../../platform/db/connect';
import type { Scope } from '../../platform/auth/scope';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { stableId } from '../../platform/stable-id';
import { classificationPresets, classify, ruleProblems, type ClassificationInputs } from './classification-rules';
import * as repo from './classification.repository';
import { classificationRuleFor, rulesOf } from './planning-rules.service';


export const todayOf = (ctx: Pick<Ctx, 'clock'>): string => toChinaDate(ctx.clock.now());

const actorOf = (ctx: Ctx) => {
  if (!ctx.actor) throw forbidden();
  return ctx.actor;
};

function inputsOf(r: Awaited<ReturnType<typeof repo.classificationInputs>>[number]): ClassificationInputs {
  let levels: string[] = [];
  if (r.major_hazard_sources) {
    try {
      levels = (JSON.parse(r.major_hazard_sources) as { level: string | null }[]).map((h) => h.level).filter((l): l is string => Boolean(l));
    } catch {
      levels = [];
    }
  }
  return { sector: r.sector, standardizationLevel: r.standardization_level, majorHazardLevels: levels, lastAccidentOn: r.last_accident_on ?? null, lastFatalAccidentOn: r.last_fatal_accident_on ?? null, creditStatus: r.credit_status ?? 'normal' };
}

export interface RecomputeOutcome {
  runId: string;
  year: number;
  enterpriseCount: number;
  counts: Record<string, number>;
}

/**
 * Recomputes the class of every enterprise in `scope` (or the listed ones) under the rule in force on
 * `date` for each enterprise's own agency, keeping each result in the history with its inputs. Used by the route (on
 * demand), by the yearly job and by the command (`npm run planning:classify`).
 */
export async function recompute(
  deps: { db: Db; tx: Ctx['tx']; audit: Ctx['audit'] },
  opts: { scope: Scope; agencyId: string | null; actorId: string | null; date: string; year: number; trigger: 'command' | 'demand' | 'yearly'; enterpriseIds?: readonly string[] | undefined; now: string },
): Promise<RecomputeOutcome> {
  const rows = await repo.classificationInputs(deps.db, opts.scope, opts.enterpriseIds);
  // The rule of the enterprise's own (supervising, else 属地) agency: a province's rule for its enterprises.
  const rules = new Map<string, Awaited<ReturnType<typeof classificationRuleFor>>>();
  const ruleOf = async (path: string) => {
    if (!rules.has(path)) rules.set(path, await classificationRuleFor(deps.db, path, opts.date));
    return rules.get(path)!;
  };
  const runId = newId();
  const counts: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  const current: EnterpriseClassTable[] = [];
  const history: EnterpriseClassHistoryTable[] = [];
  for (const r of rows) {
    const inputs = inputsOf(r);
    const { id: ruleId, rule } = await ruleOf(r.agency_path);
    const c = classify(rule, inputs, opts.date);
    counts[c.riskClass] = (counts[c.riskClass] ?? 0) + 1;
    const hid = newId();
    history.push({ id: hid, enterprise_id: r.id, run_id: runId, year: opts.year, agency_level: c.agencyLevel, risk_class: c.riskClass, frequency_floor: c.frequencyFloor, frequency_cap: c.frequencyCap, rule_id: ruleId, inputs: JSON.stringify({ ...inputs, date: opts.date, rule: rule.preset }), reasons: JSON.stringify(c.reasons), computed_at: opts.now });
    current.push({ enterprise_id: r.id, year: opts.year, agency_level: c.agencyLevel, risk_class: c.riskClass, frequency_floor: c.frequencyFloor, frequency_cap: c.frequencyCap, history_id: hid, computed_at: opts.now });
  }
  await deps.tx(async (tx) => {
    await repo.writeClasses(tx, current, history);
    await repo.insertRun(tx, { id: runId, year: opts.year, trigger: opts.trigger, agency_id: opts.agencyId, enterprise_count: rows.length, counts: JSON.stringify(counts), started_at: opts.now, finished_at: opts.now, actor_id: opts.actorId });
    await deps.audit(tx, { action: 'planning.classification.recompute', objectType: 'classificationRun', objectId: runId, detail: { year: opts.year, trigger: opts.trigger, enterprises: rows.length, counts, rules: [...new Set([...rules.values()].map((r) => r.id))] } });
  });
  return { runId, year: opts.year, enterpriseCount: rows.length, counts };
}

export async function recomputeOnDemand(ctx: Ctx, body: { year?: number | undefined; enterpriseIds?: string[] | undefined }): Promise<RecomputeOutcome> {
  const actor = actorOf(ctx);
  const date = todayOf(ctx);
  if (body.enterpriseIds?.length) {
    for (const [i, id] of body.enterpriseIds.entries()) if (!(await repo.findEnterpriseInScope(ctx.db, ctx.scope, id))) throw invalidField(`body.enterpriseIds.${i}`, '企业：不存在或不在您的数据范围内');
  }
  return recompute(ctx, { scope: ctx.scope, agencyId: actor.agencyId, actorId: actor.id, date, year: body.year ?? Number(date.slice(0, 4)), trigger: 'demand', enterpriseIds: body.enterpriseIds, now: ctx.now() });
}

export async function listClasses(ctx: Ctx, q: { page: number; pageSize: number; riskClass?: string | undefined; sector?: string | undefined; q?: string | undefined }) {
  const { rows, total } = await repo.listClasses(ctx.db, ctx.scope, q, q.page, q.pageSize);
  const counts = Object.fromEntries((await repo.classCounts(ctx.db, ctx.scope)).map((r) => [r.risk_class, Number(r.n)]));
  return {
    items: rows.map((r) => ({ enterpriseId: r.enterprise_id, name: r.name, sector: r.sector, year: r.year, agencyLevel: r.agency_level, riskClass: r.risk_class, frequencyFloor: r.frequency_floor, frequencyCap: r.frequency_cap, computedAt: r.computed_at, reasons: JSON.parse(r.reasons) as string[] })),
    total, page: q.page, pageSize: q.pageSize, counts, runs: (await repo.listRuns(ctx.db, 10)).map((r) => ({ id: r.id, year: r.year, trigger: r.trigger, enterpriseCount: r.enterprise_count, counts: JSON.parse(r.counts) as Record<string, number>, startedAt: r.started_at })),
  };
}

export async function classHistory(ctx: Ctx, enterpriseId: string) {
  const e = await repo.findEnterpriseInScope(ctx.db, ctx.scope, enterpriseId);
  if (!e) throw notFound('企业');
  const rows = await repo.historyOf(ctx.db, enterpriseId);
  const input = await repo.riskInputOf(ctx.db, enterpriseId);
  return {
    enterpriseId, name: e.name,
    riskInput: input ? { creditStatus: input.credit_status, lastAccidentOn: input.last_accident_on, lastFatalAccidentOn: input.last_fatal_accident_on } : null,
    history: rows.map((r) => ({ id: r.id, year: r.year, agencyLevel: r.agency_level, riskClass: r.risk_class, frequencyFloor: r.frequency_floor, frequencyCap: r.frequency_cap, inputs: JSON.parse(r.inputs) as unknown, reasons: JSON.parse(r.reasons) as string[], computedAt: r.computed_at })),
  };
}

export async function setRiskInput(ctx: Ctx, enterpriseId: string, body: { creditStatus: 'good' | 'normal' | 'poor' | 'dishonest'; lastAccidentOn: string | null; lastFatalAccidentOn: string | null }) {
  const actor = actorOf(ctx);
  if (!(await repo.findEnterpriseInScope(ctx.db, ctx.scope, enterpriseId))) throw notFound('企业');
  const today = todayOf(ctx);
  if (body.lastAccidentOn && body.lastAccidentOn > today) throw invalidField('body.lastAccidentOn', '最近一次生产安全事故日期：不能晚于今天');
  if (body.lastFatalAccidentOn && body.lastFatalAccidentOn > today) throw invalidField('body.lastFatalAccidentOn', '最近一次死亡事故日期：不能晚于今天');
  await ctx.tx(async (tx) => {
    await repo.upsertRiskInput(tx, { enterprise_id: enterpriseId, credit_status: body.creditStatus, last_accident_on: body.lastAccidentOn, last_fatal_accident_on: body.lastFatalAccidentOn, updated_at: ctx.now(), updated_by: actor.id });
    await ctx.audit(tx, { action: 'planning.riskInput.update', objectType: 'enterprise', objectId: enterpriseId, detail: body });
  });
  return classHistory(ctx, enterpriseId);
}

export async function listRules(ctx: Ctx) {
  const rows = await rulesOf(ctx.db, repo.CLASSIFICATION_RULE);
  const actor = actorOf(ctx);
  const inForce = await classificationRuleFor(ctx.db, actor.agencyPath, todayOf(ctx));
  return { rows, inForce, presets: classificationPresets.map((p) => ({ code: p.code, label: p.label, source: p.source, verified: p.verified, rule: p.rule })) };
}

/** Applies a preset as a new dated rule value; the previous row of the same jurisdiction ends the day before. */
export async function applyPreset(ctx: Ctx, body: { preset: string; jurisdictionAgencyId: string | null; effectiveFrom: string }) {
  const preset = classificationPresets.find((p) => p.code === body.preset);
  if (!preset) throw invalidField('body.preset', `预设方案：应为 ${classificationPresets.map((p) => p.code).join('、')} 之一`);
  const problems = ruleProblems(preset.rule);
  if (problems.length) throw invalidField('body.preset', problems[0]!);
  const actor = actorOf(ctx);
  if (body.jurisdictionAgencyId) {
    const path = await repo.agencyPathOf(ctx.db, body.jurisdictionAgencyId);
    if (!path || !(actor.agencyPath.startsWith(path) || path.startsWith(actor.agencyPath))) throw invalidField('body.jurisdictionAgencyId', '适用机关：不存在或不在本机关的上下级范围内');
  }
  const existing = (await rulesOf(ctx.db, repo.CLASSIFICATION_RULE)).filter((r) => r.jurisdictionAgencyId === body.jurisdictionAgencyId);
  if (existing.some((r) => r.effectiveFrom === body.effectiveFrom)) throw conflict(`该机关 ${body.effectiveFrom} 起施行的分级分类规则已存在`);
  const open = existing.find((r) => r.effectiveTo === null && r.effectiveFrom < body.effectiveFrom);
  const id = stableId(`rule:${repo.CLASSIFICATION_RULE}:${body.jurisdictionAgencyId ?? 'national'}:${body.effectiveFrom}`);
  const dayBefore = new Date(Date.parse(`${body.effectiveFrom}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await ctx.tx(async (tx) => {
    if (open) await repo.closeRule(tx, open.id, dayBefore);
    await repo.insertRule(tx, { id, key: repo.CLASSIFICATION_RULE, jurisdiction_agency_id: body.jurisdictionAgencyId, effective_from: body.effectiveFrom, effective_to: null, value: JSON.stringify(preset.rule), source: preset.source, verified: preset.verified ? 1 : 0, note: preset.label, created_at: ctx.now() });
    await ctx.audit(tx, { action: 'planning.classificationRule.create', objectType: 'ruleValue', objectId: id, detail: { preset: body.preset, jurisdictionAgencyId: body.jurisdictionAgencyId, effectiveFrom: body.effectiveFrom, closed: open?.id ?? null } });
  });
  return listRules(ctx);
}
