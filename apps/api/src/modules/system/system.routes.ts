import { sql } from 'kysely';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/define-route';

const Health = z.object({ status: z.enum(['ok', 'degraded']), db: z.enum(['sqlite', 'postgres']), version: z.string(), time: z.string() });

export const systemRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    access: 'public',
    summary: '健康检查（含数据库连通性）',
    tags: ['系统'],
    response: { 200: Health, 503: Health },
    handler: async (_i, ctx, reply) => {
      const body = { db: ctx.dialect, version: ctx.config.version, time: ctx.now() };
      try {
        await sql`select 1`.execute(ctx.db);
        return { status: 'ok' as const, ...body };
      } catch {
        return reply.status(503).send({ status: 'degraded' as const, ...body });
      }
    },
  }),
];
