import { Workbench } from '@zhifa/shared/contract/workbench';
import { defineRoute } from '../../platform/http/define-route';
import { registerBuiltInSections } from './workbench-sections';
import { loadWorkbench } from './workbench.service';

registerBuiltInSections();

export const workbenchRoutes = [
  defineRoute({ method: 'GET', url: '/api/workbench', access: 'authenticated', summary: '工作台：等待我处理的事项（按我的权限和数据范围：待审批、待法制审核、文书待办、即将到期、管理待办）', tags: ['工作台'], response: { 200: Workbench }, handler: async (_i, ctx) => loadWorkbench(ctx) }),
];
