import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { TestClock } from '../src/platform/clock';
import { loadConfig } from '../src/platform/config';
import { createServer, type Server } from '../src/server';

export type TestDb = 'sqlite' | 'postgres';
export const testDb: TestDb = process.env.ZHIFA_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const PG_ADMIN_URL = process.env.ZHIFA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestServer extends Server {
  clock: TestClock;
  dataDir: string;
  databaseUrl: string;
  /** A client that keeps its session cookie and sends the CSRF token, like the portal does. */
  client(): TestClient;
  /** Logs a demo account in (password Zhifa@2020) and returns its client. */
  as(username: string, password?: string): Promise<TestClient>;
}

export interface TestClient {
  csrf: string | null;
  cookie: string | null;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  login(username: string, password?: string): Promise<LightMyRequestResponse>;
}

/** A fresh database (a temp SQLite file, or a new PostgreSQL database) with migrations and demo data. */
export async function startTestServer(opts: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zhifa-test-'));
  let databaseUrl = `file:${join(dataDir, 'zhifa.db')}`;
  let dropPg: (() => Promise<void>) | null = null;
  if (testDb === 'postgres') {
    const name = `zhifa_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    dropPg = async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const config = loadConfig({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, ZHIFA_DEMO: opts.demo === false ? 'false' : 'true', ZHIFA_SECRET: 'test-secret-0123456789-0123456789-abcdef', ...opts.env });
  const clock = new TestClock(new Date());
  const server = await createServer(config, { clock });
  const client = (): TestClient => makeClient(server);
  return {
    ...server,
    clock,
    dataDir,
    databaseUrl,
    client,
    as: async (username, password = 'Zhifa@2020') => {
      const c = client();
      const res = await c.login(username, password);
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return c;
    },
    close: async () => {
      await server.close();
      if (dropPg) await dropPg();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function makeClient(server: Server): TestClient {
  const c: TestClient = {
    csrf: null,
    cookie: null,
    async request(method, url, body, headers = {}) {
      const res = await server.app.inject({
        method: method as 'GET',
        url,
        headers: { ...(c.cookie ? { cookie: c.cookie } : {}), ...(c.csrf && method !== 'GET' ? { 'x-csrf-token': c.csrf } : {}), ...headers },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      const set = res.cookies.find((k) => k.name === 'zhifa_sid');
      if (set) c.cookie = set.value ? `zhifa_sid=${set.value}` : null;
      return res;
    },
    get: (url) => c.request('GET', url),
    post: (url, body) => c.request('POST', url, body ?? {}),
    put: (url, body) => c.request('PUT', url, body ?? {}),
    patch: (url, body) => c.request('PATCH', url, body ?? {}),
    delete: (url) => c.request('DELETE', url),
    async login(username, password = 'Zhifa@2020') {
      const res = await c.request('POST', '/api/auth/login', { username, password });
      if (res.statusCode === 200) c.csrf = (res.json() as { csrfToken: string }).csrfToken;
      return res;
    },
  };
  return c;
}

/** The latest audit rows, newest first, read straight from the table. */
export async function lastAudit(server: Server, n = 5) {
  return server.deps.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(n).execute();
}
