import { z } from 'zod';
import { PageQuery, singleLine } from './common';

export const auditResults = ['success', 'failure', 'denied'] as const;
export const auditResultLabel: Record<(typeof auditResults)[number], string> = { success: '成功', failure: '失败', denied: '拒绝' };

export const AuditRecord = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  agencyId: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.enum(auditResults),
  detail: z.record(z.string(), z.unknown()).nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

const IsoDate = z.iso.datetime({ offset: true, error: '应为 ISO-8601 时间，例如 2026-01-01T00:00:00+08:00' });
export const AuditQuery = PageQuery.extend({
  from: IsoDate.optional().describe('开始时间'),
  to: IsoDate.optional().describe('结束时间'),
  actor: singleLine().trim().max(64).optional().describe('操作人'),
  action: singleLine().trim().max(64).optional().describe('操作'),
  result: z.enum(auditResults).optional().describe('结果'),
  objectType: singleLine().trim().max(64).optional().describe('对象类型'),
  objectId: singleLine().trim().max(64).optional().describe('对象编号'),
});
export const AuditExportQuery = AuditQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['csv', 'json']).default('csv').describe('导出格式'),
});

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  lastSeq: z.number().int().nullable(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
