/**
 * 一公开: what must be public and by when. Draw plans and results, inspection outcomes (20 working days
 * by default) and penalty decisions (7 working days) are published as notices with their due day from
 * the dated rule values; a decision later changed or revoked has its notice withdrawn (3 days). Other
 * modules (inspections, cases) call `publishNotice` / `withdrawNoticesOf` inside their transaction.
 */
import type { PublicNoticeBody, WithdrawBody } from '@zhifa/shared/contract/planning';
import type { z } from 'zod';
import type { PublicNoticeTable } from '../../platform/db/schema';
import type { Db } from '../../platform/db/connect';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { holidayYears } from '../document/rule-values';
import { periodEnd } from '../document/working-days';
import { todayOf } from '../planning/classification.service';
import { publicationDays, rulesOf, RULE_PUBLISH_DRAW, RULE_PUBLISH_INSPECTION, RULE_PUBLISH_PENALTY, RULE_WITHDRAW } from '../planning/planning-rules.service';
import { maskPerson, maskText } from './public-mask';
import * as repo from './public-notice.repository';

const ruleOfKind: Record<PublicNoticeTable['kind'], string> = { drawPlan: RULE_PUBLISH_DRAW, drawResult: RULE_PUBLISH_DRAW, inspectionOutcome: RULE_PUBLISH_INSPECTION, penaltyDecision: RULE_PUBLISH_PENALTY };
export const noticeKindLabel: Record<PublicNoticeTable['kind'], string> = { drawPlan: '双随机抽查计划', drawResult: '双随机抽查结果', inspectionOutcome: '检查结果', penaltyDecision: '行政处罚决定' };

/** The last day a notice formed on `formedOn` may be published (working days on the China calendar). */
export async function dueDay(db: Db | Tx, key: string, agencyPath: string, formedOn: string): Promise<string> {
  const period = await publicationDays(db, key, agencyPath, formedOn);
  const cal = { years: holidayYears(await rulesOf(db, 'calendar.cn.holidays')) };
  return periodEnd(cal, formedOn, period, { rollToWorkingDay: period.unit === 'calendarDays' }).date;
}

export async function publishNotice(
  tx: Tx,
  ctx: Ctx,
  n: { agencyId: string; agencyPath: string; kind: PublicNoticeTable['kind']; objectType: string; objectId: string; title: string; body: unknown; formedOn: string },
): Promise<{ id: string; dueOn: string; late: boolean }> {
  const id = newId();
  const dueOn = await dueDay(tx, ruleOfKind[n.kind], n.agencyPath, n.formedOn);
  const now = ctx.now();
  await repo.insertNotice(tx, { id, agency_id: n.agencyId, kind: n.kind, object_type: n.objectType, object_id: n.objectId, title: n.title, body: JSON.stringify(n.body), formed_on: n.formedOn, due_on: dueOn, status: 'published', published_at: now, withdraw_reason: null, withdraw_due_on: null, withdrawn_at: null, created_at: now });
  await ctx.audit(tx, { action: 'publication.notice.publish', objectType: 'publicNotice', objectId: id, detail: { kind: n.kind, objectType: n.objectType, objectId: n.objectId, dueOn } });
  return { id, dueOn, late: todayOf(ctx) > dueOn };
}

export async function withdrawNoticesOf(tx: Tx, ctx: Ctx, objectType: string, objectId: string, reason: string, decidedOn: string, agencyPath: string): Promise<number> {
  const rows = (await repo.noticesOfObject(tx, objectType, objectId)).filter((r) => r.status === 'published');
  const due = await dueDay(tx, RULE_WITHDRAW, agencyPath, decidedOn);
  for (const r of rows) {
    await repo.updateNotice(tx, r.id, { status: 'withdrawn', withdraw_reason: reason, withdraw_due_on: due, withdrawn_at: ctx.now() });
    await ctx.audit(tx, { action: 'publication.notice.withdraw', objectType: 'publicNotice', objectId: r.id, detail: { reason, decidedOn, dueOn: due } });
  }
  return rows.length;
}

const actorOf = (ctx: Ctx) => {
  if (!ctx.actor || ctx.actor.kind !== 'user') throw forbidden('接口令牌不能发布公示');
  return ctx.actor;
};

const toNotice = (r: PublicNoticeTable & { agency_name: string }) => ({
  id: r.id, kind: r.kind, kindLabel: noticeKindLabel[r.kind], agencyName: r.agency_name, title: r.title, body: JSON.parse(r.body) as unknown, formedOn: r.formed_on, dueOn: r.due_on, status: r.status,
  publishedAt: r.published_at, late: r.published_at ? r.published_at.slice(0, 10) > r.due_on : false, withdrawReason: r.withdraw_reason, withdrawDueOn: r.withdraw_due_on, withdrawnAt: r.withdrawn_at,
});

/** A notice entered by hand (inspection outcome or penalty decision) until those modules publish their own. */
export async function createNotice(ctx: Ctx, kind: 'inspectionOutcome' | 'penaltyDecision', b: z.output<typeof PublicNoticeBody>) {
  const actor = actorOf(ctx);
  if (b.kind !== kind) throw invalidField('body.kind', `公示类别：本接口只发布“${noticeKindLabel[kind]}”`);
  if (b.formedOn > todayOf(ctx)) throw invalidField('body.formedOn', '决定（结果）形成日期：不能晚于今天');
  const body = { organisation: b.organisation, content: maskText(b.content), person: b.personName ? maskPerson(b.personName) : null };
  const out = await ctx.tx((tx) => publishNotice(tx, ctx, { agencyId: actor.agencyId, agencyPath: actor.agencyPath, kind, objectType: kind, objectId: b.objectId, title: b.title, body, formedOn: b.formedOn }));
  const row = await repo.findNotice(ctx.db, { all: true }, out.id);
  return { ...toNotice({ ...row!, agency_name: '' }), late: out.late };
}

export async function withdrawNotice(ctx: Ctx, id: string, b: z.output<typeof WithdrawBody>) {
  const actor = actorOf(ctx);
  const row = await repo.findNotice(ctx.db, ctx.scope, id);
  if (!row) throw notFound('公示');
  if (row.status === 'withdrawn') throw conflict('该公示已撤回');
  if (b.decidedOn > todayOf(ctx)) throw invalidField('body.decidedOn', '决定变更或撤销日期：不能晚于今天');
  await ctx.tx((tx) => withdrawNoticesOf(tx, ctx, row.object_type, row.object_id, b.reason, b.decidedOn, actor.agencyPath));
  const after = await repo.findNotice(ctx.db, ctx.scope, id);
  return toNotice({ ...after!, agency_name: '' });
}

export async function agencyNotices(ctx: Ctx, q: { page: number; pageSize: number }) {
  const { rows, total } = await repo.listForAgency(ctx.db, ctx.scope, q.page, q.pageSize);
  return { items: rows.map(toNotice), total, page: q.page, pageSize: q.pageSize };
}

export async function publishedNotices(ctx: Ctx, kinds: PublicNoticeTable['kind'][], q: { page: number; pageSize: number }) {
  const { rows, total } = await repo.listPublished(ctx.db, kinds, q.page, q.pageSize);
  return { items: rows.map(toNotice), total, page: q.page, pageSize: q.pageSize };
}

export async function publishedNotice(ctx: Ctx, id: string) {
  const r = await repo.publicNotice(ctx.db, id);
  if (!r) throw notFound('公示');
  return toNotice(r);
}
