import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema types */

/**
 * 三员分立 without loopholes (issue 7, points 7–9):
 * - an API token acts for one business account (`user_id`); tokens made under the old model
 *   (bound to no account, possibly created by the security administrator) are revoked;
 * - granting roles moves from the system administrator to the security administrator;
 * - login attempts are counted in the database (by account, by IP, by both) so every process shares them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();

  await db.schema.alterTable('api_tokens').addColumn('user_id', 'text', (c) => c.references('users.id')).execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();
  await db.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', 'is', null).where('revoked_at', 'is', null).execute();

  // user.assignRole is now a security-administrator permission: take it from system roles, give it to
  // the built-in security administrator (a custom security role gets it when its editor adds it).
  const systemRoles = db.selectFrom('roles').select('id').where('admin_kind', '=', 'system');
  await db.deleteFrom('role_permissions').where('permission', '=', 'user.assignRole').where('role_id', 'in', systemRoles).execute();
  const sec = await db.selectFrom('roles').select('id').where('code', '=', 'securityAdmin').executeTakeFirst();
  if (sec) {
    const has = await db.selectFrom('role_permissions').select('role_id').where('role_id', '=', sec.id).where('permission', '=', 'user.assignRole').executeTakeFirst();
    if (!has) await db.insertInto('role_permissions').values({ role_id: sec.id, permission: 'user.assignRole' }).execute();
    await db.updateTable('roles').set({ updated_at: now }).where('id', '=', sec.id).execute();
  }

  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_attempts').ifExists().execute();
  await db.schema.dropIndex('api_tokens_user').ifExists().execute();
  await db.schema.alterTable('api_tokens').dropColumn('user_id').execute();
}
