import { IdParams, Permission, pageOf } from '@zhifa/shared';
import {
  ApplicableItems,
  ApplicableQuery,
  Campaign,
  CampaignCreate,
  CampaignDetail,
  CheckItem,
  CheckItemCreate,
  CheckItemListQuery,
  CheckItemSummary,
  ReviewInboxItem,
  CheckItemUpdate,
  CheckUnit,
  CheckUnitCreate,
  Checklist,
  ChecklistCreate,
  ReviewApprove,
  ReviewReturn,
} from '@zhifa/shared/contract/checklist';
import {
  ApplicableRange,
  DiscretionQuery,
  Law,
  LawCreate,
  LawDetail,
  LawListQuery,
  LawVersionCreate,
  LawVersionSummary,
  Provision,
  ProvisionCreate,
  ProvisionDetail,
  ProvisionTree,
  ViolationDetail,
  ViolationListQuery,
  ViolationSummary,
} from '@zhifa/shared/contract/law';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/define-route';
import * as campaigns from './campaign.service';
import * as items from './check-item.service';
import * as laws from './law.service';
import * as violations from './violation.service';

const lawTags = ['法律法规库'];
const violationTags = ['违法行为与裁量'];
const itemTags = ['检查事项库'];
const R = Permission.ChecklistRead;

export const checklistRoutes = [
  defineRoute({ method: 'GET', url: '/api/laws', access: R, summary: '法律法规列表（可按名称搜索、按类别筛选），含现行版本', tags: lawTags, query: LawListQuery, response: { 200: z.array(Law) }, handler: async ({ query }, ctx) => laws.listLaws(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/laws/:id', access: R, summary: '法律法规及其各版本', tags: lawTags, params: IdParams, response: { 200: LawDetail }, handler: async ({ params }, ctx) => laws.getLaw(ctx, params.id) }),
  defineRoute({ method: 'GET', url: '/api/law-versions/:id/provisions', access: R, summary: '某版本的条文树（条→款→项→目）', tags: lawTags, params: IdParams, response: { 200: ProvisionTree }, handler: async ({ params }, ctx) => laws.provisionTree(ctx, params.id) }),
  defineRoute({ method: 'GET', url: '/api/provisions/:id', access: R, summary: '条款详情：引用名称、上下级条款，以及引用它的违法行为和检查事项', tags: lawTags, params: IdParams, response: { 200: ProvisionDetail }, handler: async ({ params }, ctx) => laws.getProvision(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/laws', access: Permission.LawManage, summary: '新增法律法规', tags: lawTags, body: LawCreate, response: { 201: Law }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await laws.createLaw(ctx, body)) }),
  defineRoute({ method: 'POST', url: '/api/laws/:id/versions', access: Permission.LawManage, summary: '新增法律法规版本（施行期间不得与已有版本重叠）', tags: lawTags, params: IdParams, body: LawVersionCreate, response: { 201: LawVersionSummary }, handler: async ({ params, body }, ctx, reply) => reply.status(201).send(await laws.createVersion(ctx, params.id, body)) }),
  defineRoute({ method: 'POST', url: '/api/law-versions/:id/provisions', access: Permission.LawManage, summary: '新增条款（条、款、项或目；引用名称可自动生成）', tags: lawTags, params: IdParams, body: ProvisionCreate, response: { 201: Provision }, handler: async ({ params, body }, ctx, reply) => reply.status(201).send(await laws.createProvision(ctx, params.id, body)) }),

  defineRoute({ method: 'GET', url: '/api/violations', access: R, summary: '违法行为列表', tags: violationTags, query: ViolationListQuery, response: { 200: pageOf(ViolationSummary) }, handler: async ({ query }, ctx) => violations.listViolations(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/violations/:id', access: R, summary: '违法行为详情：认定条款、处罚依据、各版本裁量档次', tags: violationTags, params: IdParams, response: { 200: ViolationDetail }, handler: async ({ params }, ctx) => violations.getViolation(ctx, params.id) }),
  defineRoute({ method: 'GET', url: '/api/violations/:id/discretion', access: R, summary: '适用的裁量版本与档次：违法行为发生日的版本，作出决定时的版本较轻的从轻（行政处罚法第三十七条），并说明理由', tags: violationTags, params: IdParams, query: DiscretionQuery, response: { 200: ApplicableRange }, handler: async ({ params, query }, ctx) => violations.applicableRange(ctx, params.id, query.date, query.decisionDate) }),

  defineRoute({ method: 'GET', url: '/api/checklists', access: R, summary: '检查表及其检查单元（含事项数）', tags: itemTags, response: { 200: z.array(Checklist) }, handler: async (_i, ctx) => items.listChecklists(ctx) }),
  defineRoute({ method: 'POST', url: '/api/checklists', access: Permission.ChecklistManage, summary: '新建本机关检查表', tags: itemTags, body: ChecklistCreate, response: { 201: Checklist }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await items.createChecklist(ctx, body)) }),
  defineRoute({ method: 'POST', url: '/api/checklists/:id/units', access: Permission.ChecklistManage, summary: '在本机关检查表中新建检查单元', tags: itemTags, params: IdParams, body: CheckUnitCreate, response: { 201: CheckUnit }, handler: async ({ params, body }, ctx, reply) => reply.status(201).send(await items.createUnit(ctx, params.id, body)) }),
  defineRoute({ method: 'GET', url: '/api/check-items', access: R, summary: '检查事项列表（按检查表、单元、行业、风险特征、专项、状态、重大隐患筛选；默认不含已停用）', tags: itemTags, query: CheckItemListQuery, response: { 200: pageOf(CheckItemSummary) }, handler: async ({ query }, ctx) => items.listItems(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/check-items/applicable', access: R, summary: '适用于某企业（行业领域 + 风险特征）的已发布检查事项，按检查表、单元分组并标注进行中的专项', tags: itemTags, query: ApplicableQuery, response: { 200: ApplicableItems }, handler: async ({ query }, ctx) => items.applicableFor(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/check-items/review-inbox', access: Permission.ChecklistLegalReview, summary: '法制审核待办：待审核的本地检查事项，附所引用的法律依据（条款原文）', tags: itemTags, response: { 200: z.array(ReviewInboxItem) }, handler: async (_i, ctx) => items.reviewInbox(ctx) }),
  defineRoute({ method: 'GET', url: '/api/check-items/:id', access: R, summary: '检查事项详情：法律依据、违法行为、现场处理、版本与审核记录', tags: itemTags, params: IdParams, response: { 200: CheckItem }, handler: async ({ params }, ctx) => items.getItem(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/check-items', access: Permission.ChecklistManage, summary: '新增本地检查事项（草稿）', tags: itemTags, body: CheckItemCreate, response: { 201: CheckItem }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await items.createItem(ctx, body)) }),
  defineRoute({ method: 'PATCH', url: '/api/check-items/:id', access: Permission.ChecklistManage, summary: '修改草稿；修改已发布事项时生成新版本草稿（原版本在新版本发布前继续有效）', tags: itemTags, params: IdParams, body: CheckItemUpdate, response: { 200: CheckItem }, handler: async ({ params, body }, ctx) => items.updateItem(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/check-items/:id/submit', access: Permission.ChecklistManage, summary: '提交法制审核（须引用法律法规库中的条款作为依据）', tags: itemTags, params: IdParams, response: { 200: CheckItem }, handler: async ({ params }, ctx) => items.submitItem(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/check-items/:id/approve', access: Permission.ChecklistLegalReview, summary: '法制审核通过并发布（旧版本随之停用）', tags: itemTags, params: IdParams, body: ReviewApprove, response: { 200: CheckItem }, handler: async ({ params, body }, ctx) => items.approveItem(ctx, params.id, body.comment) }),
  defineRoute({ method: 'POST', url: '/api/check-items/:id/return', access: Permission.ChecklistLegalReview, summary: '法制审核退回（须写明理由）', tags: itemTags, params: IdParams, body: ReviewReturn, response: { 200: CheckItem }, handler: async ({ params, body }, ctx) => items.returnItem(ctx, params.id, body.reason) }),
  defineRoute({ method: 'POST', url: '/api/check-items/:id/retire', access: Permission.ChecklistManage, summary: '停用已发布的本地检查事项', tags: itemTags, params: IdParams, response: { 200: CheckItem }, handler: async ({ params }, ctx) => items.retireItem(ctx, params.id) }),

  defineRoute({ method: 'GET', url: '/api/campaigns', access: R, summary: '专项执法列表（部级与本级、上级机关的专项）', tags: itemTags, response: { 200: z.array(Campaign) }, handler: async (_i, ctx) => campaigns.listCampaigns(ctx) }),
  defineRoute({ method: 'GET', url: '/api/campaigns/:id', access: R, summary: '专项执法及其检查事项', tags: itemTags, params: IdParams, response: { 200: CampaignDetail }, handler: async ({ params }, ctx) => campaigns.getCampaign(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/campaigns', access: Permission.ChecklistManage, summary: '新建本机关专项执法（选择已发布的检查事项）', tags: itemTags, body: CampaignCreate, response: { 201: CampaignDetail }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await campaigns.createCampaign(ctx, body)) }),
];
