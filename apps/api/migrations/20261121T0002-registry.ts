import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema types */

/**
 * 一单两库: the enterprise library (检查对象名录库) with licences and a change history, and the
 * officer library (执法检查人员名录库) with recusals.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // Not unique: two sites of one legal entity share its code. Re-import matches (credit_code, name).
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .addColumn('legal_entity_name', 'text')
    .addColumn('registered_address', 'text')
    .addColumn('address', 'text')
    .addColumn('division_code', 'text')
    .addColumn('town', 'text')
    // 属地: the district whose territory the site is in.
    .addColumn('located_agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    // 分级: the one agency that enforces; the data scope filters on it (on 属地 while unassigned).
    .addColumn('supervising_agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('legal_representative', 'text')
    .addColumn('principal_name', 'text')
    .addColumn('principal_phone', 'text')
    .addColumn('safety_manager_name', 'text')
    .addColumn('safety_manager_phone', 'text')
    .addColumn('industry_code', 'text')
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('sector_confirmed', 'text')
    .addColumn('scale', 'text')
    .addColumn('employee_count', 'integer')
    .addColumn('standardization_level', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('risk_flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('major_hazard_sources', 'text')
    .addColumn('principal_assessed', 'integer')
    .addColumn('combustible_dust_types', 'text')
    .addColumn('ammonia_inventory_kg', 'double precision')
    .addColumn('confined_space_count', 'integer')
    .addColumn('deep_well_casting_lines', 'integer')
    .addColumn('hazardous_processes', 'text')
    .addColumn('note', 'text')
    .addColumn('completeness', 'integer', (c) => c.notNull())
    .addColumn('completeness_missing', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_pilot', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprises_identity').on('enterprises').columns(['credit_code', 'name']).unique().execute();
  await db.schema.createIndex('enterprises_supervising').on('enterprises').columns(['supervising_agency_id', 'name']).execute();
  await db.schema.createIndex('enterprises_located').on('enterprises').columns(['located_agency_id', 'name']).execute();
  await db.schema.createIndex('enterprises_name').on('enterprises').column('name').execute();

  await db.schema
    .createTable('enterprise_licences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('enterprise_licences_enterprise').on('enterprise_licences').column('enterprise_id').execute();

  // Every change, field by field, written in the transaction of the change.
  await db.schema
    .createTable('enterprise_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('request_id', 'text')
    .execute();
  await db.schema.createIndex('enterprise_changes_enterprise').on('enterprise_changes').columns(['enterprise_id', 'at']).execute();

  await db.schema
    .createTable('officers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('title', 'text')
    .addColumn('phone', 'text')
    .addColumn('cert_no', 'text', (c) => c.notNull())
    .addColumn('cert_issuer', 'text', (c) => c.notNull())
    .addColumn('cert_valid_from', 'text', (c) => c.notNull())
    .addColumn('cert_valid_to', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('specialties', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('officers_cert_no').on('officers').column('cert_no').unique().execute();
  // One officer per account (NULLs do not collide on either database).
  await db.schema.createIndex('officers_user').on('officers').column('user_id').unique().execute();
  await db.schema.createIndex('officers_agency').on('officers').columns(['agency_id', 'unit_id']).execute();

  await db.schema
    .createTable('officer_recusals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('officer_id', 'text', (c) => c.notNull().references('officers.id'))
    .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprises.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('officer_recusals_officer').on('officer_recusals').columns(['officer_id', 'enterprise_id']).execute();
  await db.schema.createIndex('officer_recusals_enterprise').on('officer_recusals').column('enterprise_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['officer_recusals', 'officers', 'enterprise_changes', 'enterprise_licences', 'enterprises']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
