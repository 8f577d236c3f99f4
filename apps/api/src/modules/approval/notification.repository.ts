import type { Db } from '../../platform/db/connect';
import type { NotificationTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

export async function insertNotifications(tx: Tx, rows: NotificationTable[]): Promise<void> {
  if (rows.length) await tx.insertInto('notifications').values(rows).execute();
}

function mine(db: Q, userId: string, unreadOnly: boolean) {
  let q = db.selectFrom('notifications').where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  return q;
}

export async function listNotifications(db: Q, userId: string, unreadOnly: boolean, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    mine(db, userId, unreadOnly).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    mine(db, userId, unreadOnly).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const countUnread = async (db: Q, userId: string): Promise<number> =>
  Number((await mine(db, userId, true).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

export const findNotification = (db: Q, userId: string, id: string) => mine(db, userId, false).selectAll().where('id', '=', id).executeTakeFirst();

export const markRead = (tx: Tx, userId: string, id: string, at: string) =>
  tx.updateTable('notifications').set({ read_at: at }).where('id', '=', id).where('user_id', '=', userId).where('read_at', 'is', null).execute();

export async function markAllRead(tx: Tx, userId: string, at: string): Promise<number> {
  const r = await tx.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}
