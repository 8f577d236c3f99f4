import { ApiToken, ApiTokenCreate, ApiTokenCreated, IdParams, Permission, SecurityPolicy } from '@zhifa/shared';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/define-route';
import * as security from './security.service';

const tags = ['安全策略'];

export const securityRoutes = [
  defineRoute({ method: 'GET', url: '/api/security/policy', access: Permission.SecurityPolicyManage, summary: '安全策略（密码、锁定、会话、第二重验证、审计保存期）', tags, response: { 200: SecurityPolicy }, handler: async (_i, ctx) => security.getPolicy(ctx) }),
  defineRoute({ method: 'PUT', url: '/api/security/policy', access: Permission.SecurityPolicyManage, summary: '修改安全策略', tags, body: SecurityPolicy, response: { 200: SecurityPolicy }, handler: async ({ body }, ctx) => security.updatePolicy(ctx, body) }),
  defineRoute({ method: 'GET', url: '/api/api-tokens', access: Permission.ApiTokenManage, summary: '全部接口令牌及其所属账户（安全保密管理员只能查看与吊销，不能创建）', tags, response: { 200: z.array(ApiToken) }, handler: async (_i, ctx) => security.listTokens(ctx) }),
  defineRoute({ method: 'DELETE', url: '/api/api-tokens/:id', access: Permission.ApiTokenManage, summary: '吊销接口令牌', tags, params: IdParams, response: { 200: ApiToken }, handler: async ({ params }, ctx) => security.revokeToken(ctx, params.id) }),
  defineRoute({ method: 'GET', url: '/api/me/api-tokens', access: Permission.ApiTokenOwn, summary: '本人账户的接口令牌', tags, response: { 200: z.array(ApiToken) }, handler: async (_i, ctx) => security.listOwnTokens(ctx) }),
  defineRoute({ method: 'POST', url: '/api/me/api-tokens', access: Permission.ApiTokenOwn, summary: '为本人账户创建接口令牌（权限与数据范围不超出本账户；令牌明文只返回这一次）', tags, body: ApiTokenCreate, response: { 201: ApiTokenCreated }, handler: async ({ body }, ctx, reply) => reply.status(201).send(await security.createToken(ctx, body)) }),
  defineRoute({ method: 'DELETE', url: '/api/me/api-tokens/:id', access: Permission.ApiTokenOwn, summary: '吊销本人账户的接口令牌', tags, params: IdParams, response: { 200: ApiToken }, handler: async ({ params }, ctx) => security.revokeToken(ctx, params.id, true) }),
];
