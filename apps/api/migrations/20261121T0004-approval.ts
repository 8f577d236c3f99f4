import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema types */

/**
 * The approval engine (chains per agency and object type, instances with a frozen copy of their
 * chain, tasks per assignee, the action history), the built-in `generic:matter` object type, and
 * notifications (reminders and results shown in the portal).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('approval_chains')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addUniqueConstraint('approval_chains_agency_type', ['agency_id', 'object_type'])
    .execute();

  await db.schema
    .createTable('approval_instances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('submitter_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('current_step', 'integer')
    .addColumn('round', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decisions_since_submit', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('chain_id', 'text', (c) => c.notNull().references('approval_chains.id'))
    .addColumn('chain_version', 'integer', (c) => c.notNull())
    .addColumn('chain_name', 'text', (c) => c.notNull())
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('approval_instances_submitter').on('approval_instances').columns(['submitter_id', 'submitted_at']).execute();
  await db.schema.createIndex('approval_instances_object').on('approval_instances').columns(['object_type', 'object_id']).execute();
  // One open approval per object: a second submit while one is pending or returned is refused.
  await db.schema
    .createIndex('approval_instances_open_object')
    .on('approval_instances')
    .columns(['object_type', 'object_id'])
    .unique()
    .where(sql.ref('status'), 'in', sql`('pending', 'returned')`)
    .execute();

  await db.schema
    .createTable('approval_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('approval_instances.id'))
    .addColumn('step_index', 'integer', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('delegated_from', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acted_at', 'text')
    .addColumn('remind_at', 'text')
    .addColumn('reminder_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('approval_tasks_assignee').on('approval_tasks').columns(['assignee_id', 'status']).execute();
  await db.schema.createIndex('approval_tasks_instance').on('approval_tasks').columns(['instance_id', 'round']).execute();
  await db.schema.createIndex('approval_tasks_remind').on('approval_tasks').columns(['status', 'remind_at']).execute();

  await db.schema
    .createTable('approval_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('approval_instances.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('step_index', 'integer')
    .addColumn('step_name', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('opinion', 'text')
    .addColumn('to_step', 'integer')
    .addColumn('to_user_id', 'text')
    .addColumn('to_user_name', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('approval_actions_seq', ['instance_id', 'seq'])
    .execute();
  await db.schema.createIndex('approval_actions_actor').on('approval_actions').columns(['actor_id', 'at']).execute();

  await db.schema
    .createTable('approval_matters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('approval_matters_agency').on('approval_matters').columns(['agency_id', 'created_at']).execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'read_at', 'created_at']).execute();

  // The built-in 局领导 role gains `approval.admin` (configure approval chains) on databases seeded
  // before the permission existed; a fresh database gets it from the role seed.
  await sql`insert into role_permissions (role_id, permission)
    select id, 'approval.admin' from roles
    where code = 'director' and builtin = 1
      and not exists (select 1 from role_permissions rp where rp.role_id = roles.id and rp.permission = 'approval.admin')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['notifications', 'approval_matters', 'approval_actions', 'approval_tasks', 'approval_instances', 'approval_chains']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await sql`delete from role_permissions where permission = 'approval.admin'`.execute(db);
}
