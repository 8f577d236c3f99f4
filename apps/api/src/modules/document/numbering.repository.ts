import { sql } from 'kysely';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import type { Db } from '../../platform/db/connect';
import { likeContains } from '../../platform/db/like';
import type { DocumentAgencySettingTable, DocumentNumberTable, NumberingReservationTable, NumberingUnitSeriesTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

// ── settings and unit sub-series ──────────────────────────────────────────────────────────────

export const findSettings = (db: Q, agencyId: string) => db.selectFrom('document_agency_settings').selectAll().where('agency_id', '=', agencyId).executeTakeFirst();

export const upsertSettings = (tx: Tx, row: DocumentAgencySettingTable) =>
  tx
    .insertInto('document_agency_settings')
    .values(row)
    .onConflict((oc) => oc.column('agency_id').doUpdateSet({ ...row }))
    .execute();

export const insertSettingsIfMissing = (tx: Tx, row: DocumentAgencySettingTable) =>
  tx.insertInto('document_agency_settings').values(row).onConflict((oc) => oc.column('agency_id').doNothing()).execute();

export const findAgency = (db: Q, scope: Scope, id: string) =>
  db.selectFrom('agencies').select(['id', 'name', 'short_name', 'parent_id', 'path']).where('id', '=', id).where(scopeWhere(scope, { agencyId: 'agencies.id' })).executeTakeFirst();

export const findAgencyById = (db: Q, id: string) => db.selectFrom('agencies').select(['id', 'name', 'short_name', 'parent_id', 'path']).where('id', '=', id).executeTakeFirst();

export const listUnitSeries = (db: Q, agencyId: string) =>
  db
    .selectFrom('numbering_unit_series as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .select(['s.id', 's.agency_id', 's.unit_id', 's.label', 's.active', 'u.name as unit_name', 'u.path as unit_path'])
    .where('s.agency_id', '=', agencyId)
    .orderBy('s.label')
    .execute();

export const findUnitSeries = (db: Q, id: string) =>
  db.selectFrom('numbering_unit_series as s').innerJoin('units as u', 'u.id', 's.unit_id').select(['s.id', 's.agency_id', 's.unit_id', 's.label', 's.active', 'u.name as unit_name']).where('s.id', '=', id).executeTakeFirst();

export const findUnit = (db: Q, id: string) => db.selectFrom('units').select(['id', 'agency_id', 'name', 'path', 'status']).where('id', '=', id).executeTakeFirst();

export const insertUnitSeries = (tx: Tx, row: NumberingUnitSeriesTable) => tx.insertInto('numbering_unit_series').values(row).execute();
export const updateUnitSeries = (tx: Tx, id: string, patch: Partial<NumberingUnitSeriesTable>) => tx.updateTable('numbering_unit_series').set(patch).where('id', '=', id).execute();

/** The active sub-series of a unit or of the nearest unit above it (监察一科 → 市安监支队). */
export async function seriesForUnitPath(db: Q, agencyId: string, unitPath: string | null): Promise<{ unit_id: string; label: string } | undefined> {
  if (!unitPath) return undefined;
  const ids = unitPath.split('/').filter(Boolean);
  const rows = await db.selectFrom('numbering_unit_series').select(['unit_id', 'label']).where('agency_id', '=', agencyId).where('active', '=', 1).where('unit_id', 'in', ids).execute();
  for (const id of ids.reverse()) {
    const hit = rows.find((r) => r.unit_id === id);
    if (hit) return hit;
  }
  return undefined;
}

export const unitPath = async (db: Q, unitId: string | null): Promise<string | null> =>
  unitId ? ((await db.selectFrom('units').select('path').where('id', '=', unitId).executeTakeFirst())?.path ?? null) : null;

// ── counters (row-locked in the issuing transaction) ──────────────────────────────────────────

export const counterId = (agencyId: string, seriesKey: string, year: number): string => `${agencyId}|${seriesKey}|${year}`;

/**
 * Locks the counter of a series for the rest of the transaction and returns its last serial. On
 * PostgreSQL the UPDATE takes the row lock, so a second issuer in any process waits here until the
 * first commits or rolls back; on SQLite the write transaction is exclusive anyway.
 */
export async function lockCounter(tx: Tx, agencyId: string, seriesKey: string, year: number, now: string): Promise<number> {
  const id = counterId(agencyId, seriesKey, year);
  await tx.insertInto('numbering_counters').values({ id, agency_id: agencyId, series_key: seriesKey, year, last_serial: 0, updated_at: now }).onConflict((oc) => oc.column('id').doNothing()).execute();
  const row = await tx.updateTable('numbering_counters').set({ updated_at: now }).where('id', '=', id).returning('last_serial').executeTakeFirstOrThrow();
  return row.last_serial;
}

/** Advances a locked counter by `n` and returns the new last serial. */
export async function advanceCounter(tx: Tx, agencyId: string, seriesKey: string, year: number, n: number, now: string): Promise<number> {
  const row = await tx
    .updateTable('numbering_counters')
    .set((eb) => ({ last_serial: eb('last_serial', '+', n), updated_at: now }))
    .where('id', '=', counterId(agencyId, seriesKey, year))
    .returning('last_serial')
    .executeTakeFirstOrThrow();
  return row.last_serial;
}

// ── the ledger ────────────────────────────────────────────────────────────────────────────────

export const insertNumbers = (tx: Tx, rows: DocumentNumberTable[]) => (rows.length ? tx.insertInto('document_numbers').values(rows).execute() : Promise.resolve([]));
export const updateNumber = (tx: Tx, id: string, patch: Partial<DocumentNumberTable>) => tx.updateTable('document_numbers').set(patch).where('id', '=', id).execute();

/** A number handed back from a reserved block, to be issued before the counter advances (no gap). */
export const firstReturned = (tx: Tx, agencyId: string, seriesKey: string, year: number) =>
  tx.selectFrom('document_numbers').selectAll().where('agency_id', '=', agencyId).where('series_key', '=', seriesKey).where('year', '=', year).where('status', '=', 'returned').orderBy('serial').limit(1).executeTakeFirst();

/**
 * Whether a serial of a type is already taken in a year (in any status), whatever the number looked
 * like then: a change of brackets, prefix or numbering mode must not issue "the same" number twice.
 */
export const serialTaken = async (tx: Tx, n: { agencyId: string; numberCode: string; year: number; serial: number; sub: number; unitId: string | null }): Promise<boolean> => {
  let q = tx.selectFrom('document_numbers').select('id').where('agency_id', '=', n.agencyId).where('number_code', '=', n.numberCode).where('year', '=', n.year).where('serial', '=', n.serial).where('sub', '=', n.sub);
  q = n.unitId ? q.where('unit_id', '=', n.unitId) : q.where('unit_id', 'is', null);
  return Boolean(await q.executeTakeFirst());
};

export const findNumber = (db: Q, id: string) => db.selectFrom('document_numbers').selectAll().where('id', '=', id).executeTakeFirst();

export const numbersOfCase = (tx: Tx, agencyId: string, caseKey: string, numberCode: string) =>
  tx.selectFrom('document_numbers').select((eb) => eb.fn.max('sub').as('sub')).where('agency_id', '=', agencyId).where('case_key', '=', caseKey).where('number_code', '=', numberCode).executeTakeFirst();

export const findCaseSerial = (tx: Tx, agencyId: string, caseKey: string) => tx.selectFrom('document_case_serials').selectAll().where('agency_id', '=', agencyId).where('case_key', '=', caseKey).executeTakeFirst();
export const insertCaseSerial = (tx: Tx, row: { agency_id: string; case_key: string; series_key: string; year: number; serial: number; created_at: string }) => tx.insertInto('document_case_serials').values(row).execute();

export interface LedgerFilter {
  agencyId?: string | undefined;
  typeCode?: string | undefined;
  year?: number | undefined;
  status?: DocumentNumberTable['status'] | undefined;
  q?: string | undefined;
}

const ledgerBase = (db: Q, scope: Scope, f: LedgerFilter) => {
  let q = db
    .selectFrom('document_numbers as n')
    .leftJoin('numbering_reservations as r', 'r.id', 'n.reservation_id')
    .leftJoin('users as ru', 'ru.id', 'r.officer_id')
    .leftJoin('users as vu', 'vu.id', 'n.voided_by')
    .leftJoin('document_types as t', 't.code', 'n.type_code')
    .where(scopeWhere(scope, { agencyId: 'n.agency_id' }));
  if (f.agencyId) q = q.where('n.agency_id', '=', f.agencyId);
  if (f.typeCode) q = q.where('n.type_code', '=', f.typeCode);
  if (f.year) q = q.where('n.year', '=', f.year);
  if (f.status) q = q.where('n.status', '=', f.status);
  if (f.q) q = q.where(likeContains('n.number', f.q));
  return q;
};

export async function listLedger(db: Q, scope: Scope, f: LedgerFilter, page: number, pageSize: number) {
  const base = ledgerBase(db, scope, f);
  const [rows, total] = await Promise.all([
    base
      .select(['n.id', 'n.agency_id', 'n.type_code', 'n.year', 'n.serial', 'n.sub', 'n.number', 'n.status', 'n.document_id', 'n.reservation_id', 'n.case_key', 'n.issued_at', 'n.returned_at', 'n.void_reason', 'n.voided_at', 'n.created_at', 'r.device_id', 'ru.display_name as reserved_by_name', 'vu.display_name as voided_by_name', 't.name as type_name'])
      .orderBy('n.year', 'desc')
      .orderBy('n.type_code')
      .orderBy('n.serial', 'desc')
      .orderBy('n.sub', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

// ── reservations ──────────────────────────────────────────────────────────────────────────────

export const insertReservation = (tx: Tx, row: NumberingReservationTable) => tx.insertInto('numbering_reservations').values(row).execute();
export const updateReservation = (tx: Tx, id: string, patch: Partial<NumberingReservationTable>) => tx.updateTable('numbering_reservations').set(patch).where('id', '=', id).execute();

const reservationSelect = (db: Q) =>
  db
    .selectFrom('numbering_reservations as r')
    .innerJoin('users as u', 'u.id', 'r.officer_id')
    .leftJoin('document_types as t', 't.code', 'r.type_code')
    .select(['r.id', 'r.agency_id', 'r.unit_id', 'r.type_code', 'r.series_key', 'r.year', 'r.from_serial', 'r.to_serial', 'r.device_id', 'r.officer_id', 'r.status', 'r.created_at', 'r.closed_at', 'u.display_name as officer_name', 't.name as type_name']);

export const findReservation = (db: Q, scope: Scope, id: string) =>
  reservationSelect(db).where('r.id', '=', id).where(scopeWhere(scope, { agencyId: 'r.agency_id', unitId: 'r.unit_id', ownerId: 'r.officer_id' })).executeTakeFirst();

export const listReservations = (db: Q, scope: Scope, f: { status?: 'open' | 'closed' | undefined; agencyId?: string | undefined }) => {
  let q = reservationSelect(db).where(scopeWhere(scope, { agencyId: 'r.agency_id', unitId: 'r.unit_id', ownerId: 'r.officer_id' }));
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.agencyId) q = q.where('r.agency_id', '=', f.agencyId);
  return q.orderBy('r.created_at', 'desc').limit(200).execute();
};

export const numbersOfReservations = (db: Q, ids: string[]) =>
  ids.length ? db.selectFrom('document_numbers').select(['id', 'reservation_id', 'serial', 'number', 'status', 'document_id', 'void_reason']).where('reservation_id', 'in', ids).orderBy('serial').execute() : Promise.resolve([]);

/** Locks the reservation's numbers (UPDATE … RETURNING) so two devices cannot use one number. */
export const lockReservationNumber = (tx: Tx, reservationId: string, serial: number, now: string) =>
  tx.updateTable('document_numbers').set({ updated_at: now }).where('reservation_id', '=', reservationId).where('serial', '=', serial).returningAll().executeTakeFirst();

export const countReserved = async (tx: Tx, reservationId: string): Promise<number> =>
  Number((await tx.selectFrom('document_numbers').select((eb) => eb.fn.countAll<number>().as('n')).where('reservation_id', '=', reservationId).where('status', '=', 'reserved').executeTakeFirstOrThrow()).n);

export type ReservationRow = NonNullable<Awaited<ReturnType<typeof findReservation>>>;
export type LedgerRow = Awaited<ReturnType<typeof listLedger>>['rows'][number];

/** Number of ledger rows per status for a series (the admin page's summary). */
export const ledgerCounts = (db: Q, agencyId: string, year: number) =>
  db.selectFrom('document_numbers').select(['status', sql<number>`count(*)`.as('n')]).where('agency_id', '=', agencyId).where('year', '=', year).groupBy('status').execute();
