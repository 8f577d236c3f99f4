import type { DocumentSettings, LedgerEntry, Page, Reservation, UnitSeries } from '@zhifa/shared';
import type { DocumentAgencySettingTable, DocumentNumberTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound, unauthenticated } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { uniqueViolation } from './approval-adapter';
import { chinaYear, DEFAULT_PATTERN, defaultPrefix, formatDocumentNumber, patternProblems, type BracketStyle } from './document-number-format';
import * as typeRepo from './document-type.repository';
import * as repo from './numbering.repository';

/**
 * 文书编号 (Q1, Q2): numbers come only from here. A number is allocated inside the issuing
 * transaction under a row lock on its series' counter, so concurrent issuers — in one process or
 * several, on PostgreSQL or SQLite — get consecutive serials with no gap and no duplicate; a
 * rolled-back issuance gives its serial back with the rollback. Every number lands in the ledger
 * (document_numbers): issued, voided with its reason, reserved for a device, returned.
 */

function actorOf(ctx: Ctx) {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

export interface NumberFormat {
  prefix: string;
  pattern: string;
  brackets: BracketStyle;
  mode: 'perType' | 'perCase';
}

export const defaultSettingsRow = (agency: { id: string; short_name: string }, now: string): DocumentAgencySettingTable => ({
  agency_id: agency.id, prefix: defaultPrefix(agency.short_name), pattern: DEFAULT_PATTERN, brackets: 'hexagonal', mode: 'perType',
  government: null, superior_agency: null, court: null, address: null, postcode: null, phone: null, updated_at: now, updated_by: null,
});

/** The agency's settings, or the defaults when it has none yet. */
export async function settingsRow(db: Ctx['db'] | Tx, agencyId: string, now: string): Promise<DocumentAgencySettingTable & { agency_name: string; short_name: string }> {
  const agency = await repo.findAgencyById(db, agencyId);
  if (!agency) throw notFound('机关');
  const row = (await repo.findSettings(db, agencyId)) ?? defaultSettingsRow(agency, now);
  return { ...row, agency_name: agency.name, short_name: agency.short_name };
}

const example = (s: NumberFormat, year: number): string => formatDocumentNumber({ pattern: s.pattern, prefix: s.prefix, brackets: s.brackets, code: '立', year, serial: 1 });

function toSettings(r: Awaited<ReturnType<typeof settingsRow>>, year: number): DocumentSettings {
  return {
    agencyId: r.agency_id, agencyName: r.agency_name, shortName: r.short_name, prefix: r.prefix, pattern: r.pattern, brackets: r.brackets, mode: r.mode,
    example: example(r, year), government: r.government, superiorAgency: r.superior_agency, court: r.court, address: r.address, postcode: r.postcode, phone: r.phone, updatedAt: r.updated_at,
  };
}

async function agencyInScope(ctx: Ctx, agencyId: string | undefined): Promise<string> {
  const id = agencyId ?? actorOf(ctx).agencyId;
  if (!(await repo.findAgency(ctx.db, ctx.scope, id))) throw notFound('机关');
  return id;
}

export async function getSettings(ctx: Ctx, agencyId: string | undefined): Promise<DocumentSettings> {
  const id = await agencyInScope(ctx, agencyId);
  return toSettings(await settingsRow(ctx.db, id, ctx.now()), chinaYear(ctx.clock.now()));
}

export async function updateSettings(ctx: Ctx, agencyId: string | undefined, patch: Partial<{ prefix: string; pattern: string; brackets: BracketStyle; mode: 'perType' | 'perCase'; government: string | null; superiorAgency: string | null; court: string | null; address: string | null; postcode: string | null; phone: string | null }>): Promise<DocumentSettings> {
  const id = await agencyInScope(ctx, agencyId);
  if (patch.pattern !== undefined) {
    const problems = patternProblems(patch.pattern);
    if (problems.length) throw invalidField('body.pattern', `编号格式：${problems.join('；')}`);
  }
  const before = await settingsRow(ctx.db, id, ctx.now());
  const { agency_name: _n, short_name: _s, ...current } = before;
  const columns: [keyof typeof patch, keyof DocumentAgencySettingTable][] = [
    ['prefix', 'prefix'], ['pattern', 'pattern'], ['brackets', 'brackets'], ['mode', 'mode'], ['government', 'government'], ['superiorAgency', 'superior_agency'],
    ['court', 'court'], ['address', 'address'], ['postcode', 'postcode'], ['phone', 'phone'],
  ];
  const changes: Record<string, unknown> = {};
  for (const [k, col] of columns) if (patch[k] !== undefined) changes[col] = patch[k] ?? null;
  const row: DocumentAgencySettingTable = { ...current, ...(changes as Partial<DocumentAgencySettingTable>), updated_at: ctx.now(), updated_by: actorOf(ctx).id };
  await ctx.tx(async (tx) => {
    await repo.upsertSettings(tx, row);
    await ctx.audit(tx, { action: 'document.settings.update', objectType: 'agency', objectId: id, detail: { changed: Object.keys(patch), pattern: row.pattern, brackets: row.brackets, mode: row.mode } });
  });
  return getSettings(ctx, id);
}

// ── unit sub-series (Q1) ──────────────────────────────────────────────────────────────────────

const toSeries = (r: { id: string; agency_id: string; unit_id: string; label: string; active: number; unit_name: string }): UnitSeries => ({ id: r.id, agencyId: r.agency_id, unitId: r.unit_id, unitName: r.unit_name, label: r.label, active: r.active === 1 });

export async function listUnitSeries(ctx: Ctx, agencyId: string | undefined): Promise<UnitSeries[]> {
  const id = await agencyInScope(ctx, agencyId);
  return (await repo.listUnitSeries(ctx.db, id)).map(toSeries);
}

export async function createUnitSeries(ctx: Ctx, input: { unitId: string; label: string }): Promise<UnitSeries> {
  const unit = await repo.findUnit(ctx.db, input.unitId);
  if (!unit || !(await repo.findAgency(ctx.db, ctx.scope, unit.agency_id))) throw invalidField('body.unitId', '科室：不存在或不在您的管理范围内');
  if (unit.status !== 'active') throw invalidField('body.unitId', `科室：“${unit.name}”已停用`);
  const now = ctx.now();
  const row = { id: newId(), agency_id: unit.agency_id, unit_id: unit.id, label: input.label, active: 1, created_at: now, updated_at: now };
  try {
    await ctx.tx(async (tx) => {
      await repo.insertUnitSeries(tx, row);
      await ctx.audit(tx, { action: 'document.unitSeries.create', objectType: 'numberingUnitSeries', objectId: row.id, detail: { unitId: unit.id, label: input.label } });
    });
  } catch (e) {
    if (uniqueViolation(e)) throw invalidField('body.label', '子序列标识：本机关已有同名子序列，或该科室已有子序列');
    throw e;
  }
  return toSeries({ ...row, unit_name: unit.name });
}

export async function updateUnitSeries(ctx: Ctx, id: string, patch: { active: boolean }): Promise<UnitSeries> {
  const row = await repo.findUnitSeries(ctx.db, id);
  if (!row || !(await repo.findAgency(ctx.db, ctx.scope, row.agency_id))) throw notFound('编号子序列');
  await ctx.tx(async (tx) => {
    await repo.updateUnitSeries(tx, id, { active: patch.active ? 1 : 0, updated_at: ctx.now() });
    await ctx.audit(tx, { action: 'document.unitSeries.update', objectType: 'numberingUnitSeries', objectId: id, detail: { active: patch.active } });
  });
  return toSeries({ ...row, active: patch.active ? 1 : 0 });
}

/** The unit sub-series a drafter's unit numbers under (its own, or the nearest unit above). */
export async function unitSeriesFor(db: Ctx['db'] | Tx, agencyId: string, unitId: string | null): Promise<{ unitId: string; label: string } | null> {
  const hit = await repo.seriesForUnitPath(db, agencyId, await repo.unitPath(db, unitId));
  return hit ? { unitId: hit.unit_id, label: hit.label } : null;
}

// ── allocation (inside the issuing transaction) ───────────────────────────────────────────────

export interface AllocationRequest {
  agencyId: string;
  typeCode: string;
  numberCode: string;
  documentId: string;
  unit: { unitId: string; label: string } | null;
  caseKey: string | null;
  format: NumberFormat;
  at: Date;
}

export interface Allocated {
  id: string;
  number: string;
  serial: number;
  sub: number;
  year: number;
}

/** A series counts one 文书简称 (types sharing it, like the 单位 and 个人 decisions, share the serials). */
export const seriesKeyOf = (numberCode: string, unitId: string | null): string => `code:${numberCode}${unitId ? `:unit:${unitId}` : ''}`;

function numberRow(r: AllocationRequest, seriesKey: string, year: number, serial: number, sub: number, number: string, now: string): DocumentNumberTable {
  return {
    id: newId(), agency_id: r.agencyId, series_key: seriesKey, type_code: r.typeCode, number_code: r.numberCode, year, serial, sub, unit_id: r.unit?.unitId ?? null, number, status: 'issued', document_id: r.documentId, reservation_id: null,
    case_key: r.caseKey, issued_at: now, returned_at: null, void_reason: null, voided_at: null, voided_by: null, created_at: now, updated_at: now,
  };
}

/** Attempts before giving up on finding a free number (only reachable with a broken ledger). */
const MAX_SKIPS = 10_000;

/**
 * Allocates the next number; the caller's transaction holds the series lock until it ends.
 * A number already in the ledger (taken while the agency used the other numbering mode, or by a
 * unit sub-series with the same label) is skipped, never issued twice.
 */
export async function allocateNumber(tx: Tx, r: AllocationRequest): Promise<Allocated> {
  const now = r.at.toISOString();
  const fmt = (year: number, serial: number, sub = 1) => formatDocumentNumber({ ...r.format, code: r.numberCode, year, serial, sub, unitLabel: r.unit?.label ?? null });
  const taken = (year: number, serial: number, sub = 1) => repo.serialTaken(tx, { agencyId: r.agencyId, numberCode: r.numberCode, year, serial, sub, unitId: r.unit?.unitId ?? null });
  if (r.format.mode === 'perCase' && r.caseKey) {
    // One serial per case: lock the agency's case series, then reuse the case's serial if it has one.
    const caseSeries = `case${r.unit ? `:unit:${r.unit.unitId}` : ''}`;
    const year = chinaYear(r.at);
    await repo.lockCounter(tx, r.agencyId, caseSeries, year, now);
    let cs = await repo.findCaseSerial(tx, r.agencyId, r.caseKey);
    if (!cs) {
      let serial = await repo.advanceCounter(tx, r.agencyId, caseSeries, year, 1, now);
      for (let i = 0; i < MAX_SKIPS && (await taken(year, serial)); i++) serial = await repo.advanceCounter(tx, r.agencyId, caseSeries, year, 1, now);
      cs = { agency_id: r.agencyId, case_key: r.caseKey, series_key: caseSeries, year, serial, created_at: now };
      await repo.insertCaseSerial(tx, cs);
    }
    let sub = Number((await repo.numbersOfCase(tx, r.agencyId, r.caseKey, r.numberCode))?.sub ?? 0) + 1;
    for (let i = 0; i < MAX_SKIPS && (await taken(cs.year, cs.serial, sub)); i++) sub++;
    const row = numberRow(r, `case:${r.caseKey}:code:${r.numberCode}`, cs.year, cs.serial, sub, fmt(cs.year, cs.serial, sub), now);
    await repo.insertNumbers(tx, [row]);
    return { id: row.id, number: row.number, serial: row.serial, sub, year: cs.year };
  }
  const year = chinaYear(r.at);
  const seriesKey = seriesKeyOf(r.numberCode, r.unit?.unitId ?? null);
  await repo.lockCounter(tx, r.agencyId, seriesKey, year, now);
  // A number handed back from a reserved block is used first, so returned numbers leave no gap.
  const returned = await repo.firstReturned(tx, r.agencyId, seriesKey, year);
  if (returned) {
    await repo.updateNumber(tx, returned.id, { status: 'issued', document_id: r.documentId, issued_at: now, case_key: r.caseKey, updated_at: now });
    return { id: returned.id, number: returned.number, serial: returned.serial, sub: returned.sub, year };
  }
  let serial = await repo.advanceCounter(tx, r.agencyId, seriesKey, year, 1, now);
  for (let i = 0; i < MAX_SKIPS && (await taken(year, serial)); i++) serial = await repo.advanceCounter(tx, r.agencyId, seriesKey, year, 1, now);
  const row = numberRow(r, seriesKey, year, serial, 1, fmt(year, serial), now);
  await repo.insertNumbers(tx, [row]);
  return { id: row.id, number: row.number, serial, sub: 1, year };
}

/** Issues a number of a reserved block (a pre-numbered form used offline). */
export async function useReservedNumber(tx: Tx, ctx: Ctx, r: { reservationId: string; serial: number; agencyId: string; typeCode: string; documentId: string; caseKey: string | null }): Promise<Allocated> {
  const res = await repo.findReservation(tx, { all: true }, r.reservationId);
  if (!res || res.agency_id !== r.agencyId) throw invalidField('body.reservation.reservationId', '预留号段：不存在或不属于本机关');
  if (res.type_code !== r.typeCode) throw invalidField('body.reservation.reservationId', `预留号段：是“${res.type_name ?? res.type_code}”的号段，与本文书类型不符`);
  const n = await repo.lockReservationNumber(tx, r.reservationId, r.serial, ctx.now());
  if (!n) throw invalidField('body.reservation.serial', `预留序号：${r.serial} 不在该号段（${res.from_serial}–${res.to_serial}）内`);
  if (n.status !== 'reserved') throw conflict(`预留编号 ${n.number} ${n.status === 'issued' ? '已被使用' : n.status === 'voided' ? '已作废' : '已交回'}，不能再用`);
  const now = ctx.now();
  await repo.updateNumber(tx, n.id, { status: 'issued', document_id: r.documentId, issued_at: now, case_key: r.caseKey, updated_at: now });
  if ((await repo.countReserved(tx, r.reservationId)) === 0) await repo.updateReservation(tx, r.reservationId, { status: 'closed', closed_at: now });
  return { id: n.id, number: n.number, serial: n.serial, sub: n.sub, year: n.year };
}

/** A corrected version keeps its number: the ledger row now points at the new version. */
export const moveNumber = (tx: Tx, numberId: string, documentId: string, now: string) => repo.updateNumber(tx, numberId, { document_id: documentId, updated_at: now });

/** The number of a voided document stays in the ledger, voided, with the reason. */
export const voidNumber = (tx: Tx, numberId: string, reason: string, by: string, now: string) =>
  repo.updateNumber(tx, numberId, { status: 'voided', void_reason: reason, voided_at: now, voided_by: by, updated_at: now });

// ── the ledger ────────────────────────────────────────────────────────────────────────────────

function toEntry(r: repo.LedgerRow): LedgerEntry {
  return {
    id: r.id, agencyId: r.agency_id, typeCode: r.type_code, typeName: r.type_name ?? r.type_code, year: r.year, serial: r.serial, sub: r.sub, number: r.number, status: r.status,
    documentId: r.document_id, reservationId: r.reservation_id, deviceId: r.device_id ?? null, reservedByName: r.reserved_by_name ?? null, caseKey: r.case_key,
    issuedAt: r.issued_at, returnedAt: r.returned_at, voidReason: r.void_reason, voidedAt: r.voided_at, voidedByName: r.voided_by_name ?? null, createdAt: r.created_at,
  };
}

export async function listLedger(ctx: Ctx, q: repo.LedgerFilter & { page: number; pageSize: number }): Promise<Page<LedgerEntry>> {
  const { rows, total } = await repo.listLedger(ctx.db, ctx.scope, q, q.page, q.pageSize);
  return { items: rows.map(toEntry), total, page: q.page, pageSize: q.pageSize };
}

// ── reserved blocks for offline field work ────────────────────────────────────────────────────

async function toReservations(ctx: Ctx, rows: repo.ReservationRow[]): Promise<Reservation[]> {
  const numbers = await repo.numbersOfReservations(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, agencyId: r.agency_id, typeCode: r.type_code, typeName: r.type_name ?? r.type_code, year: r.year, fromSerial: r.from_serial, toSerial: r.to_serial, deviceId: r.device_id,
    officerId: r.officer_id, officerName: r.officer_name, status: r.status, createdAt: r.created_at, closedAt: r.closed_at,
    numbers: numbers.filter((n) => n.reservation_id === r.id).map((n) => ({ id: n.id, serial: n.serial, number: n.number, status: n.status, documentId: n.document_id, voidReason: n.void_reason })),
  }));
}

export async function listReservations(ctx: Ctx, f: { status?: 'open' | 'closed' | undefined; agencyId?: string | undefined }): Promise<Reservation[]> {
  return toReservations(ctx, await repo.listReservations(ctx.db, ctx.scope, f));
}

export async function getReservation(ctx: Ctx, id: string): Promise<Reservation> {
  const row = await repo.findReservation(ctx.db, ctx.scope, id);
  if (!row) throw notFound('预留号段');
  return (await toReservations(ctx, [row]))[0]!;
}

/**
 * Reserves a block of numbers for an officer's device, like a pad of pre-numbered paper forms:
 * the counter advances by `count` in one locked step and each number is in the ledger as reserved.
 */
export async function reserveBlock(ctx: Ctx, input: { typeCode: string; count: number; deviceId: string; useUnitSeries: boolean }): Promise<Reservation> {
  const actor = actorOf(ctx);
  if (actor.kind !== 'user') throw forbidden('接口令牌不能预留文书编号');
  const type = await typeRepo.findType(ctx.db, input.typeCode);
  if (!type || (type.owner_agency_id && type.owner_agency_id !== actor.agencyId)) throw invalidField('body.typeCode', '文书类型：不存在');
  if (!type.numbered || !type.number_code) throw invalidField('body.typeCode', `文书类型：“${type.name}”没有文书编号，无需预留`);
  if (type.status !== 'active') throw invalidField('body.typeCode', `文书类型：“${type.name}”尚未启用`);
  const settings = await settingsRow(ctx.db, actor.agencyId, ctx.now());
  if (settings.mode === 'perCase') throw conflict('本机关按案件统一编号，各文书的序号随案件确定，不能按文书类型预留号段');
  const unit = input.useUnitSeries ? await unitSeriesFor(ctx.db, actor.agencyId, actor.unitId) : null;
  if (input.useUnitSeries && !unit) throw invalidField('body.useUnitSeries', '使用本科室子序列：您所在科室未配置编号子序列');
  const at = ctx.clock.now();
  const now = at.toISOString();
  const year = chinaYear(at);
  const seriesKey = seriesKeyOf(type.number_code, unit?.unitId ?? null);
  const id = newId();
  await ctx.tx(async (tx) => {
    await repo.lockCounter(tx, actor.agencyId, seriesKey, year, now);
    // Serials taken under another numbering mode are skipped, so a block may have holes it never issues.
    const serials: number[] = [];
    for (let guard = 0; serials.length < input.count && guard < MAX_SKIPS; guard++) {
      const serial = await repo.advanceCounter(tx, actor.agencyId, seriesKey, year, 1, now);
      if (!(await repo.serialTaken(tx, { agencyId: actor.agencyId, numberCode: type.number_code!, year, serial, sub: 1, unitId: unit?.unitId ?? null }))) serials.push(serial);
    }
    const from = serials[0]!;
    const last = serials[serials.length - 1]!;
    await repo.insertReservation(tx, { id, agency_id: actor.agencyId, unit_id: actor.unitId, type_code: type.code, series_key: seriesKey, year, from_serial: from, to_serial: last, device_id: input.deviceId, officer_id: actor.id, status: 'open', created_at: now, closed_at: null });
    const rows: DocumentNumberTable[] = [];
    for (const serial of serials) {
      const number = formatDocumentNumber({ pattern: settings.pattern, prefix: settings.prefix, brackets: settings.brackets, code: type.number_code!, year, serial, unitLabel: unit?.label ?? null });
      rows.push({ id: newId(), agency_id: actor.agencyId, series_key: seriesKey, type_code: type.code, number_code: type.number_code!, year, serial, sub: 1, unit_id: unit?.unitId ?? null, number, status: 'reserved', document_id: null, reservation_id: id, case_key: null, issued_at: null, returned_at: null, void_reason: null, voided_at: null, voided_by: null, created_at: now, updated_at: now });
    }
    await repo.insertNumbers(tx, rows);
    await ctx.audit(tx, { action: 'document.numbers.reserve', objectType: 'numberingReservation', objectId: id, detail: { typeCode: type.code, year, from, to: last, deviceId: input.deviceId } });
  });
  return getReservation({ ...ctx, scope: { all: true } }, id);
}

async function ownReservation(ctx: Ctx, id: string): Promise<repo.ReservationRow> {
  const row = await repo.findReservation(ctx.db, ctx.scope, id);
  if (!row) throw notFound('预留号段');
  return row;
}

/** Hands unused reserved numbers back: they are issued before the counter advances again. */
export async function returnNumbers(ctx: Ctx, id: string, serials: number[] | undefined): Promise<Reservation> {
  await ownReservation(ctx, id);
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    const changed = await changeReserved(tx, ctx, id, serials, { status: 'returned', returned_at: now, updated_at: now });
    await ctx.audit(tx, { action: 'document.numbers.return', objectType: 'numberingReservation', objectId: id, detail: { serials: changed } });
  });
  return getReservation(ctx, id);
}

/** Voids reserved numbers that cannot be used (a spoilt or lost paper form): recorded, never reused. */
export async function voidReserved(ctx: Ctx, id: string, serials: number[], reason: string): Promise<Reservation> {
  await ownReservation(ctx, id);
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    const changed = await changeReserved(tx, ctx, id, serials, { status: 'voided', void_reason: reason, voided_at: now, voided_by: actorOf(ctx).id, updated_at: now });
    await ctx.audit(tx, { action: 'document.numbers.void', objectType: 'numberingReservation', objectId: id, detail: { serials: changed, reason } });
  });
  return getReservation(ctx, id);
}

async function changeReserved(tx: Tx, ctx: Ctx, id: string, serials: number[] | undefined, patch: Partial<DocumentNumberTable>): Promise<number[]> {
  const numbers = (await repo.numbersOfReservations(tx, [id])).filter((n) => !serials || serials.includes(n.serial));
  if (serials) {
    const missing = serials.filter((s) => !numbers.some((n) => n.serial === s));
    if (missing.length) throw invalidField('body.serials', `序号：${missing.join('、')} 不在该号段内`);
  }
  const changed: number[] = [];
  for (const n of numbers) {
    if (n.status !== 'reserved') {
      if (serials) throw conflict(`编号 ${n.number} ${n.status === 'issued' ? '已被使用' : n.status === 'voided' ? '已作废' : '已交回'}，不能再交回或作废`);
      continue;
    }
    const locked = await repo.lockReservationNumber(tx, id, n.serial, ctx.now());
    if (locked?.status !== 'reserved') throw conflict(`编号 ${n.number} 刚刚已被使用，请刷新后重试`);
    await repo.updateNumber(tx, n.id, patch);
    changed.push(n.serial);
  }
  if (!changed.length) throw conflict('该号段没有未使用的预留编号');
  if ((await repo.countReserved(tx, id)) === 0) await repo.updateReservation(tx, id, { status: 'closed', closed_at: ctx.now() });
  return changed;
}
