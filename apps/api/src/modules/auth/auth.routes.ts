import { ChangePasswordBody, LoginBody, LoginResult, Me, Ok, RecoveryCodes, SessionStage, TotpCodeBody, TotpSetup } from '@zhifa/shared';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/http/authenticate';
import { defineRoute } from '../../platform/http/define-route';
import * as auth from './auth.service';

const tags = ['认证'];
const StageResult = z.object({ stage: SessionStage });

function setSessionCookie(reply: FastifyReply, token: string, maxAge: number): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: reply.request.protocol === 'https', maxAge });
}

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/auth/login',
    access: 'public',
    summary: '用户名密码登录',
    tags,
    body: LoginBody,
    response: { 200: LoginResult },
    // Throttled by account and IP in the database (login-throttle.service.ts), shared by every process.
    handler: async ({ body }, ctx, reply) => {
      const out = await auth.login(ctx, body);
      setSessionCookie(reply, out.token, out.maxAgeSeconds);
      return { stage: out.stage, csrfToken: out.csrfToken };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout',
    access: 'session',
    summary: '退出登录',
    tags,
    response: { 200: Ok },
    handler: async (_in, ctx, reply) => {
      await auth.logout(ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  }),
  defineRoute({ method: 'GET', url: '/api/auth/me', access: 'session', summary: '当前用户、角色、权限与登录步骤', tags, response: { 200: Me }, handler: async (_in, ctx) => auth.me(ctx) }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/totp/verify',
    access: 'session',
    summary: '登录第二步：验证动态码或恢复码',
    tags,
    body: TotpCodeBody,
    response: { 200: StageResult },
    rateLimit: 30,
    handler: async ({ body }, ctx) => ({ stage: await auth.verifySecondFactor(ctx, body.code) }),
  }),
  defineRoute({ method: 'POST', url: '/api/auth/totp/setup', access: 'session', summary: '生成动态口令密钥（绑定第一步）', tags, response: { 200: TotpSetup }, handler: async (_in, ctx) => auth.setupTotp(ctx) }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/totp/enable',
    access: 'session',
    summary: '以一个动态码确认并启用动态口令，返回恢复码',
    tags,
    body: TotpCodeBody,
    response: { 200: RecoveryCodes.extend({ stage: SessionStage }) },
    handler: async ({ body }, ctx) => auth.enableTotp(ctx, body.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/totp/disable',
    access: 'authenticated',
    summary: '停用动态口令（策略允许时）',
    tags,
    body: TotpCodeBody,
    response: { 200: Ok },
    handler: async ({ body }, ctx) => {
      await auth.disableTotp(ctx, body.code);
      return { ok: true as const };
    },
  }),
  defineRoute({ method: 'POST', url: '/api/auth/recovery-codes', access: 'authenticated', summary: '重新生成恢复码', tags, response: { 200: RecoveryCodes }, handler: async (_in, ctx) => ({ recoveryCodes: await auth.regenerateRecoveryCodes(ctx) }) }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/password',
    access: 'session',
    summary: '修改本人密码（首次登录与到期时必须）',
    tags,
    body: ChangePasswordBody,
    response: { 200: StageResult },
    handler: async ({ body }, ctx) => ({ stage: await auth.changePassword(ctx, body) }),
  }),
];
