import {
  AgencyQuery,
  CitationCheck,
  CitationUpdate,
  CodeParams,
  ConsentQuery,
  DocumentApprovalFlag,
  DocumentCreate,
  DocumentDetail,
  DocumentFormSchema,
  DocumentIssueBody,
  DocumentSubmitBody,
  DocumentListItem,
  DocumentListQuery,
  DocumentSettings,
  DocumentSettingsUpdate,
  DocumentType,
  DocumentTypeCreate,
  DocumentTypeFilingBody,
  DocumentTypeQuery,
  DocumentTypeUpdate,
  DocumentUpdate,
  IdParams,
  LedgerEntry,
  LedgerQuery,
  OfficerSignature,
  pageOf,
  PaymentAccount,
  PaymentAccountCreate,
  PaymentAccountUpdate,
  Permission,
  ReasonBody,
  RerenderCheck,
  Reservation,
  ReservationCreate,
  ReservationQuery,
  ReservationReturn,
  ReservationVoid,
  Seal,
  SealUploadQuery,
  ServiceConsent,
  ServiceConsentCreate,
  ServiceCreate,
  TemplateInfo,
  TemplatePreviewParams,
  TemplateSettingCreate,
  TokenParams,
  UnitSeries,
  UnitSeriesCreate,
  UnitSeriesUpdate,
  UploadedFile,
  UploadQuery,
  VerifyFileBody,
  VerifyFileResult,
  VerifyResult,
} from '@zhifa/shared';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/define-route';
import { invalidField } from '../../platform/http/errors';
import * as assets from './document-assets.service';
import { registerDocumentModule } from './document-module';
import * as types from './document-type.service';
import * as documents from './document.service';
import * as gates from './issue-gates';
import * as citations from './citation.service';
import * as numbering from './numbering.service';
import * as serving from './serving.service';
import { fileFromEither, uploadedFile } from './uploads';
import * as verification from './verification.service';

registerDocumentModule();

const typeTags = ['文书类型与模板'];
const numberTags = ['文书编号'];
const docTags = ['执法文书'];
const assetTags = ['印章、签名与缴款账户'];
const publicTags = ['文书核验（公开）'];

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a file; `inline` opens it in the browser (print view), else it downloads. Same-origin framing allowed. */
function sendFile(reply: FastifyReply, file: { bytes: Buffer; filename: string }, type: string, inline: boolean): FastifyReply {
  const ascii = type === PDF ? 'document.pdf' : 'document.docx';
  return reply
    .header('content-type', type)
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header('content-security-policy', "frame-ancestors 'self'")
    .header('x-frame-options', 'SAMEORIGIN')
    .send(file.bytes);
}

const Disposition = z.object({ disposition: z.enum(['inline', 'attachment'], { error: '打开方式应为 inline（在浏览器中打开）或 attachment（下载）' }).default('attachment').describe('打开方式') });
const FileParams = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, { error: '文件编号应为 64 位十六进制' }).describe('文件') });

export const documentRoutes = [
  // 文书类型与模板
  defineRoute({ method: 'GET', url: '/api/document-types', access: Permission.DocumentRead, summary: '文书类型（标准目录与本机关新增的类型）', tags: typeTags, query: DocumentTypeQuery, response: { 200: z.array(DocumentType) }, handler: async ({ query }, ctx) => types.listTypes(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/document-types/:code', access: Permission.DocumentRead, summary: '文书类型详情', tags: typeTags, params: CodeParams, response: { 200: DocumentType }, handler: async ({ params }, ctx) => types.getType(ctx, params.code) }),
  defineRoute({ method: 'POST', url: '/api/document-types', access: Permission.DocumentAdmin, summary: '新增本机关的对外文书类型（须法制审核并报上一级备案后启用）', tags: typeTags, body: DocumentTypeCreate, response: { 201: DocumentType }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await types.createType(ctx, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/document-types/:code', access: Permission.DocumentAdmin, summary: '修改文书类型（标准类型：简称、是否审批）', tags: typeTags, params: CodeParams, body: DocumentTypeUpdate, response: { 200: DocumentType }, handler: async ({ params, body }, ctx) => types.updateType(ctx, params.code, body) }),
  defineRoute({ method: 'POST', url: '/api/document-types/:code/legal-review', access: Permission.DocumentAdmin, summary: '提交法制审核（审批流程 documentType）', tags: typeTags, params: CodeParams, response: { 200: DocumentType }, handler: async ({ params }, ctx) => types.submitLegalReview(ctx, params.code) }),
  defineRoute({ method: 'POST', url: '/api/document-types/:code/filing', access: Permission.DocumentAdmin, summary: '登记报上一级应急管理部门备案', tags: typeTags, params: CodeParams, body: DocumentTypeFilingBody, response: { 200: DocumentType }, handler: async ({ params, body }, ctx) => types.recordFiling(ctx, params.code, body) }),
  defineRoute({ method: 'POST', url: '/api/document-types/:code/activate', access: Permission.DocumentAdmin, summary: '启用文书类型', tags: typeTags, params: CodeParams, response: { 200: DocumentType }, handler: async ({ params }, ctx) => types.activateType(ctx, params.code) }),
  defineRoute({ method: 'POST', url: '/api/document-types/:code/deactivate', access: Permission.DocumentAdmin, summary: '停用文书类型', tags: typeTags, params: CodeParams, response: { 200: DocumentType }, handler: async ({ params }, ctx) => types.deactivateType(ctx, params.code) }),
  defineRoute({ method: 'GET', url: '/api/document-types/:code/form', access: Permission.DocumentDraft, summary: '文书类型的表单（由模板字段生成）与新草稿的初始内容（仅系统已知的信息）', tags: typeTags, params: CodeParams, response: { 200: DocumentFormSchema }, handler: async ({ params }, ctx) => types.typeForm(ctx, params.code) }),
  defineRoute({ method: 'GET', url: '/api/document-types/:code/templates', access: Permission.DocumentRead, summary: '模板版本、各机关启用的版本与日期、字段说明', tags: typeTags, params: CodeParams, response: { 200: TemplateInfo }, handler: async ({ params }, ctx) => types.templateInfo(ctx, params.code) }),
  defineRoute({ method: 'GET', url: '/api/document-types/:code/templates/:version/preview', access: Permission.DocumentRead, summary: '用样例数据预览模板（PDF）', tags: typeTags, params: TemplatePreviewParams, raw: true, handler: async ({ params }, ctx, reply) => sendFile(reply, { bytes: await types.previewTemplate(ctx, params.code, params.version), filename: `模板预览-${params.code}-${params.version}.pdf` }, PDF, true) }),
  defineRoute({ method: 'PUT', url: '/api/document-template-settings', access: Permission.DocumentAdmin, summary: '设置机关自某日起使用的模板版本', tags: typeTags, body: TemplateSettingCreate, response: { 200: TemplateInfo }, handler: async ({ body }, ctx) => types.setTemplateVersion(ctx, body) }),

  // 编号
  defineRoute({ method: 'GET', url: '/api/document-settings', access: Permission.DocumentRead, summary: '机关的文书设置：编号格式、括号、编号方式、复议机关等', tags: numberTags, query: AgencyQuery, response: { 200: DocumentSettings }, handler: async ({ query }, ctx) => numbering.getSettings(ctx, query.agencyId) }),
  defineRoute({ method: 'PUT', url: '/api/document-settings', access: Permission.DocumentAdmin, summary: '修改机关的文书设置', tags: numberTags, query: AgencyQuery, body: DocumentSettingsUpdate, response: { 200: DocumentSettings }, handler: async ({ query, body }, ctx) => numbering.updateSettings(ctx, query.agencyId, body) }),
  defineRoute({ method: 'GET', url: '/api/numbering/unit-series', access: Permission.DocumentRead, summary: '内设机构编号子序列', tags: numberTags, query: AgencyQuery, response: { 200: z.array(UnitSeries) }, handler: async ({ query }, ctx) => numbering.listUnitSeries(ctx, query.agencyId) }),
  defineRoute({ method: 'POST', url: '/api/numbering/unit-series', access: Permission.DocumentAdmin, summary: '为科室设置编号子序列（编号中显示科室，如 危化-1）', tags: numberTags, body: UnitSeriesCreate, response: { 201: UnitSeries }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await numbering.createUnitSeries(ctx, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/numbering/unit-series/:id', access: Permission.DocumentAdmin, summary: '启用或停用编号子序列', tags: numberTags, params: IdParams, body: UnitSeriesUpdate, response: { 200: UnitSeries }, handler: async ({ params, body }, ctx) => numbering.updateUnitSeries(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/numbering/ledger', access: Permission.DocumentRead, summary: '编号台账：每个编号的使用、作废（原因）、预留（设备、人员）、交回', tags: numberTags, query: LedgerQuery, response: { 200: pageOf(LedgerEntry) }, handler: async ({ query }, ctx) => numbering.listLedger(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/numbering/reservations', access: Permission.DocumentRead, summary: '预留号段', tags: numberTags, query: ReservationQuery, response: { 200: z.array(Reservation) }, handler: async ({ query }, ctx) => numbering.listReservations(ctx, query) }),
  defineRoute({ method: 'POST', url: '/api/numbering/reservations', access: Permission.DocumentIssue, summary: '为离线现场执法预留一段编号（如预先编号的纸质文书）', tags: numberTags, body: ReservationCreate, response: { 201: Reservation }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await numbering.reserveBlock(ctx, body)) }),
  defineRoute({ method: 'GET', url: '/api/numbering/reservations/:id', access: Permission.DocumentRead, summary: '预留号段详情', tags: numberTags, params: IdParams, response: { 200: Reservation }, handler: async ({ params }, ctx) => numbering.getReservation(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/numbering/reservations/:id/return', access: Permission.DocumentIssue, summary: '交回未用的预留编号（之后优先签发，不留空号）', tags: numberTags, params: IdParams, body: ReservationReturn, response: { 200: Reservation }, handler: async ({ params, body }, ctx) => numbering.returnNumbers(ctx, params.id, body.serials) }),
  defineRoute({ method: 'POST', url: '/api/numbering/reservations/:id/void', access: Permission.DocumentIssue, summary: '作废无法使用的预留编号（记录原因）', tags: numberTags, params: IdParams, body: ReservationVoid, response: { 200: Reservation }, handler: async ({ params, body }, ctx) => numbering.voidReserved(ctx, params.id, body.serials, body.reason) }),

  // 文书
  defineRoute({ method: 'GET', url: '/api/documents', access: Permission.DocumentRead, summary: '文书列表（我起草的 / 数据范围内全部）', tags: docTags, query: DocumentListQuery, response: { 200: pageOf(DocumentListItem) }, handler: async ({ query }, ctx) => documents.listDocuments(ctx, query) }),
  defineRoute({ method: 'POST', url: '/api/documents', access: Permission.DocumentDraft, summary: '起草文书', tags: docTags, body: DocumentCreate, response: { 201: DocumentDetail }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await documents.createDocument(ctx, body)) }),
  defineRoute({ method: 'GET', url: '/api/document-flags', access: Permission.DocumentRead, summary: '先行实施的现场措施：负责人批准逾期、迟延或不予批准（行政强制法第十九条）', tags: docTags, response: { 200: z.array(DocumentApprovalFlag) }, handler: async (_req, ctx) => gates.approvalFlags(ctx) }),
  defineRoute({ method: 'GET', url: '/api/documents/:id', access: Permission.DocumentRead, summary: '文书详情：内容、版本、送达记录、期限、核验链接', tags: docTags, params: IdParams, response: { 200: DocumentDetail }, handler: async ({ params }, ctx) => documents.getDocument(ctx, params.id) }),
  defineRoute({ method: 'PATCH', url: '/api/documents/:id', access: Permission.DocumentDraft, summary: '修改草稿（签发后不能修改，只能更正）', tags: docTags, params: IdParams, body: DocumentUpdate, response: { 200: DocumentDetail }, handler: async ({ params, body }, ctx) => documents.updateDocument(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/documents/:id/citations', access: Permission.DocumentRead, summary: '法条引用核对：各引用解析到法律法规库中相应日期施行的条款（未解析的须改正或记录理由后才能签发）', tags: docTags, params: IdParams, response: { 200: CitationCheck }, handler: async ({ params }, ctx) => citations.getCitations(ctx, params.id) }),
  defineRoute({ method: 'PUT', url: '/api/documents/:id/citations', access: Permission.DocumentDraft, summary: '记录违法行为发生日期与未能引用法律法规库条款的理由', tags: docTags, params: IdParams, body: CitationUpdate, response: { 200: CitationCheck }, handler: async ({ params, body }, ctx) => citations.updateCitations(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/documents/:id/submit', access: Permission.DocumentDraft, summary: '提交审批（审批表须填写承办人意见）', tags: docTags, params: IdParams, body: DocumentSubmitBody, response: { 200: DocumentDetail }, handler: async ({ params, body }, ctx) => documents.submitDocument(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/documents/:id/issue', access: Permission.DocumentIssue, summary: '签发：取号、生成并固化 PDF（SM3）、机关 SM2 签名、加盖印章', tags: docTags, params: IdParams, body: DocumentIssueBody, response: { 200: DocumentDetail }, handler: async ({ params, body }, ctx) => documents.issueDocument(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/documents/:id/corrections', access: Permission.DocumentDraft, summary: '更正：生成新版本草稿（原版本保留、可下载）', tags: docTags, params: IdParams, body: ReasonBody, response: { 201: DocumentDetail }, handler: async ({ params, body }, ctx, reply) => reply.status(201).send(await documents.correctDocument(ctx, params.id, body.reason)) }),
  defineRoute({ method: 'POST', url: '/api/documents/:id/void', access: Permission.DocumentIssue, summary: '作废（编号保留在台账中并记录原因）', tags: docTags, params: IdParams, body: ReasonBody, response: { 200: DocumentDetail }, handler: async ({ params, body }, ctx) => documents.voidDocument(ctx, params.id, body.reason) }),
  defineRoute({ method: 'POST', url: '/api/documents/:id/archive', access: Permission.DocumentIssue, summary: '归档', tags: docTags, params: IdParams, response: { 200: DocumentDetail }, handler: async ({ params }, ctx) => documents.archiveDocument(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/documents/:id/services', access: Permission.DocumentIssue, summary: '登记送达（生成文书送达回执）', tags: docTags, params: IdParams, body: ServiceCreate, response: { 201: DocumentDetail }, handler: async ({ params, body }, ctx, reply) => reply.status(201).send(await serving.recordService(ctx, params.id, body)) }),
  defineRoute({ method: 'GET', url: '/api/documents/:id/pdf', access: Permission.DocumentRead, summary: 'PDF：已签发的为固化原件，草稿为预览（无编号、无印章）', tags: docTags, params: IdParams, query: Disposition, raw: true, handler: async ({ params, query }, ctx, reply) => sendFile(reply, await documents.documentPdf(ctx, params.id), PDF, query.disposition === 'inline') }),
  defineRoute({ method: 'GET', url: '/api/documents/:id/docx', access: Permission.DocumentRead, summary: '导出 DOCX（与 PDF 内容相同）', tags: docTags, params: IdParams, raw: true, handler: async ({ params }, ctx, reply) => sendFile(reply, await documents.documentDocx(ctx, params.id), DOCX, false) }),
  defineRoute({ method: 'POST', url: '/api/documents/:id/rerender-check', access: Permission.DocumentAdmin, summary: '用签发时的模板版本重新生成并与原件逐字节比对', tags: docTags, params: IdParams, response: { 200: RerenderCheck }, handler: async ({ params }, ctx) => documents.rerenderCheck(ctx, params.id) }),

  // 文件、印章、签名、缴款账户、电子送达同意
  defineRoute({ method: 'POST', url: '/api/document-files', access: Permission.DocumentDraft, summary: '上传签名图片（PNG）、送达回执照片或电子送达确认书（multipart/form-data 字段 file）', tags: assetTags, query: UploadQuery, response: { 201: UploadedFile }, handler: async ({ query }, ctx, reply) => reply.status(201).send(await assets.uploadFile(ctx, query.kind, await uploadedFile(reply.request, '文件'))) }),
  defineRoute({ method: 'GET', url: '/api/document-files/:id', access: Permission.DocumentRead, summary: '查看已上传的图片（印章、签名、回执照片）', tags: assetTags, params: FileParams, raw: true, handler: async ({ params }, ctx, reply) => { const f = await assets.fileBytes(ctx, params.id); return reply.header('content-type', f.mediaType).header('cache-control', 'private, max-age=3600, immutable').send(f.bytes); } }),
  defineRoute({ method: 'GET', url: '/api/document-seals', access: Permission.DocumentRead, summary: '机关的印章图片（公章、行政执法专用章）', tags: assetTags, query: AgencyQuery, response: { 200: z.array(Seal) }, handler: async ({ query }, ctx) => assets.listSeals(ctx, query.agencyId) }),
  defineRoute({ method: 'POST', url: '/api/document-seals', access: Permission.DocumentAdmin, summary: '上传印章图片（PNG，不超过 1 MB；multipart 字段 file）', tags: assetTags, query: SealUploadQuery, response: { 201: z.array(Seal) }, handler: async ({ query }, ctx, reply) => reply.status(201).send(await assets.uploadSeal(ctx, query.agencyId, query.kind, await uploadedFile(reply.request, '印章图片'))) }),
  defineRoute({ method: 'POST', url: '/api/officer-signatures/:id', access: Permission.DocumentAdmin, summary: '上传执法人员手写签名图片（PNG；multipart 字段 file）', tags: assetTags, params: IdParams, response: { 201: OfficerSignature }, handler: async ({ params }, ctx, reply) => reply.status(201).send(await assets.uploadOfficerSignature(ctx, params.id, await uploadedFile(reply.request, '签名图片'))) }),
  defineRoute({ method: 'GET', url: '/api/payment-accounts', access: Permission.DocumentRead, summary: '机关的罚款缴款账户（可有多个）', tags: assetTags, query: AgencyQuery, response: { 200: z.array(PaymentAccount) }, handler: async ({ query }, ctx) => assets.listPaymentAccounts(ctx, query.agencyId) }),
  defineRoute({ method: 'POST', url: '/api/payment-accounts', access: Permission.DocumentAdmin, summary: '新增缴款账户', tags: assetTags, body: PaymentAccountCreate, response: { 201: PaymentAccount }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await assets.createPaymentAccount(ctx, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/payment-accounts/:id', access: Permission.DocumentAdmin, summary: '启用、停用缴款账户或调整顺序', tags: assetTags, params: IdParams, body: PaymentAccountUpdate, response: { 200: PaymentAccount }, handler: async ({ params, body }, ctx) => assets.updatePaymentAccount(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/service-consents', access: Permission.DocumentRead, summary: '当事人电子送达同意记录', tags: assetTags, query: ConsentQuery, response: { 200: z.array(ServiceConsent) }, handler: async ({ query }, ctx) => serving.listConsents(ctx, query) }),
  defineRoute({ method: 'POST', url: '/api/service-consents', access: Permission.DocumentIssue, summary: '登记当事人同意电子送达（签订确认书）', tags: assetTags, body: ServiceConsentCreate, response: { 201: ServiceConsent }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await serving.createConsent(ctx, body)) }),
  defineRoute({ method: 'POST', url: '/api/service-consents/:id/revoke', access: Permission.DocumentIssue, summary: '当事人撤回电子送达同意', tags: assetTags, params: IdParams, response: { 200: ServiceConsent }, handler: async ({ params }, ctx) => serving.revokeConsent(ctx, params.id) }),

  // 公开核验
  defineRoute({ method: 'GET', url: '/api/public/verify/:token', access: 'public', rateLimit: 30, summary: '文书核验：编号、机关、日期、状态、SM3 与签名（当事人信息已脱敏）', tags: publicTags, params: TokenParams, response: { 200: VerifyResult }, handler: async ({ params }, ctx) => verification.verifyToken(ctx, params.token) }),
  defineRoute({
    method: 'POST', url: '/api/public/verify/:token/file', access: 'public', rateLimit: 10, summary: '上传文书文件，比对是否与签发原件逐字节一致（multipart 字段 file，或 JSON {contentBase64}）', tags: publicTags, params: TokenParams, response: { 200: VerifyFileResult },
    handler: async ({ params }, ctx, reply) => {
      const req = reply.request;
      let body: { contentBase64?: string } | undefined;
      if (!req.isMultipart()) {
        const parsed = VerifyFileBody.safeParse(req.body);
        if (!parsed.success) throw invalidField('body.contentBase64', `文件内容（Base64）：${parsed.error.issues[0]?.message ?? '应为 Base64 编码的文件内容'}`);
        body = parsed.data;
      }
      return verification.verifyFile(ctx, params.token, await fileFromEither(req, body, '文件'));
    },
  }),
];
