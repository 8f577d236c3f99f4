/**
 * Excel import of officers: like the enterprise import (validate every row, one transaction, batched
 * writes, one audit record), matched by 执法证号.
 */
import type { ImportMode, ImportReport, ImportRowError } from '@zhifa/shared/contract/registry';
import type { Unit } from '@zhifa/shared';
import type { OfficerTable } from '../../platform/db/schema';
import type { Ctx } from '../../platform/http/context';
import { conflict } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import * as org from '../org/org.service';
import { buildReport, refuseEmptyCommit, shouldWrite } from './import-report';
import { isUniqueViolation } from './unique-violation';
import { officerColumns, officerHeaderOf, officerRequiredOnCreate, parseOfficerRow } from './officer-sheet';
import { toData, toOfficerRow, type OfficerData } from './officer.service';
import * as repo from './officer.repository';
import { agencyContext } from './registry-agencies';
import { readSheet } from './workbook';

export async function importOfficers(ctx: Ctx, file: Buffer, opts: { mode: ImportMode; dryRun: boolean }): Promise<ImportReport> {
  const sheet = await readSheet(file, '执法人员', officerColumns);
  refuseEmptyCommit(sheet.length, opts.dryRun);
  const ac = await agencyContext(ctx);
  const home = ctx.actor!.agencyId;
  const parsed = sheet.map((r) => ({ row: r.row, ...parseOfficerRow(r.cells) }));
  const stored = new Map((await repo.findByCertNos(ctx.db, parsed.flatMap((p) => (p.patch.certNo ? [p.patch.certNo] : [])))).map((o) => [o.cert_no, o]));
  const accounts = new Map((await repo.usersByUsername(ctx.db, parsed.flatMap((p) => (p.username ? [p.username.toLowerCase()] : [])))).map((u) => [u.username, u]));
  const unitsOf = new Map<string, Unit[]>();
  const units = async (agencyId: string) => {
    if (!unitsOf.has(agencyId)) unitsOf.set(agencyId, await org.listUnits({ ...ctx, scope: { all: true } }, agencyId));
    return unitsOf.get(agencyId)!;
  };

  const now = ctx.now();
  const errors: ImportRowError[] = [];
  const firstRowOf = new Map<string, number>();
  const accountRow = new Map<string, number>();
  const inserts: OfficerTable[] = [];
  const overwrites: OfficerTable[] = [];
  const changesFor: { certNo: string; fields: string[] }[] = [];
  let unchanged = 0;

  for (const p of parsed) {
    const rowErrors: ImportRowError[] = p.errors.map((e) => ({ row: p.row, ...e }));
    const fail = (key: string, message: string) => rowErrors.push({ row: p.row, column: officerHeaderOf(key), message });
    const certNo = p.patch.certNo;
    if (!certNo) {
      errors.push(...rowErrors);
      continue;
    }
    const first = firstRowOf.get(certNo);
    if (first !== undefined) {
      errors.push({ row: p.row, column: officerHeaderOf('certNo'), message: `与第 ${first} 行的执法证号相同` });
      continue;
    }
    firstRowOf.set(certNo, p.row);
    const existing = stored.get(certNo);
    if (existing && !ac.inScope.has(existing.agency_id)) {
      errors.push({ row: p.row, column: officerHeaderOf('certNo'), message: `该执法证号已登记在您数据范围以外的机关（${existing.agency_name}），不能在此更新` });
      continue;
    }
    const before: OfficerData | null = existing ? toData(existing) : null;
    const after = { ...(before ?? { gender: null, userId: null, unitId: null, title: null, phone: null, status: 'active', specialties: [], note: null, agencyId: home }) } as OfficerData;
    for (const [k, v] of Object.entries(p.patch)) if (v !== undefined) (after as Record<string, unknown>)[k] = v;
    if (!before) for (const key of officerRequiredOnCreate) if (!p.patch[key] && !rowErrors.some((e) => e.column === officerHeaderOf(key))) fail(key, '新登记的执法人员必填');

    if (p.agencyName !== null) {
      const id = ac.idByName.get(p.agencyName);
      if (!id || !ac.inScope.has(id)) fail('agency', `“${p.agencyName}”不是您数据范围内的机关名称（请从下拉列表中选择）`);
      else if (id !== after.agencyId) {
        after.agencyId = id;
        after.unitId = null;
      }
    }
    if (!ac.inScope.has(after.agencyId)) fail('agency', '导入人所在机关不在维护执法人员的数据范围内，请填写所属机关');
    if (p.unitName !== null && ac.inScope.has(after.agencyId)) {
      const unit = (await units(after.agencyId)).find((u) => u.name === p.unitName && u.status === 'active');
      if (!unit) fail('unit', `“${p.unitName}”不是${ac.name(after.agencyId)}的在用科室`);
      else after.unitId = unit.id;
    }
    if (p.username !== null) {
      const account = accounts.get(p.username.toLowerCase());
      const claimedBy = accountRow.get(p.username.toLowerCase());
      if (!account) fail('username', `用户名“${p.username}”不存在`);
      else if (account.agency_id !== after.agencyId) fail('username', `账号“${p.username}”不属于${ac.name(after.agencyId)}`);
      else if (account.officer_id && account.officer_id !== existing?.id) fail('username', `账号“${p.username}”已关联其他执法人员`);
      else if (claimedBy !== undefined) fail('username', `账号“${p.username}”在第 ${claimedBy} 行已使用`);
      else {
        after.userId = account.id;
        accountRow.set(p.username.toLowerCase(), p.row);
      }
    }
    if (after.certValidFrom && after.certValidTo && after.certValidFrom > after.certValidTo) fail('certValidTo', '不能早于执法证有效期起');
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    if (!existing) {
      inserts.push(toOfficerRow(newId(), after, { isDemo: false, createdAt: now, updatedAt: now }));
      continue;
    }
    const fields = (Object.keys(after) as (keyof OfficerData)[]).filter((k) => JSON.stringify(before![k]) !== JSON.stringify(after[k]));
    if (!fields.length) {
      unchanged++;
      continue;
    }
    overwrites.push(toOfficerRow(existing.id, after, { isDemo: existing.is_demo === 1, createdAt: existing.created_at, updatedAt: now }));
    changesFor.push({ certNo, fields });
  }

  const outcome = { totalRows: sheet.length, errors, created: inserts.length, updated: overwrites.length, unchanged };
  const detail = { mode: opts.mode, rows: sheet.length, created: inserts.length, updated: overwrites.length, unchanged, errorRows: new Set(errors.map((e) => e.row)).size };
  if (!shouldWrite(opts.mode, opts.dryRun, errors.length)) {
    if (!opts.dryRun) await ctx.tx((tx) => ctx.audit(tx, { action: 'registry.officer.import', objectType: 'officer', result: 'failure', detail: { ...detail, written: 0 } }));
    return buildReport(opts.mode, opts.dryRun, false, outcome, officerColumns.map((c) => c.header));
  }
  try {
    await ctx.tx(async (tx) => {
      await repo.insertOfficers(tx, inserts);
      await repo.overwriteOfficers(tx, overwrites);
      await ctx.audit(tx, { action: 'registry.officer.import', objectType: 'officer', detail: { ...detail, written: inserts.length + overwrites.length, changed: changesFor.slice(0, 200) } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('导入期间有人同时登记了相同的执法证号或账号，本次导入未写入任何数据，请重新导入');
    throw e;
  }
  return buildReport(opts.mode, opts.dryRun, true, outcome, officerColumns.map((c) => c.header));
}
