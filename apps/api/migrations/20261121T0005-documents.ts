import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../src/platform/db/connect';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema types */

/**
 * Issue 4, documents: the content-addressed file store's index (`files`, write-once), document
 * types as data (with the legal review and 备案 of an agency's own external types), template
 * versions and the version each agency uses from which date, numbering (settings, unit
 * sub-series, row-locked counters, the ledger of every number, per-case serials, reserved blocks
 * for offline work), documents and their versions, agency SM2 keys (private key sealed), seals,
 * officers' signature images, payment accounts, electronic-service consents and service records.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('sm3', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  // Write-once: a stored file's record is never changed or removed by the application.
  if (dialectOf(db) === 'postgres') {
    await sql`CREATE FUNCTION files_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'files is write-once'; END $$`.execute(db);
    await sql`CREATE TRIGGER files_no_update BEFORE UPDATE OR DELETE ON files FOR EACH ROW EXECUTE FUNCTION files_write_once()`.execute(db);
  } else {
    await sql`CREATE TRIGGER files_no_update BEFORE UPDATE ON files BEGIN SELECT RAISE(ABORT, 'files is write-once'); END`.execute(db);
    await sql`CREATE TRIGGER files_no_delete BEFORE DELETE ON files BEGIN SELECT RAISE(ABORT, 'files is write-once'); END`.execute(db);
  }

  await db.schema
    .createTable('document_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('number_code', 'text')
    .addColumn('number_code_assumed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('numbered', 'integer', (c) => c.notNull())
    .addColumn('must_serve', 'integer', (c) => c.notNull())
    .addColumn('needs_approval', 'integer', (c) => c.notNull())
    .addColumn('seal', 'text', (c) => c.notNull())
    .addColumn('signatories', 'text', (c) => c.notNull())
    .addColumn('has_remedies', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('party_kind', 'text')
    .addColumn('doc_set', 'text', (c) => c.notNull())
    .addColumn('builtin', 'integer', (c) => c.notNull())
    .addColumn('owner_agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('legal_approval_id', 'text')
    .addColumn('legal_approved_at', 'text')
    .addColumn('filed_on', 'text')
    .addColumn('filed_with_agency_id', 'text', (c) => c.references('agencies.id'))
    .addColumn('filing_reference', 'text')
    .addColumn('filed_by', 'text')
    .addColumn('activated_at', 'text')
    .addColumn('activated_by', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('document_template_versions')
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_template_versions_pk', ['type_code', 'version'])
    .execute();

  await db.schema
    .createTable('document_template_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_template_settings_day', ['agency_id', 'type_code', 'effective_from'])
    .execute();

  await db.schema
    .createTable('document_agency_settings')
    .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('pattern', 'text', (c) => c.notNull())
    .addColumn('brackets', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('government', 'text')
    .addColumn('superior_agency', 'text')
    .addColumn('court', 'text')
    .addColumn('address', 'text')
    .addColumn('postcode', 'text')
    .addColumn('phone', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('numbering_unit_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('numbering_unit_series_unit', ['unit_id'])
    .addUniqueConstraint('numbering_unit_series_label', ['agency_id', 'label'])
    .execute();

  // One row per agency × series × year; issuing locks it (UPDATE … RETURNING) for the transaction.
  await db.schema
    .createTable('numbering_counters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('series_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_serial', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('numbering_reservations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('series_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('from_serial', 'integer', (c) => c.notNull())
    .addColumn('to_serial', 'integer', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('officer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('numbering_reservations_agency').on('numbering_reservations').columns(['agency_id', 'created_at']).execute();

  // The sequence ledger: every number ever allocated, issued, voided, reserved or returned.
  await db.schema
    .createTable('document_numbers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('series_key', 'text', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('number_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('serial', 'integer', (c) => c.notNull())
    .addColumn('sub', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('reservation_id', 'text', (c) => c.references('numbering_reservations.id'))
    .addColumn('case_key', 'text')
    .addColumn('issued_at', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('void_reason', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_numbers_number', ['agency_id', 'number'])
    .execute();
  await db.schema.createIndex('document_numbers_series').on('document_numbers').columns(['agency_id', 'series_key', 'year', 'status', 'serial']).execute();
  await db.schema.createIndex('document_numbers_serial').on('document_numbers').columns(['agency_id', 'number_code', 'year', 'serial', 'sub']).execute();
  await db.schema.createIndex('document_numbers_reservation').on('document_numbers').columns(['reservation_id', 'serial']).execute();

  // 按案件统一编号: the serial a case (or inspection) got when its first document was issued.
  await db.schema
    .createTable('document_case_serials')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('case_key', 'text', (c) => c.notNull())
    .addColumn('series_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('serial', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_case_serials_pk', ['agency_id', 'case_key'])
    .execute();

  await db.schema
    .createTable('document_signing_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key_sealed', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // One active key per agency, even when two processes create it at the same moment.
  await db.schema.createIndex('document_signing_keys_active').on('document_signing_keys').column('agency_id').unique().where(sql.ref('status'), '=', 'active').execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('root_id', 'text', (c) => c.notNull())
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('supersedes_id', 'text')
    .addColumn('superseded_by_id', 'text')
    .addColumn('correction_reason', 'text')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('enterprise_id', 'text')
    .addColumn('party', 'text')
    .addColumn('officer_ids', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('case_key', 'text')
    .addColumn('payment_account_ids', 'text', (c) => c.notNull())
    .addColumn('signature_files', 'text', (c) => c.notNull())
    .addColumn('use_unit_series', 'integer', (c) => c.notNull())
    .addColumn('template_version', 'text')
    .addColumn('number', 'text')
    .addColumn('number_id', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('issued_at', 'text')
    .addColumn('issued_by', 'text')
    .addColumn('render_input', 'text')
    .addColumn('pdf_sha256', 'text')
    .addColumn('pdf_sm3', 'text')
    .addColumn('signature', 'text')
    .addColumn('signing_key_id', 'text', (c) => c.references('document_signing_keys.id'))
    .addColumn('verify_id', 'text', (c) => c.unique())
    .addColumn('approval_id', 'text')
    .addColumn('void_reason', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('served_at', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_owner').on('documents').columns(['owner_id', 'status', 'updated_at']).execute();
  await db.schema.createIndex('documents_agency').on('documents').columns(['agency_id', 'updated_at']).execute();
  await db.schema.createIndex('documents_root').on('documents').columns(['root_id', 'version_no']).execute();

  await db.schema
    .createTable('document_seals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull().references('files.sha256'))
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_seals_agency').on('document_seals').columns(['agency_id', 'kind', 'active']).execute();

  await db.schema
    .createTable('officer_signature_images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('officer_id', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('file_sha256', 'text', (c) => c.notNull().references('files.sha256'))
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('officer_signature_images_officer').on('officer_signature_images').columns(['officer_id', 'active']).execute();

  await db.schema
    .createTable('payment_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('bank', 'text', (c) => c.notNull())
    .addColumn('account_name', 'text', (c) => c.notNull())
    .addColumn('account_number', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('payment_accounts_number', ['agency_id', 'account_number'])
    .execute();

  await db.schema
    .createTable('service_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('enterprise_id', 'text')
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('party_code', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.references('files.sha256'))
    .addColumn('revoked_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('service_consents_party').on('service_consents').columns(['agency_id', 'enterprise_id']).execute();

  await db.schema
    .createTable('document_services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('served_at', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('receiver_relation', 'text')
    .addColumn('witness_name', 'text')
    .addColumn('witness_signature_sha256', 'text', (c) => c.references('files.sha256'))
    .addColumn('recipient_signature_sha256', 'text', (c) => c.references('files.sha256'))
    .addColumn('receipt_sha256', 'text', (c) => c.references('files.sha256'))
    .addColumn('consent_id', 'text', (c) => c.references('service_consents.id'))
    .addColumn('note', 'text')
    .addColumn('receipt_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_services_document').on('document_services').columns(['document_id', 'served_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'document_services', 'service_consents', 'payment_accounts', 'officer_signature_images', 'document_seals', 'documents', 'document_signing_keys',
    'document_case_serials', 'document_numbers', 'numbering_reservations', 'numbering_counters', 'numbering_unit_series', 'document_agency_settings',
    'document_template_settings', 'document_template_versions', 'document_types', 'files',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  if (dialectOf(db) === 'postgres') await sql`DROP FUNCTION IF EXISTS files_write_once()`.execute(db);
}
