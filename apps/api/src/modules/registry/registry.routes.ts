import { IdParams, pageOf, Permission } from '@zhifa/shared';
import {
  Eligibility,
  EligibilityQuery,
  Enterprise,
  EnterpriseAgencyChoices,
  EnterpriseChange,
  EnterpriseCreate,
  EnterpriseListFilter,
  EnterpriseListQuery,
  EnterprisePatch,
  EnterpriseSummary,
  ImportQuery,
  ImportReport,
  Officer,
  OfficerCreate,
  OfficerDetail,
  OfficerListQuery,
  OfficerPatch,
  Progress,
  ProgressQuery,
  Recusal,
  RecusalCreate,
  RecusalPatch,
} from '@zhifa/shared/contract/registry';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/define-route';
import { importEnterprises } from './enterprise-import.service';
import * as enterprises from './enterprise.service';
import { importOfficers } from './officer-import.service';
import * as officers from './officer.service';
import { uploadedFile } from './upload';
import { XLSX_MIME } from './workbook';

const enterpriseTags = ['企业库'];
const officerTags = ['执法人员库'];

/** Sends a workbook as a download with a Chinese file name (RFC 5987). */
function sendXlsx(reply: FastifyReply, file: Buffer, name: string, stamp: string): FastifyReply {
  const filename = `${name}-${stamp.slice(0, 10)}.xlsx`;
  return reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`).send(file);
}

const RecusalParams = IdParams.extend({ recusalId: z.uuid({ error: '应为有效的 UUID' }).describe('回避记录') });
const ProgressExportQuery = ProgressQuery.omit({ limit: true });
const OfficerExportQuery = OfficerListQuery.omit({ page: true, pageSize: true });

export const registryRoutes = [
  defineRoute({ method: 'GET', url: '/api/enterprises', access: Permission.EnterpriseRead, summary: '企业列表（筛选：监管机关、属地、行业领域、风险特征、经营状态、完整度、搜索）', tags: enterpriseTags, query: EnterpriseListQuery, response: { 200: pageOf(EnterpriseSummary) }, handler: async ({ query }, ctx) => enterprises.listEnterprises(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/enterprises/export', access: Permission.EnterpriseRead, summary: '按筛选条件导出企业（.xlsx，列与导入模板相同）', tags: enterpriseTags, query: EnterpriseListFilter, raw: true, handler: async ({ query }, ctx, reply) => sendXlsx(reply, await enterprises.exportEnterprises(ctx, query), '企业库', ctx.now()) }),
  defineRoute({ method: 'GET', url: '/api/enterprises/import-template', access: Permission.EnterpriseManage, summary: '企业导入模板（.xlsx，含填写说明、代码表和下拉列表）', tags: enterpriseTags, raw: true, handler: async (_i, ctx, reply) => sendXlsx(reply, await enterprises.enterpriseTemplate(ctx), '企业导入模板', ctx.now()) }),
  defineRoute({ method: 'POST', url: '/api/enterprises/import', access: Permission.EnterpriseManage, summary: '导入企业（multipart/form-data 字段 file；返回逐行校验报告；dryRun=true 只校验）', tags: enterpriseTags, query: ImportQuery, response: { 200: ImportReport }, handler: async ({ query }, ctx, reply) => importEnterprises(ctx, await uploadedFile(reply.request), query) }),
  defineRoute({ method: 'GET', url: '/api/enterprises/agency-choices', access: Permission.EnterpriseManage, summary: '企业表单可选的属地机关（本机关、下级机关及数据范围内的机关）和监管机关（数据范围内）', tags: enterpriseTags, response: { 200: EnterpriseAgencyChoices }, handler: async (_i, ctx) => enterprises.agencyChoices(ctx) }),
  defineRoute({ method: 'GET', url: '/api/enterprises/progress', access: Permission.EnterpriseRead, summary: '基础数据录入进度（作战图）：按属地与监管机关统计，列出未完成企业及缺项', tags: enterpriseTags, query: ProgressQuery, response: { 200: Progress }, handler: async ({ query }, ctx) => enterprises.progress(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/enterprises/progress/export', access: Permission.EnterpriseRead, summary: '导出基础数据录入进度（.xlsx）', tags: enterpriseTags, query: ProgressExportQuery, raw: true, handler: async ({ query }, ctx, reply) => sendXlsx(reply, await enterprises.exportProgress(ctx, query), '基础数据录入进度', ctx.now()) }),
  defineRoute({ method: 'GET', url: '/api/enterprises/:id', access: Permission.EnterpriseRead, summary: '企业详情（含许可证与完整度）', tags: enterpriseTags, params: IdParams, response: { 200: Enterprise }, handler: async ({ params }, ctx) => enterprises.getEnterprise(ctx, params.id) }),
  defineRoute({ method: 'GET', url: '/api/enterprises/:id/history', access: Permission.EnterpriseRead, summary: '企业信息变更记录（谁、何时、哪个字段、旧值→新值）', tags: enterpriseTags, params: IdParams, response: { 200: z.array(EnterpriseChange) }, handler: async ({ params }, ctx) => enterprises.enterpriseHistory(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/enterprises', access: Permission.EnterpriseManage, summary: '登记企业', tags: enterpriseTags, body: EnterpriseCreate, response: { 201: Enterprise }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await enterprises.createEnterprise(ctx, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/enterprises/:id', access: Permission.EnterpriseManage, summary: '修改企业信息（每项变更记入变更记录）', tags: enterpriseTags, params: IdParams, body: EnterprisePatch, response: { 200: Enterprise }, handler: async ({ params, body }, ctx) => enterprises.updateEnterprise(ctx, params.id, body) }),

  defineRoute({ method: 'GET', url: '/api/officers', access: Permission.OfficerRead, summary: '执法人员列表（筛选：机关、状态、证件状态、搜索）', tags: officerTags, query: OfficerListQuery, response: { 200: pageOf(Officer) }, handler: async ({ query }, ctx) => officers.listOfficers(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/officers/export', access: Permission.OfficerRead, summary: '按筛选条件导出执法人员（.xlsx）', tags: officerTags, query: OfficerExportQuery, raw: true, handler: async ({ query }, ctx, reply) => sendXlsx(reply, await officers.exportOfficers(ctx, query), '执法人员', ctx.now()) }),
  defineRoute({ method: 'GET', url: '/api/officers/import-template', access: Permission.OfficerManage, summary: '执法人员导入模板（.xlsx）', tags: officerTags, raw: true, handler: async (_i, ctx, reply) => sendXlsx(reply, await officers.officerTemplate(ctx), '执法人员导入模板', ctx.now()) }),
  defineRoute({ method: 'POST', url: '/api/officers/import', access: Permission.OfficerManage, summary: '导入执法人员（multipart/form-data 字段 file；返回逐行校验报告）', tags: officerTags, query: ImportQuery, response: { 200: ImportReport }, handler: async ({ query }, ctx, reply) => importOfficers(ctx, await uploadedFile(reply.request), query) }),
  defineRoute({ method: 'GET', url: '/api/officers/:id', access: Permission.OfficerRead, summary: '执法人员详情（含回避记录）', tags: officerTags, params: IdParams, response: { 200: OfficerDetail }, handler: async ({ params }, ctx) => officers.getOfficer(ctx, params.id) }),
  defineRoute({ method: 'GET', url: '/api/officers/:id/eligibility', access: Permission.OfficerRead, summary: '能否在某日对某企业签署现场执法文书（证件有效、在岗、无回避）', tags: officerTags, params: IdParams, query: EligibilityQuery, response: { 200: Eligibility }, handler: async ({ params, query }, ctx) => officers.eligibilityOf(ctx, params.id, query) }),
  defineRoute({ method: 'POST', url: '/api/officers', access: Permission.OfficerManage, summary: '登记执法人员', tags: officerTags, body: OfficerCreate, response: { 201: OfficerDetail }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await officers.createOfficer(ctx, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/officers/:id', access: Permission.OfficerManage, summary: '修改执法人员信息', tags: officerTags, params: IdParams, body: OfficerPatch, response: { 200: OfficerDetail }, handler: async ({ params, body }, ctx) => officers.updateOfficer(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/officers/:id/recusals', access: Permission.OfficerManage, summary: '登记回避（执法人员 × 企业，事由，起止日期）', tags: officerTags, params: IdParams, body: RecusalCreate, response: { 201: Recusal }, handler: async ({ params, body }, ctx, reply) => reply.status(201).send(await officers.addRecusal(ctx, params.id, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/officers/:id/recusals/:recusalId', access: Permission.OfficerManage, summary: '修改或终止回避（设置终止日期）', tags: officerTags, params: RecusalParams, body: RecusalPatch, response: { 200: Recusal }, handler: async ({ params, body }, ctx) => officers.updateRecusal(ctx, params.id, params.recusalId, body) }),
];
