import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ErrorCode, errorTitle } from '@zhifa/shared';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { appendAudit, type AuditActor } from '../audit/audit';
import { roleLabel, type Actor } from '../auth/actor';
import { emptyScope, scopeFor } from '../auth/scope';
import { inTransaction } from '../db/tx';
import { newId } from '../ids';
import { resolveActor } from './authenticate';
import { makeCtx, type AppDeps } from './context';
import { securityHeaders } from './security-headers';
import { registerFrontEnd } from './static-assets';
import type { RouteDef } from './define-route';
import { AppError, forbidden, invalidFields } from './errors';
import { inputProblems } from './input-guard';
import { clientErrorHandler, frameworkErrors, problemOfRequestError } from './request-errors';
import { toFieldErrors } from './validation-messages';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: string;
  }
  interface FastifyInstance {
    /** Every route Fastify registered, with its declared access; a test checks none lacks one. */
    registeredRoutes: { method: string; url: string; access: string | undefined }[];
  }
  interface FastifyRequest {
    /** The caller, resolved by the route's onRequest hook before the body is parsed. */
    actor: Actor | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The largest file an upload may carry (Excel imports, document images and PDFs). */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export function auditActorOf(actor: Actor | null, req: FastifyRequest): AuditActor {
  return {
    actorId: actor?.id ?? null,
    actorName: actor ? `${actor.displayName}（${actor.username}）` : null,
    actorRole: actor ? roleLabel(actor) : null,
    agencyId: actor?.agencyId ?? null,
    ip: req.ip ?? null,
    requestId: req.id,
  };
}

function sendProblem(reply: FastifyReply, err: AppError): FastifyReply {
  return reply.status(err.status).type('application/problem+json').send(err.toProblem(reply.request.id));
}

export interface BuildOptions {
  routes: RouteDef[];
  /** Serve the built portal and field app (production); tests leave it off. */
  serveStatic?: boolean;
  logger?: boolean;
}

export async function buildApp(deps: AppDeps, opts: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger
      ? {
          level: deps.config.logLevel,
          redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
        }
      : false,
    trustProxy: deps.config.trustProxy,
    genReqId: () => newId(),
    requestIdHeader: false,
    bodyLimit: 2 * 1024 * 1024,
    // Long enough for any verification token a client may paste; the route itself answers 404 for junk.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 512 },
    frameworkErrors: frameworkErrors(sendProblem),
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorateRequest('actor', null);

  const registered: FastifyInstance['registeredRoutes'] = [];
  app.decorate('registeredRoutes', registered);
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) registered.push({ method: String(m), url: r.url, access: r.config?.access });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Too deep a structure is refused before the schema walks it; control characters the schema let
  // through (free-form JSON) after it (input-guard.ts).
  app.addHook('preValidation', async (req, reply) => guardInput(req, reply, 'depth'));
  app.addHook('preHandler', async (req, reply) => guardInput(req, reply, 'controls'));
  // Security headers: a fixed set built once (as helmet sent them, without rebuilding them per
  // request), set before the handler so a route can override one (document preview, API docs).
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  // File uploads (Excel imports): one file per request, read by the route with request.file().
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 12 } });
  // tus PATCH bodies (evidence uploads) stay unread: the tus handler streams them to disk.
  app.addContentTypeParser('application/offset+octet-stream', (_req, _payload, done) => done(null));
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'zhifa 互联网+执法 API', version: deps.config.version, description: '应急管理综合行政执法系统接口。错误以 application/problem+json 返回。' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'zhifa_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return sendProblem(reply, err);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const ctx = err.validationContext ?? 'body';
      const schemaKey = ctx === 'querystring' ? 'querystring' : ctx;
      const schema = (req.routeOptions.schema as Record<string, z.ZodType> | undefined)?.[schemaKey];
      const errors = toFieldErrors(err.validation, ctx, schema);
      return sendProblem(reply, new AppError(400, ErrorCode.Validation, errors.map((e) => e.message).join('；'), errors));
    }
    // Malformed JSON, too large a body, wrong content type, rate limits and the like: said in Chinese.
    const requestProblem = problemOfRequestError(err);
    if (requestProblem) return sendProblem(reply, requestProblem);
    req.log.error({ err, requestId: req.id }, 'unhandled error');
    return sendProblem(reply, new AppError(500, ErrorCode.Internal, `${errorTitle.internal_error}，请联系管理员并提供请求编号 ${req.id}`));
  });

  for (const def of opts.routes) registerRoute(app, deps, def);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  if (opts.serveStatic) registerStatic(app, deps);

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api') {
      return sendProblem(reply, new AppError(404, ErrorCode.NotFound, `接口 ${req.method} ${req.url.split('?')[0]} 不存在`));
    }
    return serveSpaFallback(deps, req, reply);
  });

  return app;
}

function guardInput(req: FastifyRequest, reply: FastifyReply, check: 'depth' | 'controls'): FastifyReply | undefined {
  const schema = req.routeOptions.schema as Record<string, z.ZodType> | undefined;
  const errors = inputProblems(
    [
      { value: req.body, context: 'body', schema: schema?.body },
      { value: req.query, context: 'query', schema: schema?.querystring },
      { value: req.params, context: 'params', schema: schema?.params },
    ],
    check,
  );
  return errors.length ? sendProblem(reply, invalidFields(errors)) : undefined;
}

const UNSCOPED = new Set(['public', 'session', 'authenticated']);

function registerRoute(app: FastifyInstance, deps: AppDeps, def: RouteDef): void {
  const isPublic = def.access === 'public';
  const scoped = !UNSCOPED.has(def.access);
  app.route({
    method: def.method,
    url: def.url,
    config: { access: def.access, ...(def.rateLimit ? { rateLimit: { max: def.rateLimit, timeWindow: '1 minute' } } : {}) },
    schema: {
      summary: def.summary,
      tags: def.tags,
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.body ? { body: def.body } : {}),
      ...(def.response ? { response: def.response } : {}),
      ...(isPublic ? {} : { security: [{ session: [], csrf: [] }, { apiToken: [] }] }),
      description: `权限：${def.access}`,
    },
    // Who is calling, and may they, is settled before the body is even read: a caller without a
    // session or permission learns nothing about the route's schema (401/403, never a 400 listing fields).
    onRequest: async (req, reply) => {
      const resolved = await resolveActor(deps, req);
      const actor = resolved.actor;
      req.actor = actor;
      if (!isPublic) {
        if (!actor) return sendProblem(reply, resolved.error ?? new AppError(401, ErrorCode.Unauthenticated, '请先登录'));
        if (actor.kind === 'user' && UNSAFE.has(def.method) && req.headers['x-csrf-token'] !== actor.csrfToken) {
          return sendProblem(reply, new AppError(403, ErrorCode.CsrfFailed, '缺少或错误的 X-CSRF-Token 请求头'));
        }
        if (def.access !== 'session' && actor.stage !== 'full') {
          const code = actor.stage === 'passwordChange' ? ErrorCode.PasswordChangeRequired : ErrorCode.SecondFactorRequired;
          return sendProblem(reply, new AppError(403, code, errorTitle[code]));
        }
        if (def.access !== 'session' && def.access !== 'authenticated' && !actor.permissions.has(def.access)) {
          await recordDenied(deps, req, actor, def);
          return sendProblem(reply, forbidden(`没有“${def.access}”权限`));
        }
      }
      // An upload that announces more than the limit is refused before a byte of it is read.
      if (req.headers['content-type']?.startsWith('multipart/') && Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES + 1024 * 1024) {
        return sendProblem(reply, new AppError(413, ErrorCode.PayloadTooLarge, '文件：超过 20 MB'));
      }
    },
    handler: async (req, reply) => {
      const reqInfo = { requestId: req.id, ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null };
      const actor = req.actor;
      const scope = actor && scoped ? scopeFor(actor, def.access as never) : emptyScope();
      const ctx = makeCtx(deps, reqInfo, actor, scope, auditActorOf(actor, req));
      const result = await def.handler({ params: req.params as never, query: req.query as never, body: req.body as never }, ctx, reply);
      if (def.raw) return reply;
      return result;
    },
  });
}

async function recordDenied(deps: AppDeps, req: FastifyRequest, actor: Actor, def: RouteDef): Promise<void> {
  await inTransaction(deps.db, (tx) =>
    appendAudit(tx, auditActorOf(actor, req), { action: 'access.denied', objectType: 'route', objectId: `${def.method} ${def.url}`, result: 'denied', detail: { permission: def.access, url: req.url.split('?')[0] } }, deps.clock.now().toISOString()),
  );
}

function distDirs(deps: AppDeps): { web: string; field: string } {
  const root = new URL('../../../../../', import.meta.url).pathname;
  return { web: deps.config.webDist ?? join(root, 'apps/web/dist'), field: deps.config.fieldDist ?? join(root, 'apps/field/dist') };
}

function registerStatic(app: FastifyInstance, deps: AppDeps): void {
  const { web, field } = distDirs(deps);
  registerFrontEnd(app, field, '/m/');
  registerFrontEnd(app, web, '/');
}

const indexCache = new Map<string, { mtimeMs: number; html: string }>();
function serveSpaFallback(deps: AppDeps, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { web, field } = distDirs(deps);
  const file = req.url.startsWith('/m/') || req.url === '/m' ? join(field, 'index.html') : join(web, 'index.html');
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !existsSync(file)) {
    return reply.status(404).type('text/plain; charset=utf-8').send('未找到页面');
  }
  // Re-read when the build changed, so a rebuilt front end never points at deleted chunks.
  const mtimeMs = statSync(file).mtimeMs;
  let cached = indexCache.get(file);
  if (!cached || cached.mtimeMs !== mtimeMs) {
    cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    indexCache.set(file, cached);
  }
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(cached.html);
}
