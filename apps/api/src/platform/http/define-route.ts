import type { Permission } from '@zhifa/shared';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { Ctx } from './context';

/**
 * Who may call a route: a Permission (checked with its data scope), `authenticated` (any
 * signed-in caller with a complete session), `session` (also a half-finished login, for the
 * login steps themselves) or `public`. Every route must say which; a test enforces it.
 */
export type RouteAccess = Permission | 'authenticated' | 'session' | 'public';

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteDef<P extends Schema | undefined = Schema | undefined, Q extends Schema | undefined = Schema | undefined, B extends Schema | undefined = Schema | undefined> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  access: RouteAccess;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** Response schemas by status; the 2xx one documents and filters what is sent. */
  response?: Record<number, Schema>;
  /** Requests per minute per IP for sensitive public routes. */
  rateLimit?: number;
  /** Streams or files: the handler writes the reply itself. */
  raw?: boolean;
  handler: (input: { params: Infer<P>; query: Infer<Q>; body: Infer<B> }, ctx: Ctx, reply: FastifyReply) => Promise<unknown>;
}

export function defineRoute<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  def: RouteDef<P, Q, B>,
): RouteDef {
  return def as unknown as RouteDef;
}
