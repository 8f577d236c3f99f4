/**
 * The row-by-row import report, and what an import does with rows that have errors. Pure.
 */
import type { ImportMode, ImportReport, ImportRowError } from '@zhifa/shared/contract/registry';
import { invalidField } from '../../platform/http/errors';

/** At most this many errors are listed; errorCount has them all. */
export const MAX_REPORTED_ERRORS = 1000;

export interface ImportOutcome {
  totalRows: number;
  errors: ImportRowError[];
  created: number;
  updated: number;
  unchanged: number;
}

/** Whether the valid rows are written: never on a dry run; with allOrNothing only when no row has an error. */
export function shouldWrite(mode: ImportMode, dryRun: boolean, errorCount: number): boolean {
  if (dryRun) return false;
  return mode === 'validRowsOnly' || errorCount === 0;
}

/** The report; errors sorted by row, then by the column's position in the sheet (`columns`, headers in order). */
export function buildReport(mode: ImportMode, dryRun: boolean, committed: boolean, o: ImportOutcome, columns: readonly string[] = []): ImportReport {
  const errorRows = new Set(o.errors.map((e) => e.row)).size;
  const position = (column: string) => (columns.includes(column) ? columns.indexOf(column) : columns.length);
  const sorted = [...o.errors].sort((a, b) => a.row - b.row || position(a.column) - position(b.column));
  return {
    mode,
    dryRun,
    committed,
    totalRows: o.totalRows,
    validRows: o.totalRows - errorRows,
    errorRows,
    created: o.created,
    updated: o.updated,
    unchanged: o.unchanged,
    errors: sorted.slice(0, MAX_REPORTED_ERRORS),
    errorCount: o.errors.length,
  };
}

/** A file without data rows may be checked (the report says so) but never confirmed: a 400, nothing written or audited. */
export function refuseEmptyCommit(totalRows: number, dryRun: boolean): void {
  if (totalRows === 0 && !dryRun) throw invalidField('body.file', '文件：文件中没有数据行，不能导入（请在模板表头下方逐行填写后重新上传）');
}
