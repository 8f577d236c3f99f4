import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema types */

/**
 * 分级分类, annual and monthly plans, inspection schemes, verifiable 双随机 draws, inspection tasks and
 * the public notices of 一公开 (issue 11).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Classification inputs the registry does not hold: accidents and credit, per enterprise.
  await db.schema
    .createTable('enterprise_risk_inputs')
    .addColumn('enterprise_id', 'text', (c) => c.primaryKey().references('enterprises.id'))
    .addColumn('credit_status', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('last_accident_on', 'text')
    .addColumn('last_fatal_accident_on', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  // The current class of each enterprise (one row), and every computation kept with its inputs.
  await db.schema
    .createTable('enterprise_classes')
    .addColumn('enterprise_id', 'text', (c) => c.primaryKey().references('enterprises.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('agency_level', 'text', (c) => c.notNull())
    .addColumn('risk_class', 'text', (c) => c.notNull())
    .addColumn('frequency_floor', 'integer', (c) => c.notNull())
    .addColumn('frequency_cap', 'integer', (c) => c.notNull())
    .addColumn('history_id', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprise_classes_class').on('enterprise_classes').columns(['risk_class']).execute();

  await db.schema
    .createTable('enterprise_class_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('agency_level', 'text', (c) => c.notNull())
    .addColumn('risk_class', 'text', (c) => c.notNull())
    .addColumn('frequency_floor', 'integer', (c) => c.notNull())
    .addColumn('frequency_cap', 'integer', (c) => c.notNull())
    .addColumn('rule_id', 'text')
    .addColumn('inputs', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprise_class_history_ent').on('enterprise_class_history').columns(['enterprise_id', 'computed_at']).execute();

  await db.schema
    .createTable('classification_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text')
    .addColumn('enterprise_count', 'integer', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .execute();

  await db.schema
    .createTable('annual_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('random_ratio', 'integer', (c) => c.notNull())
    .addColumn('random_pool_size', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approval_id', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('filed_with_agency_id', 'text')
    .addColumn('filed_on', 'text')
    .addColumn('filing_reference', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('annual_plans_agency_year').on('annual_plans').columns(['agency_id', 'year']).execute();

  await db.schema
    .createTable('plan_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('annual_plans.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text')
    .addColumn('basis', 'text')
    .addColumn('content', 'text')
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('sector', 'text')
    .addColumn('key_count', 'integer', (c) => c.notNull())
    .addColumn('random_count', 'integer', (c) => c.notNull())
    .addColumn('frequency', 'integer', (c) => c.notNull())
    .addColumn('frequency_cap', 'integer', (c) => c.notNull())
    .addColumn('months', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('joint_departments', 'text')
    .addColumn('note', 'text')
    .execute();

  await db.schema
    .createTable('plan_key_enterprises')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('annual_plans.id'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('reason', 'text')
    .addPrimaryKeyConstraint('plan_key_enterprises_pk', ['plan_id', 'enterprise_id'])
    .execute();

  await db.schema
    .createTable('monthly_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('annual_plans.id'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('sector', 'text')
    .addColumn('planned_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('monthly_plans_plan').on('monthly_plans').columns(['plan_id', 'month']).execute();

  await db.schema
    .createTable('inspection_schemes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('unit_id', 'text')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text')
    .addColumn('plan_item_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('inspection_kind', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('objects', 'text', (c) => c.notNull())
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approval_id', 'text')
    .addColumn('document_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('draws')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('unit_id', 'text')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text')
    .addColumn('plan_item_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('attempt_no', 'integer', (c) => c.notNull())
    .addColumn('previous_id', 'text')
    .addColumn('redraw_reason', 'text')
    .addColumn('filters', 'text', (c) => c.notNull())
    .addColumn('strata', 'text', (c) => c.notNull())
    .addColumn('officers_per_enterprise', 'integer', (c) => c.notNull())
    .addColumn('draw_date', 'text', (c) => c.notNull())
    .addColumn('due_from', 'text', (c) => c.notNull())
    .addColumn('due_to', 'text', (c) => c.notNull())
    .addColumn('pool', 'text', (c) => c.notNull())
    .addColumn('officers', 'text', (c) => c.notNull())
    .addColumn('exclusions', 'text', (c) => c.notNull())
    .addColumn('pool_hash', 'text', (c) => c.notNull())
    .addColumn('officer_hash', 'text', (c) => c.notNull())
    .addColumn('seed_commitment', 'text', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('seed_revealed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('result', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('void_reason', 'text')
    .addColumn('committed_at', 'text', (c) => c.notNull())
    .addColumn('committed_by', 'text', (c) => c.notNull())
    .addColumn('drawn_at', 'text')
    .addColumn('drawn_by', 'text')
    .addColumn('voided_at', 'text')
    .execute();
  await db.schema.createIndex('draws_agency').on('draws').columns(['agency_id', 'committed_at']).execute();

  await db.schema
    .createTable('inspection_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('unit_id', 'text')
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('plan_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_from', 'text', (c) => c.notNull())
    .addColumn('due_to', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_tasks_enterprise').on('inspection_tasks').columns(['enterprise_id', 'due_from']).execute();
  await db.schema.createIndex('inspection_tasks_source').on('inspection_tasks').columns(['source_kind', 'source_id']).execute();

  await db.schema
    .createTable('inspection_task_officers')
    .addColumn('task_id', 'text', (c) => c.notNull().references('inspection_tasks.id'))
    .addColumn('officer_id', 'text', (c) => c.notNull().references('officers.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('inspection_task_officers_pk', ['task_id', 'officer_id'])
    .execute();
  await db.schema.createIndex('inspection_task_officers_officer').on('inspection_task_officers').columns(['officer_id']).execute();

  // 一公开: what must be public, by when, and whether it is (draw results, inspection outcomes, penalty decisions).
  await db.schema
    .createTable('public_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('formed_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('withdraw_reason', 'text')
    .addColumn('withdraw_due_on', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('public_notices_object').on('public_notices').columns(['object_type', 'object_id']).execute();
  await db.schema.createIndex('public_notices_kind').on('public_notices').columns(['kind', 'status', 'published_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'public_notices', 'inspection_task_officers', 'inspection_tasks', 'draws', 'inspection_schemes', 'monthly_plans', 'plan_key_enterprises', 'plan_items', 'annual_plans',
    'classification_runs', 'enterprise_class_history', 'enterprise_classes', 'enterprise_risk_inputs',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
