import type { Page } from '@zhifa/shared';
import type { Notification } from '@zhifa/shared/contract/approval';
import type { NotificationTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { notFound, unauthenticated } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import * as repo from './notification.repository';

/**
 * Notifications shown in the portal (the bell and its page): approval reminders and results for
 * now; any module may send one with `notify`. No e-mail or SMS is sent.
 */

export interface NotificationInput {
  userId: string;
  kind: string;
  title: string;
  /** A portal path, e.g. `/approvals/<id>`. */
  link: string | null;
}

/** Records notifications inside the caller's transaction. */
export async function notify(tx: Tx, at: string, items: NotificationInput[]): Promise<void> {
  await repo.insertNotifications(tx, items.map((n) => ({ id: newId(), user_id: n.userId, kind: n.kind, title: n.title, link: n.link, created_at: at, read_at: null })));
}

const toNotification = (r: NotificationTable): Notification => ({ id: r.id, kind: r.kind, title: r.title, link: r.link, createdAt: r.created_at, readAt: r.read_at });

const me = (ctx: Ctx): string => {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor.id;
};

export async function listNotifications(ctx: Ctx, q: { page: number; pageSize: number; unread?: 'true' | 'false' | undefined }): Promise<Page<Notification>> {
  const { rows, total } = await repo.listNotifications(ctx.db, me(ctx), q.unread === 'true', q.page, q.pageSize);
  return { items: rows.map(toNotification), total, page: q.page, pageSize: q.pageSize };
}

export async function unreadCount(ctx: Ctx): Promise<{ unread: number }> {
  return { unread: await repo.countUnread(ctx.db, me(ctx)) };
}

export async function markRead(ctx: Ctx, id: string): Promise<Notification> {
  const userId = me(ctx);
  const row = await repo.findNotification(ctx.db, userId, id);
  if (!row) throw notFound('通知');
  if (row.read_at) return toNotification(row);
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.markRead(tx, userId, id, now);
    await ctx.audit(tx, { action: 'notification.read', objectType: 'notification', objectId: id });
  });
  return toNotification({ ...row, read_at: now });
}

export async function markAllRead(ctx: Ctx): Promise<{ updated: number }> {
  const userId = me(ctx);
  return ctx.tx(async (tx) => {
    const updated = await repo.markAllRead(tx, userId, ctx.now());
    if (updated) await ctx.audit(tx, { action: 'notification.readAll', objectType: 'notification', detail: { updated } });
    return { updated };
  });
}
