import { IdParams, pageOf, Permission } from '@zhifa/shared';
import {
  ApprovalChain,
  ApprovalChainCreate,
  ApprovalChainQuery,
  ApprovalChainUpdate,
  ApprovalCounts,
  ApprovalDelegateCandidate,
  ApprovalDetail,
  ApprovalListItem,
  ApprovalListQuery,
  ApprovalMatter,
  ApprovalMatterCreate,
  ApprovalMatterUpdate,
  ApprovalObjectTypeInfo,
  ApproveBody,
  DelegateBody,
  Notification,
  NotificationCount,
  NotificationQuery,
  RejectBody,
  ResubmitBody,
  ReturnBody,
  WithdrawBody,
} from '@zhifa/shared/contract/approval';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/define-route';
import { registerApprovalModule } from './approval-module';
import { approvalObjectTypeCatalogue } from './approval-object-types';
import * as chains from './approval-chain.service';
import * as approvals from './approval.service';
import * as matters from './matter.service';
import * as notifications from './notification.service';

registerApprovalModule();

const tags = ['审批'];

/** A PDF shown inside the portal's own page (same-origin framing only). */
function sendInlinePdf(reply: FastifyReply, file: { bytes: Buffer; filename: string }): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header('content-security-policy', "frame-ancestors 'self'")
    .header('x-frame-options', 'SAMEORIGIN')
    .send(file.bytes);
}
const chainTags = ['审批流程配置'];
const noticeTags = ['通知'];

export const approvalRoutes = [
  defineRoute({ method: 'GET', url: '/api/approvals', access: 'authenticated', summary: '审批中心：待办、已办、我发起的（按类型、状态筛选，分页）', tags, query: ApprovalListQuery, response: { 200: pageOf(ApprovalListItem) }, handler: async ({ query }, ctx) => approvals.listApprovals(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/approvals/counts', access: 'authenticated', summary: '待办、已办、我发起的数量（菜单角标）', tags, response: { 200: ApprovalCounts }, handler: async (_i, ctx) => approvals.approvalCounts(ctx) }),
  defineRoute({ method: 'GET', url: '/api/approvals/:id', access: 'authenticated', summary: '审批详情：审批对象、步骤、审批记录与可办理的操作（仅提交人和审批人可见）', tags, params: IdParams, response: { 200: ApprovalDetail }, handler: async ({ params }, ctx) => approvals.getApproval(ctx, params.id) }),
  defineRoute({ method: 'GET', url: '/api/approvals/:id/pdf', access: 'authenticated', summary: '审批对象的 PDF（草稿为预览，已签发的为原件；在审批页面内嵌显示，仅提交人和审批人可见）', tags, params: IdParams, raw: true, handler: async ({ params }, ctx, reply) => sendInlinePdf(reply, await approvals.approvalPdf(ctx, params.id)) }),
  defineRoute({ method: 'GET', url: '/api/approvals/:id/delegates', access: Permission.ApprovalAct, summary: '可转办的人员', tags, params: IdParams, response: { 200: z.array(ApprovalDelegateCandidate) }, handler: async ({ params }, ctx) => approvals.delegateCandidates(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/approvals/:id/approve', access: Permission.ApprovalAct, summary: '同意（签署审批意见）', tags, params: IdParams, body: ApproveBody, response: { 200: ApprovalDetail }, handler: async ({ params, body }, ctx) => approvals.approve(ctx, params.id, body.opinion) }),
  defineRoute({ method: 'POST', url: '/api/approvals/:id/return', access: Permission.ApprovalAct, summary: '退回到之前的步骤或提交人（toStep 为 null）', tags, params: IdParams, body: ReturnBody, response: { 200: ApprovalDetail }, handler: async ({ params, body }, ctx) => approvals.returnApproval(ctx, params.id, body.toStep, body.reason) }),
  defineRoute({ method: 'POST', url: '/api/approvals/:id/reject', access: Permission.ApprovalAct, summary: '不予批准（审批结束，通知业务模块）', tags, params: IdParams, body: RejectBody, response: { 200: ApprovalDetail }, handler: async ({ params, body }, ctx) => approvals.reject(ctx, params.id, body.reason) }),
  defineRoute({ method: 'POST', url: '/api/approvals/:id/delegate', access: Permission.ApprovalAct, summary: '转办给其他有审批权限的人员', tags, params: IdParams, body: DelegateBody, response: { 200: ApprovalDetail }, handler: async ({ params, body }, ctx) => approvals.delegate(ctx, params.id, body.toUserId, body.reason) }),
  defineRoute({ method: 'POST', url: '/api/approvals/:id/withdraw', access: 'authenticated', summary: '提交人撤回（审批人尚未签署意见时）', tags, params: IdParams, body: WithdrawBody, response: { 200: ApprovalDetail }, handler: async ({ params, body }, ctx) => approvals.withdraw(ctx, params.id, body.reason) }),
  defineRoute({ method: 'POST', url: '/api/approvals/:id/resubmit', access: 'authenticated', summary: '补正后重新提交（退回提交人的审批）', tags, params: IdParams, body: ResubmitBody, response: { 200: ApprovalDetail }, handler: async ({ params, body }, ctx) => approvals.resubmit(ctx, params.id, body.note) }),

  defineRoute({ method: 'GET', url: '/api/approval-object-types', access: 'authenticated', summary: '可配置审批流程的事项类型', tags: chainTags, response: { 200: z.array(ApprovalObjectTypeInfo) }, handler: async () => approvalObjectTypeCatalogue() }),
  defineRoute({ method: 'GET', url: '/api/approval-chains', access: Permission.ApprovalAdmin, summary: '审批流程列表（按机关、事项类型）', tags: chainTags, query: ApprovalChainQuery, response: { 200: z.array(ApprovalChain) }, handler: async ({ query }, ctx) => chains.listChains(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/approval-chains/:id', access: Permission.ApprovalAdmin, summary: '审批流程详情', tags: chainTags, params: IdParams, response: { 200: ApprovalChain }, handler: async ({ params }, ctx) => chains.getChain(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/approval-chains', access: Permission.ApprovalAdmin, summary: '新建审批流程', tags: chainTags, body: ApprovalChainCreate, response: { 201: ApprovalChain }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await chains.createChain(ctx, body)) }),
  defineRoute({ method: 'PUT', url: '/api/approval-chains/:id', access: Permission.ApprovalAdmin, summary: '修改审批流程（保存为新版本，进行中的审批不受影响）', tags: chainTags, params: IdParams, body: ApprovalChainUpdate, response: { 200: ApprovalChain }, handler: async ({ params, body }, ctx) => chains.updateChain(ctx, params.id, body) }),

  defineRoute({ method: 'POST', url: '/api/approval-matters', access: Permission.DocumentDraft, summary: '起草通用审批事项（可同时提交审批）', tags, body: ApprovalMatterCreate, response: { 201: ApprovalMatter }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await matters.createMatter(ctx, body)) }),
  defineRoute({ method: 'GET', url: '/api/approval-matters/:id', access: Permission.DocumentRead, summary: '通用审批事项详情', tags, params: IdParams, response: { 200: ApprovalMatter }, handler: async ({ params }, ctx) => matters.getMatter(ctx, params.id) }),
  defineRoute({ method: 'PATCH', url: '/api/approval-matters/:id', access: Permission.DocumentDraft, summary: '修改草稿或退回补正的事项', tags, params: IdParams, body: ApprovalMatterUpdate, response: { 200: ApprovalMatter }, handler: async ({ params, body }, ctx) => matters.updateMatter(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/approval-matters/:id/submit', access: Permission.DocumentDraft, summary: '提交草稿事项审批', tags, params: IdParams, response: { 200: ApprovalMatter }, handler: async ({ params }, ctx) => matters.submitMatter(ctx, params.id) }),

  defineRoute({ method: 'GET', url: '/api/notifications', access: 'authenticated', summary: '我的通知（催办、审批结果）', tags: noticeTags, query: NotificationQuery, response: { 200: pageOf(Notification) }, handler: async ({ query }, ctx) => notifications.listNotifications(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/notifications/unread-count', access: 'authenticated', summary: '未读通知数', tags: noticeTags, response: { 200: NotificationCount }, handler: async (_i, ctx) => notifications.unreadCount(ctx) }),
  defineRoute({ method: 'POST', url: '/api/notifications/:id/read', access: 'authenticated', summary: '标记为已读', tags: noticeTags, params: IdParams, response: { 200: Notification }, handler: async ({ params }, ctx) => notifications.markRead(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/notifications/read-all', access: 'authenticated', summary: '全部标记为已读', tags: noticeTags, response: { 200: z.object({ updated: z.number().int() }) }, handler: async (_i, ctx) => notifications.markAllRead(ctx) }),
];
