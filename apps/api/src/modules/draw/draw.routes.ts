import { IdParams, PageQuery, Permission } from '@zhifa/shared';
import { DrawCreateBody, DrawVoidBody, PublicListQuery, PublicNoticeBody, WithdrawBody } from '@zhifa/shared/contract/planning';
import { defineRoute } from '../../platform/http/define-route';
import * as draws from './draw.service';
import * as notices from './public-notice.service';

const tags = ['双随机抽取'];
const publicTags = ['公开'];

export const drawRoutes = [
  defineRoute({ method: 'GET', url: '/api/draws', access: Permission.PlanRead, summary: '双随机抽取列表（含每次抽取，作废的也保留）', tags, query: PageQuery, handler: async ({ query }, ctx) => draws.listDraws(ctx, query) }),
  defineRoute({ method: 'POST', url: '/api/draws', access: Permission.PlanManage, summary: '冻结抽取池与执法人员名录，公布哈希与种子承诺值（重新抽取须填写理由）', tags, body: DrawCreateBody, handler: async ({ body }, ctx, reply) => reply.status(201).send(await draws.commitDraw(ctx, body)) }),
  defineRoute({ method: 'GET', url: '/api/draws/:id', access: Permission.PlanRead, summary: '抽取详情', tags, params: IdParams, handler: async ({ params }, ctx) => draws.getDraw(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/draws/:id/execute', access: Permission.PlanManage, summary: '抽取：按公开算法计算结果、公开种子、生成检查任务', tags, params: IdParams, handler: async ({ params }, ctx) => draws.executeDraw(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/draws/:id/void', access: Permission.PlanManage, summary: '作废抽取（理由公开，任务取消）', tags, params: IdParams, body: DrawVoidBody, handler: async ({ params, body }, ctx) => draws.voidDraw(ctx, params.id, body.reason) }),

  defineRoute({ method: 'GET', url: '/api/public-notices', access: Permission.PlanRead, summary: '本机关的公示及其期限（含是否逾期、撤回）', tags: publicTags, query: PageQuery, handler: async ({ query }, ctx) => notices.agencyNotices(ctx, query) }),
  defineRoute({ method: 'POST', url: '/api/public-notices/inspection-outcomes', access: Permission.InspectionManage, summary: '公示检查结果（个人信息脱敏）', tags: publicTags, body: PublicNoticeBody, handler: async ({ body }, ctx, reply) => reply.status(201).send(await notices.createNotice(ctx, 'inspectionOutcome', body)) }),
  defineRoute({ method: 'POST', url: '/api/public-notices/penalty-decisions', access: Permission.CaseManage, summary: '公示行政处罚决定（7 个工作日内，个人信息脱敏）', tags: publicTags, body: PublicNoticeBody, handler: async ({ body }, ctx, reply) => reply.status(201).send(await notices.createNotice(ctx, 'penaltyDecision', body)) }),
  defineRoute({ method: 'POST', url: '/api/public-notices/:id/withdraw', access: Permission.CaseManage, summary: '决定变更或撤销后撤回公示（3 日内）', tags: publicTags, params: IdParams, body: WithdrawBody, handler: async ({ params, body }, ctx) => notices.withdrawNotice(ctx, params.id, body) }),

  defineRoute({ method: 'GET', url: '/api/public/draws', access: 'public', rateLimit: 60, summary: '公开：双随机抽查计划与结果', tags: publicTags, query: PublicListQuery, handler: async ({ query }, ctx) => draws.publicDraws(ctx, query) }),
  defineRoute({ method: 'GET', url: '/api/public/draws/:id', access: 'public', rateLimit: 60, summary: '公开：一次抽取的全部可复核数据（抽取池、人员名录、哈希、承诺值、种子、结果）', tags: publicTags, params: IdParams, handler: async ({ params }, ctx) => draws.publicDraw(ctx, params.id) }),
  defineRoute({ method: 'GET', url: '/api/public/notices', access: 'public', rateLimit: 60, summary: '公开：检查结果与行政处罚决定公示', tags: publicTags, query: PublicListQuery, handler: async ({ query }, ctx) => notices.publishedNotices(ctx, ['inspectionOutcome', 'penaltyDecision', 'drawResult'], query) }),
  defineRoute({ method: 'GET', url: '/api/public/notices/:id', access: 'public', rateLimit: 60, summary: '公开：一条公示', tags: publicTags, params: IdParams, handler: async ({ params }, ctx) => notices.publishedNotice(ctx, params.id) }),
];
