/**
 * Excel import of enterprises: read → validate every row (same rules as the API) → match stored
 * enterprises by credit code + name → write all valid rows in ONE transaction, batched (no per-row
 * round trips), with the history rows and one audit record with the counts. A failed import writes
 * nothing.
 */
import type { ImportMode, ImportReport, ImportRowError } from '@zhifa/shared/contract/registry';
import type { Sector } from '@zhifa/shared/rules/industry';
import type { EnterpriseLicenceTable, EnterpriseTable, EnterpriseChangeTable } from '../../platform/db/schema';
import type { Ctx } from '../../platform/http/context';
import { conflict } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { applyPatch, blankEnterprise, diffEnterprise, evaluate, type EnterpriseData } from './enterprise-rules';
import { enterpriseColumns, mergeLicence, parseEnterpriseRow } from './enterprise-sheet';
import { changeRows, creationChange } from './enterprise.service';
import * as repo from './enterprise.repository';
import { buildReport, refuseEmptyCommit, shouldWrite } from './import-report';
import { isUniqueViolation } from './unique-violation';
import { agencyContext, placementProblems } from './registry-agencies';
import { readSheet } from './workbook';
import { upsertSearchDocuments } from '../search/search.service';
import { enterpriseSearchDocument } from './enterprise-search';

const identity = (creditCode: string, name: string) => `${creditCode}\u0000${name}`;
const header = (key: string) => enterpriseColumns.find((c) => c.key === key)!.header;

export async function importEnterprises(ctx: Ctx, file: Buffer, opts: { mode: ImportMode; dryRun: boolean }): Promise<ImportReport> {
  const sheet = await readSheet(file, '企业', enterpriseColumns);
  refuseEmptyCommit(sheet.length, opts.dryRun);
  const ac = await agencyContext(ctx);
  const home = ctx.actor!.agencyId;
  const parsed = sheet.map((r) => ({ row: r.row, ...parseEnterpriseRow(r.cells, { agencyIdByName: ac.idByName }) }));

  const stored = await repo.findByCreditCodes(ctx.db, parsed.flatMap((p) => (p.patch.creditCode ? [p.patch.creditCode] : [])));
  const storedByIdentity = new Map(stored.map((e) => [identity(e.credit_code, e.name), e]));
  const storedLicences = await repo.licencesOf(ctx.db, stored.map((e) => e.id));

  const now = ctx.now();
  const errors: ImportRowError[] = [];
  const firstRowOf = new Map<string, number>();
  const inserts: EnterpriseTable[] = [];
  const overwrites: EnterpriseTable[] = [];
  const licenceRows: EnterpriseLicenceTable[] = [];
  const licencesReplaced: string[] = [];
  const history: EnterpriseChangeTable[] = [];
  let unchanged = 0;

  for (const p of parsed) {
    const rowErrors = p.errors.map((e) => ({ row: p.row, ...e }));
    const { name, creditCode } = p.patch;
    if (rowErrors.length || !name || !creditCode) {
      errors.push(...rowErrors);
      continue;
    }
    const key = identity(creditCode, name);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      errors.push({ row: p.row, column: header('name'), message: `与第 ${first} 行是同一企业（统一社会信用代码和单位名称都相同）` });
      continue;
    }
    firstRowOf.set(key, p.row);

    const existing = storedByIdentity.get(key);
    let before: EnterpriseData | null = null;
    let after: EnterpriseData;
    if (existing) {
      const visible = existing.supervising_agency_id ? ac.inScope.has(existing.supervising_agency_id) : ac.inScope.has(existing.located_agency_id);
      if (!visible) {
        errors.push({ row: p.row, column: header('name'), message: '该企业已由您数据范围以外的机关登记，不能在此更新' });
        continue;
      }
      before = repo.toData(existing, storedLicences.get(existing.id) ?? []);
      after = applyPatch(before, p.patch);
      after.licences = mergeLicence(after.licences, p.licence);
    } else {
      const defaults = { locatedAgencyId: home, supervisingAgencyId: ac.inScope.has(home) ? home : null };
      after = applyPatch(blankEnterprise(name, creditCode, home), { ...defaults, ...p.patch });
      after.licences = p.licence ? [p.licence] : [];
    }
    const placement = placementProblems(after, ac, before?.locatedAgencyId ?? null);
    if (placement.length) {
      for (const problem of placement) errors.push({ row: p.row, column: header(problem.field === 'locatedAgencyId' ? 'locatedAgency' : 'supervisingAgency'), message: problem.message.replace(/^[^：]+：/, '') });
      continue;
    }

    const ev = evaluate(after);
    if (!existing) {
      const id = newId();
      inserts.push(repo.toEnterpriseRow(id, after, ev, { isPilot: false, isDemo: false, createdAt: now, updatedAt: now }));
      licenceRows.push(...repo.licenceRows(id, after.licences, newId));
      history.push(...changeRows(ctx, id, [creationChange(after.name, 'Excel 导入新建')], 'import', now));
      continue;
    }
    const changes = diffEnterprise({ ...before!, sector: existing.sector as Sector }, { ...after, sector: ev.sector }, ac.name);
    if (!changes.length) {
      unchanged++;
      continue;
    }
    overwrites.push(repo.toEnterpriseRow(existing.id, after, ev, { isPilot: existing.is_pilot === 1, isDemo: existing.is_demo === 1, createdAt: existing.created_at, updatedAt: now }));
    if (changes.some((c) => c.field === 'licences')) {
      licencesReplaced.push(existing.id);
      licenceRows.push(...repo.licenceRows(existing.id, after.licences, newId));
    }
    history.push(...changeRows(ctx, existing.id, changes, 'import', now));
  }

  const outcome = { totalRows: sheet.length, errors, created: inserts.length, updated: overwrites.length, unchanged };
  const detail = { mode: opts.mode, rows: sheet.length, created: inserts.length, updated: overwrites.length, unchanged, errorRows: new Set(errors.map((e) => e.row)).size };
  if (!shouldWrite(opts.mode, opts.dryRun, errors.length)) {
    if (!opts.dryRun) await ctx.tx((tx) => ctx.audit(tx, { action: 'registry.enterprise.import', objectType: 'enterprise', result: 'failure', detail: { ...detail, written: 0 } }));
    return buildReport(opts.mode, opts.dryRun, false, outcome, enterpriseColumns.map((c) => c.header));
  }
  try {
    await ctx.tx(async (tx) => {
      await repo.insertEnterprises(tx, inserts);
      await repo.overwriteEnterprises(tx, overwrites);
      await upsertSearchDocuments(tx, [...inserts, ...overwrites].map(enterpriseSearchDocument));
      await repo.replaceLicences(tx, licencesReplaced, licenceRows);
      await repo.insertChanges(tx, history);
      await ctx.audit(tx, { action: 'registry.enterprise.import', objectType: 'enterprise', detail: { ...detail, written: inserts.length + overwrites.length } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('导入期间有人同时登记了相同的企业，本次导入未写入任何数据，请重新导入');
    throw e;
  }
  return buildReport(opts.mode, opts.dryRun, true, outcome, enterpriseColumns.map((c) => c.header));
}
