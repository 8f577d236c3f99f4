import { IdParams, Permission } from '@zhifa/shared';
import { ApplyPresetBody, ClassListQuery, PlanBody, PlanFilingBody, PlanListQuery, RecomputeBody, RiskInputBody, SchemeBody } from '@zhifa/shared/contract/planning';
import { PageQuery } from '@zhifa/shared';
import { defineRoute } from '../../platform/http/define-route';
import * as classification from './classification.service';
import { registerPlanningModule } from './planning-module';
import * as plans from './plan.service';
import * as schemes from './scheme.service';
import * as tasks from './task.service';

registerPlanningModule();

const classTags = ['分级分类'];
const planTags = ['执法计划'];
const schemeTags = ['现场检查方案'];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const planningRoutes = [
  defineRoute({ method: 'GET', url: '/api/planning/classes', access: Permission.PlanRead, summary: '分级分类结果（风险等级、监管层级、年度检查频次下限与上限，附判定理由）', tags: classTags, query: ClassListQuery, handler: async ({ query }, ctx) => classification.listClasses(ctx, query) }),
  defineRoute({ method: 'POST', url: '/api/planning/classes/recompute', access: Permission.PlanManage, summary: '按现行规则重新分级分类（全部或指定企业），保留历史与输入', tags: classTags, body: RecomputeBody, handler: async ({ body }, ctx) => classification.recomputeOnDemand(ctx, body) }),
  defineRoute({ method: 'GET', url: '/api/planning/classes/:id/history', access: Permission.PlanRead, summary: '企业分级分类历史（每次计算的输入与理由）', tags: classTags, params: IdParams, handler: async ({ params }, ctx) => classification.classHistory(ctx, params.id) }),
  defineRoute({ method: 'PUT', url: '/api/planning/classes/:id/risk-input', access: Permission.PlanManage, summary: '登记企业事故与信用情况（分级分类输入）', tags: classTags, params: IdParams, body: RiskInputBody, handler: async ({ params, body }, ctx) => classification.setRiskInput(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/planning/classification-rules', access: Permission.PlanRead, summary: '分级分类规则（按施行日期与适用机关）及可用预设', tags: classTags, handler: async (_i, ctx) => classification.listRules(ctx) }),
  defineRoute({ method: 'POST', url: '/api/planning/classification-rules', access: Permission.PlanManage, summary: '以预设方案（如山西 2025）新增一条施行规则', tags: classTags, body: ApplyPresetBody, handler: async ({ body }, ctx, reply) => reply.status(201).send(await classification.applyPreset(ctx, body)) }),

  defineRoute({ method: 'GET', url: '/api/planning/plans', access: Permission.PlanRead, summary: '年度监督检查计划列表', tags: planTags, query: PlanListQuery, handler: async ({ query }, ctx) => plans.listPlans(ctx, query) }),
  defineRoute({ method: 'POST', url: '/api/planning/plans', access: Permission.PlanManage, summary: '编制年度监督检查计划（重点名单、双随机比例、检查事项）', tags: planTags, body: PlanBody, handler: async ({ body }, ctx, reply) => reply.status(201).send(await plans.createPlan(ctx, body)) }),
  defineRoute({ method: 'GET', url: '/api/planning/plans/:id', access: Permission.PlanRead, summary: '年度计划详情（含月度计划）', tags: planTags, params: IdParams, handler: async ({ params }, ctx) => plans.getPlan(ctx, params.id) }),
  defineRoute({ method: 'PUT', url: '/api/planning/plans/:id', access: Permission.PlanManage, summary: '修改草稿或退回补正的年度计划', tags: planTags, params: IdParams, body: PlanBody, handler: async ({ params, body }, ctx) => plans.updatePlan(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/planning/plans/:id/submit', access: Permission.PlanManage, summary: '提交年度计划审批', tags: planTags, params: IdParams, handler: async ({ params }, ctx) => plans.submitPlan(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/planning/plans/:id/filing', access: Permission.PlanManage, summary: '登记向上级机关备案', tags: planTags, params: IdParams, body: PlanFilingBody, handler: async ({ params, body }, ctx) => plans.filePlan(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/planning/plans/:id/progress', access: Permission.PlanRead, summary: '计划执行情况（作战图）：按月份、科室、行业领域的计划与实际', tags: planTags, params: IdParams, handler: async ({ params }, ctx) => plans.planProgress(ctx, params.id) }),
  defineRoute({
    method: 'GET', url: '/api/planning/plans/:id/progress/export', access: Permission.PlanRead, summary: '导出计划执行情况（.xlsx）', tags: planTags, params: IdParams, raw: true,
    handler: async ({ params }, ctx, reply) => {
      const f = await plans.exportProgress(ctx, params.id);
      return reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="progress.xlsx"; filename*=UTF-8''${encodeURIComponent(f.filename)}`).send(f.bytes);
    },
  }),

  defineRoute({ method: 'GET', url: '/api/planning/schemes', access: Permission.InspectionRead, summary: '现场检查方案列表', tags: schemeTags, query: PageQuery, handler: async ({ query }, ctx) => schemes.listSchemes(ctx, query) }),
  defineRoute({ method: 'POST', url: '/api/planning/schemes', access: Permission.InspectionManage, summary: '编制现场检查方案（检查对象、人员、事项、日期）', tags: schemeTags, body: SchemeBody, handler: async ({ body }, ctx, reply) => reply.status(201).send(await schemes.createScheme(ctx, body)) }),
  defineRoute({ method: 'GET', url: '/api/planning/schemes/:id', access: Permission.InspectionRead, summary: '现场检查方案详情', tags: schemeTags, params: IdParams, handler: async ({ params }, ctx) => schemes.getScheme(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/planning/schemes/:id/submit', access: Permission.InspectionManage, summary: '提交方案审批（先做频次与重复检查校验）', tags: schemeTags, params: IdParams, handler: async ({ params }, ctx) => schemes.submitScheme(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/planning/schemes/:id/documents', access: Permission.DocumentDraft, summary: '为已批准的方案生成现场检查方案文书（每个检查对象一份）', tags: schemeTags, params: IdParams, handler: async ({ params }, ctx) => schemes.generateDocuments(ctx, params.id) }),

  defineRoute({ method: 'GET', url: '/api/tasks/mine', access: 'authenticated', summary: '我的任务：分配给本人的检查任务（来自检查方案或双随机抽取）', tags: ['检查任务'], handler: async (_i, ctx) => tasks.myTasks(ctx) }),
];
