import { SearchQuery, SearchResult } from '@zhifa/shared/contract/search';
import { defineRoute } from '../../platform/http/define-route';
import * as search from './search.service';

export const searchRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/search',
    access: 'authenticated',
    summary: '全局搜索：按类型分组返回有权查看的检查事项、法律条款、违法行为、法律法规、专项执法和企业（各类型按其权限的数据范围过滤）',
    tags: ['搜索'],
    query: SearchQuery,
    response: { 200: SearchResult },
    handler: async ({ query }, ctx) => search.search(ctx, query),
  }),
];
