import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema types */

/**
 * Issue 8 (content and layout): internal approval forms and records carry no seal — they are
 * signed, not sealed — so the built-in types seeded with the 行政执法专用章 lose it; and the default
 * year bracket becomes GB/T 9704's 〔〕 for every agency whose settings nobody has edited yet.
 */
const UNSEALED = [
  'case-filing-approval',
  'inspection-scheme',
  'inspection-record',
  'coercive-measure-approval',
  'site-examination-record',
  'hearing-record',
  'hearing-report',
  'service-receipt',
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.updateTable('document_types').set({ seal: 'none' }).where('builtin', '=', 1).where('code', 'in', UNSEALED).execute();
  await db.updateTable('document_agency_settings').set({ brackets: 'hexagonal' }).where('brackets', '=', 'square').where('updated_by', 'is', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.updateTable('document_types').set({ seal: 'enforcementSeal' }).where('builtin', '=', 1).where('code', 'in', UNSEALED).execute();
}
