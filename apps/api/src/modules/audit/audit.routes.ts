import { Readable } from 'node:stream';
import { AuditExportQuery, AuditQuery, AuditRecord, AuditVerifyResult, pageOf, Permission } from '@zhifa/shared';
import { defineRoute } from '../../platform/http/define-route';
import * as audit from './audit.service';

const tags = ['安全审计'];

export const auditRoutes = [
  defineRoute({ method: 'GET', url: '/api/audit', access: Permission.AuditRead, summary: '查询审计日志', tags, query: AuditQuery, response: { 200: pageOf(AuditRecord) }, handler: async ({ query }, ctx) => audit.listAudit(ctx, query) }),
  defineRoute({
    method: 'GET',
    url: '/api/audit/export',
    access: Permission.AuditExport,
    summary: '导出审计日志（CSV 或 JSON，按筛选条件）',
    tags,
    query: AuditExportQuery,
    raw: true,
    handler: async ({ query }, ctx, reply) => {
      const { format, ...filter } = query;
      const stamp = ctx.now().slice(0, 19).replace(/[:T]/g, '');
      reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${stamp}.${format}"`);
      return reply.send(Readable.from(audit.exportAudit(ctx, filter, format)));
    },
  }),
  defineRoute({ method: 'POST', url: '/api/audit/verify', access: Permission.AuditExport, summary: '校验审计日志哈希链，报告第一处断链', tags, response: { 200: AuditVerifyResult }, handler: async (_i, ctx) => audit.verify(ctx) }),
];
