import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema types */

/**
 * Issue 8 (legal gates of documents): provisions carry a kind (obligation / penalty / procedure);
 * citations of issued documents resolved against the law library (provision + version); the date of
 * the act and reasons for unresolved citations per draft; 公告送达 ground and failed attempts on a
 * service record. The duplicated seeded chain `caseFiling` is deactivated where the agency has the
 * document chain for the same matter (`document:case-filing-approval`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('provisions').addColumn('kind', 'text').execute();

  await db.schema.alterTable('document_services').addColumn('public_notice_ground', 'text').execute();
  await db.schema.alterTable('document_services').addColumn('failed_attempts', 'text').execute();

  await db.schema
    .createTable('document_citations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('relevant_date', 'text', (c) => c.notNull())
    .addColumn('provision_id', 'text', (c) => c.references('provisions.id'))
    .addColumn('law_version_id', 'text', (c) => c.references('law_versions.id'))
    .addColumn('citation', 'text', (c) => c.notNull())
    .addColumn('resolved', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_citations_document').on('document_citations').column('document_id').execute();
  await db.schema.createIndex('document_citations_provision').on('document_citations').column('provision_id').execute();

  await db.schema
    .createTable('document_citation_settings')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
    .addColumn('act_date', 'text')
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // (`inspectionScheme` is kept: the planning module approves its schemes under that object type.)
  await sql`UPDATE approval_chains SET status = 'inactive'
    WHERE status = 'active' AND object_type = 'caseFiling'
      AND EXISTS (SELECT 1 FROM approval_chains d WHERE d.agency_id = approval_chains.agency_id AND d.status = 'active' AND d.object_type = 'document:case-filing-approval')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('document_citation_settings').ifExists().execute();
  await db.schema.dropTable('document_citations').ifExists().execute();
  await db.schema.alterTable('document_services').dropColumn('failed_attempts').execute();
  await db.schema.alterTable('document_services').dropColumn('public_notice_ground').execute();
  await db.schema.alterTable('provisions').dropColumn('kind').execute();
}
