/**
 * What the documents module tells the 工作台 (modules/workbench): the caller's own documents with
 * something left to do, and the deadlines their issued documents set. Read-only; the caller's
 * data scope for document.read applies.
 */
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import type { Ctx } from '../../platform/http/context';
import { unauthenticated } from '../../platform/http/errors';
import type { FrozenInput } from './document-render';
import * as typeRepo from './document-type.repository';
import * as repo from './document.repository';
import { serviceDeadlinesOf } from './serving-queries';
import { addDays } from './working-days';

export interface DocumentWorkItem {
  id: string;
  title: string;
  subtitle: string | null;
  href: string;
  /** YYYY-MM-DD, for deadlines. */
  due: string | null;
  overdue: boolean;
}

const todoLabel: Record<repo.DocumentTodo, string> = { draft: '草稿待完成', returned: '已退回，待补正', toIssue: '已批准，待签发', toServe: '已签发，待送达' };

const todoOf = (r: { status: string; type_must_serve: number | null }): repo.DocumentTodo =>
  r.status === 'returned' ? 'returned' : r.status === 'approved' ? 'toIssue' : r.status === 'issued' ? 'toServe' : 'draft';

function ownerId(ctx: Ctx): string {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor.id;
}

/** My drafts, returned documents, approved documents to issue and issued ones to serve. */
export async function myDocumentTodos(ctx: Ctx, limit: number): Promise<{ count: number; items: DocumentWorkItem[] }> {
  const { rows, total } = await repo.ownDocumentsTodo(ctx.db, ctx.scope, ownerId(ctx), ['draft', 'returned', 'toIssue', 'toServe'], limit);
  return {
    count: total,
    items: rows.map((r) => ({ id: r.id, title: `${r.type_name ?? '文书'}：${r.title}`, subtitle: todoLabel[todoOf(r)], href: `/documents/${r.id}`, due: null, overdue: false })),
  };
}

/** Deadlines are looked for in documents issued within this many days. */
const ISSUED_WITHIN_DAYS = 120;
/** At most this many recent documents are looked at (each costs a few queries). */
const MAX_DOCUMENTS = 50;
/** A deadline shows from this many days before it. */
const SHOW_BEFORE_DAYS = 30;

/**
 * Open deadlines of my issued documents (送达期限, 公告送达生效日, 缴纳罚款期限), soonest first:
 * those due within 30 days, and a 送达期限 already passed without service (overdue).
 */
export async function myComingDeadlines(ctx: Ctx, limit: number): Promise<{ count: number; items: DocumentWorkItem[] }> {
  const today = toChinaDate(ctx.clock.now());
  const rows = await repo.ownIssuedSince(ctx.db, ctx.scope, ownerId(ctx), addDays(today, -ISSUED_WITHIN_DAYS), MAX_DOCUMENTS);
  const types = new Map<string, Awaited<ReturnType<typeof typeRepo.findType>>>();
  const items: DocumentWorkItem[] = [];
  for (const r of rows) {
    if (!types.has(r.type_code)) types.set(r.type_code, await typeRepo.findType(ctx.db, r.type_code));
    const t = types.get(r.type_code);
    if (!t) continue;
    const frozen = r.render_input ? (JSON.parse(r.render_input) as FrozenInput) : null;
    for (const d of await serviceDeadlinesOf(ctx.db, r, t, frozen)) {
      if (d.met !== null) continue;
      const overdue = d.date < today;
      if (overdue ? d.key !== 'service.absentDelivery' : d.date > addDays(today, SHOW_BEFORE_DAYS)) continue;
      items.push({ id: `${r.id}:${d.key}`, title: `${r.type_name ?? '文书'}${r.number ? ` ${r.number}` : ''}`, subtitle: d.label, href: `/documents/${r.id}`, due: d.date, overdue });
    }
  }
  items.sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  return { count: items.length, items: items.slice(0, limit) };
}
