import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema types */

/**
 * The evidence store's index (issue 9, point 4): one row per captured item (photo, video, audio),
 * pointing at its content-addressed original and, apart, its thumbnail, with the capture metadata
 * recorded on the device. Rows are never updated: the capture time stays the device's.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('evidence_objects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('declared_sha256', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'bigint', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('thumbnail_sha256', 'text')
    .addColumn('captured_at', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('gps_accuracy_m', 'double precision')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('store', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_objects_sha256').on('evidence_objects').columns(['sha256']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('evidence_objects').execute();
}
