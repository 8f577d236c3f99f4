import type { AuditRecord, Page } from '@zhifa/shared';
import { verifyAuditChain, type VerifyReport } from '../../platform/audit/audit';
import type { AuditLogTable } from '../../platform/db/schema';
import type { Ctx } from '../../platform/http/context';
import * as repo from './audit.repository';

export const toRecord = (r: AuditLogTable): AuditRecord => ({
  seq: Number(r.seq),
  id: r.id,
  at: r.at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  actorRole: r.actor_role,
  agencyId: r.agency_id,
  ip: r.ip,
  action: r.action,
  objectType: r.object_type,
  objectId: r.object_id,
  result: r.result,
  detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
  requestId: r.request_id,
  hash: r.hash,
});

export async function listAudit(ctx: Ctx, q: repo.AuditFilter & { page: number; pageSize: number }): Promise<Page<AuditRecord>> {
  const { rows, total } = await repo.listAudit(ctx.db, ctx.scope, q, q.page, q.pageSize);
  return { items: rows.map(toRecord), total, page: q.page, pageSize: q.pageSize };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  // A leading = + - @ would run as a formula when opened in Excel.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const HEADER = ['序号', '时间(UTC)', '操作人', '角色', '机关', 'IP', '操作', '对象类型', '对象编号', '结果', '详情', '请求编号', '前序哈希', '哈希'];

/** The export is itself a security event: audited before the first byte goes out. */
export async function* exportAudit(ctx: Ctx, f: repo.AuditFilter, format: 'csv' | 'json'): AsyncGenerator<string> {
  await ctx.tx((tx) => ctx.audit(tx, { action: 'audit.export', objectType: 'audit_log', detail: { filter: f, format } }));
  if (format === 'csv') yield '\uFEFF' + HEADER.join(',') + '\r\n';
  else yield '[';
  let first = true;
  for await (const rows of repo.iterateAudit(ctx.db, ctx.scope, f)) {
    if (format === 'csv') {
      yield rows.map((r) => [r.seq, r.at, r.actor_name, r.actor_role, r.agency_id, r.ip, r.action, r.object_type, r.object_id, r.result, r.detail, r.request_id, r.prev_hash, r.hash].map(csvCell).join(',')).join('\r\n') + '\r\n';
    } else {
      yield rows.map((r) => (first ? ((first = false), '') : ',') + JSON.stringify({ ...toRecord(r), prevHash: r.prev_hash })).join('');
    }
  }
  if (format === 'json') yield ']';
}

export async function verify(ctx: Ctx): Promise<VerifyReport> {
  const report = await verifyAuditChain(ctx.db);
  await ctx.tx((tx) => ctx.audit(tx, { action: 'audit.verify', objectType: 'audit_log', result: report.ok ? 'success' : 'failure', detail: { checked: report.checked, firstBrokenSeq: report.firstBrokenSeq } }));
  return report;
}
