import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const YEAR_SECONDS = 31_536_000;
const COMPRESSED = /\.(br|gz)$/;

/**
 * The cache policy of a built front-end file. Vite names everything under `assets/` by content
 * hash, so those never change and are cached for a year; the HTML shells, the service worker and
 * the web manifest name the current hashes and must be revalidated on every load.
 */
export function cacheControlFor(path: string): string | null {
  const p = path.replace(/\\/g, '/').replace(COMPRESSED, '');
  if (p.endsWith('.html') || p.endsWith('/sw.js') || p.endsWith('.webmanifest') || /\/workbox-[^/]+\.js$/.test(p)) return 'no-cache';
  if (p.includes('/assets/')) return `public, max-age=${YEAR_SECONDS}, immutable`;
  return null;
}

/**
 * Serves a built front end: the brotli or gzip copy written at build time when the browser accepts
 * it (with `Vary: Accept-Encoding`), else the file itself; cache headers by {@link cacheControlFor}.
 */
export function registerFrontEnd(app: FastifyInstance, root: string, prefix: string): void {
  if (!existsSync(root)) return;
  void app.register(fastifyStatic, {
    root,
    prefix,
    decorateReply: false,
    index: ['index.html'],
    preCompressed: true,
    setHeaders: (reply, path) => {
      const cacheControl = cacheControlFor(path);
      if (cacheControl) reply.header('cache-control', cacheControl);
    },
  });
}
