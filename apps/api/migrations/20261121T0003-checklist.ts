import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema types */

/**
 * 法律法规库, 违法行为库 with dated discretion tiers, 检查事项库 (checklist → unit → item, versioned,
 * with the local-item review workflow), 专项执法 sets, and the generic search index.
 * Reference records carry their natural `key` (null for records created in the system).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('laws')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('short_title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('laws_title').on('laws').column('title').unique().execute();

  await db.schema
    .createTable('law_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('law_id', 'text', (c) => c.notNull().references('laws.id'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('adopted_on', 'text')
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('text_source', 'text')
    .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('law_versions_tag', ['law_id', 'tag'])
    .execute();

  await db.schema
    .createTable('provisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('law_version_id', 'text', (c) => c.notNull().references('law_versions.id'))
    .addColumn('parent_id', 'text', (c) => c.references('provisions.id'))
    .addColumn('article', 'integer', (c) => c.notNull())
    .addColumn('paragraph', 'integer')
    .addColumn('item', 'integer')
    .addColumn('sub_item', 'integer')
    .addColumn('heading', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('text_is_paraphrase', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('citation', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('provisions_version').on('provisions').columns(['law_version_id', 'sort_order']).execute();
  await db.schema.createIndex('provisions_parent').on('provisions').column('parent_id').execute();

  await db.schema
    .createTable('violations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('party_kinds', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('violation_provisions')
    .addColumn('violation_id', 'text', (c) => c.notNull().references('violations.id'))
    .addColumn('provision_id', 'text', (c) => c.notNull().references('provisions.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('violation_provisions_pk', ['violation_id', 'role', 'provision_id'])
    .execute();
  await db.schema.createIndex('violation_provisions_provision').on('violation_provisions').column('provision_id').execute();

  // 自由裁量: one row per dated version, one row per tier; amounts in fen.
  await db.schema
    .createTable('discretion_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('violation_id', 'text', (c) => c.notNull().references('violations.id'))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('statutory_unit_min_fen', 'bigint')
    .addColumn('statutory_unit_max_fen', 'bigint')
    .addColumn('statutory_person_min_fen', 'bigint')
    .addColumn('statutory_person_max_fen', 'bigint')
    .addColumn('statutory_other_penalties', 'text', (c) => c.notNull())
    .addColumn('statutory_summary', 'text', (c) => c.notNull())
    .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('discretion_versions_violation').on('discretion_versions').columns(['violation_id', 'effective_from']).execute();

  await db.schema
    .createTable('discretion_tiers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('version_id', 'text', (c) => c.notNull().references('discretion_versions.id'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('circumstance', 'text', (c) => c.notNull())
    .addColumn('no_penalty', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unit_min_fen', 'bigint')
    .addColumn('unit_max_fen', 'bigint')
    .addColumn('person_min_fen', 'bigint')
    .addColumn('person_max_fen', 'bigint')
    .addColumn('other_penalties', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addUniqueConstraint('discretion_tiers_level', ['version_id', 'level'])
    .execute();

  await db.schema
    .createTable('checklists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source_level', 'text', (c) => c.notNull())
    .addColumn('owner_agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('check_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('checklist_id', 'text', (c) => c.notNull().references('checklists.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('check_units_checklist').on('check_units').columns(['checklist_id', 'sort_order']).execute();

  // One row per version of an item; all versions of an item share lineage_id (the first version's id).
  await db.schema
    .createTable('check_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('lineage_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('checklist_id', 'text', (c) => c.notNull().references('checklists.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('check_units.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('methods', 'text', (c) => c.notNull())
    .addColumn('compliant_wording', 'text', (c) => c.notNull())
    .addColumn('non_compliant_wording', 'text', (c) => c.notNull())
    .addColumn('violation_id', 'text', (c) => c.references('violations.id'))
    .addColumn('related_violation_ids', 'text', (c) => c.notNull())
    .addColumn('on_site_measure', 'text', (c) => c.notNull())
    .addColumn('on_site_default_days', 'integer')
    .addColumn('major_hazard', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('needs_review', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sectors', 'text')
    .addColumn('risk_flags', 'text', (c) => c.notNull())
    .addColumn('source_level', 'text', (c) => c.notNull())
    .addColumn('owner_agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_by_name', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_by_name', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_by_name', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('published_at', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('check_items_lineage_version', ['lineage_id', 'version'])
    .execute();
  await db.schema.createIndex('check_items_tree').on('check_items').columns(['checklist_id', 'unit_id', 'sort_order']).execute();
  await db.schema.createIndex('check_items_status').on('check_items').columns(['status', 'owner_agency_id']).execute();

  await db.schema
    .createTable('check_item_provisions')
    .addColumn('item_id', 'text', (c) => c.notNull().references('check_items.id'))
    .addColumn('provision_id', 'text', (c) => c.notNull().references('provisions.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('check_item_provisions_pk', ['item_id', 'role', 'provision_id'])
    .execute();
  await db.schema.createIndex('check_item_provisions_provision').on('check_item_provisions').column('provision_id').execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('source_level', 'text', (c) => c.notNull())
    .addColumn('owner_agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('parent_id', 'text', (c) => c.references('campaigns.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('sectors', 'text')
    .addColumn('risk_flags', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Membership is by item lineage, so a campaign keeps its items across item versions.
  await db.schema
    .createTable('campaign_items')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('item_lineage_id', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_items_pk', ['campaign_id', 'item_lineage_id'])
    .execute();
  await db.schema.createIndex('campaign_items_lineage').on('campaign_items').column('item_lineage_id').execute();

  // Generic search index (docs/decisions/0006-search.md): normalised text searched with LIKE.
  await db.schema
    .createTable('search_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subtitle', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('search_title', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('sort_key', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_documents_entity', ['entity_type', 'entity_id'])
    .execute();
  await db.schema.createIndex('search_documents_type').on('search_documents').columns(['entity_type', 'agency_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'search_documents',
    'campaign_items',
    'campaigns',
    'check_item_provisions',
    'check_items',
    'check_units',
    'checklists',
    'discretion_tiers',
    'discretion_versions',
    'violation_provisions',
    'violations',
    'provisions',
    'law_versions',
    'laws',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
