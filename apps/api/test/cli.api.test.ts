import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from '../src/modules/auth/totp';
import { TestClock } from '../src/platform/clock';
import { loadConfig } from '../src/platform/config';
import { createServer } from '../src/server';
import { testDb } from './test-server';

/**
 * Issue 7 points 10 and 12: `npm run admin:create` on a new installation, `npm run audit:verify`
 * on a database that was never migrated, and a start banner that says what it loaded — each run as
 * its own process against a fresh database (SQLite file or PostgreSQL database, per ZHIFA_TEST_DB).
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const PG_ADMIN_URL = process.env.ZHIFA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECRET = 'test-secret-0123456789-0123456789-abcdef';
const cleanups: (() => Promise<void>)[] = [];

/** An empty database nobody has migrated: a new SQLite path, or a new PostgreSQL database. */
async function freshDatabase(): Promise<{ url: string; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zhifa-cli-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  if (testDb === 'sqlite') return { url: `file:${join(dataDir, 'zhifa.db')}`, dataDir };
  const name = `zhifa_cli_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: PG_ADMIN_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return { url: u.toString(), dataDir };
}

const envFor = (db: { url: string; dataDir: string }, extra: Record<string, string> = {}) => ({ DATABASE_URL: db.url, DATA_DIR: db.dataDir, ZHIFA_SECRET: SECRET, ZHIFA_JOBS: 'off', ZHIFA_LOG_LEVEL: 'warn', ...extra });

/** Runs `tsx <script> …args` to its end. */
function run(script: string, env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { ZHIFA_DEMO: _demo, DATABASE_URL: _url, ...inherited } = process.env;
    const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, script), ...args], { cwd: root, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts `main.ts` (what `npm start` runs), returns its banner and stops it. */
async function startBanner(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  return new Promise((resolve, reject) => {
    const { ZHIFA_DEMO: _demo, DATABASE_URL: _url, ...inherited } = process.env;
    const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'apps/api/src/main.ts')], { cwd: root, env: { ...inherited, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.stdout.on('data', (d) => {
      out += String(d);
      const at = out.indexOf('zhifa 已启动');
      if (at >= 0 && out.indexOf('接口文档', at) > 0 && out.endsWith('\n')) {
        child.kill('SIGTERM');
        child.on('close', () => resolve(out.slice(at)));
      }
    });
    child.on('exit', (code) => {
      if (!out.includes('zhifa 已启动')) reject(new Error(`server exited ${code}: ${err}`));
    });
  });
}

let db: { url: string; dataDir: string };
let passwords: Record<string, string> = {};
const parseAccounts = (stdout: string) => Object.fromEntries([...stdout.matchAll(/用户名 (\S+)\s+一次性密码 (\S+)/g)].map((m) => [m[1]!, m[2]!]));

beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe(`command line on ${testDb}`, () => {
  it('audit:verify on a database never migrated says so in one line and exits non-zero', async () => {
    const r = await run('apps/api/src/cli/audit-verify.ts', envFor(db));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/数据库尚未初始化.*npm run db:migrate.*Database not initialised/);
    expect(r.stderr).not.toMatch(/no such table|does not exist|\n\s+at /);
  }, 60_000);

  it('a first start without demo data points to admin:create', async () => {
    const banner = await startBanner(envFor(db, { ZHIFA_DEMO: 'false' }));
    expect(banner).toContain(`数据库：${testDb}`);
    expect(banner).not.toContain('演示数据');
    expect(banner).toContain('尚无管理员账户：请运行 npm run admin:create');
  }, 120_000);

  it('admin:create makes the three administrators once, with one-time passwords printed once', async () => {
    const r = await run('apps/api/src/cli/admin-create.ts', envFor(db));
    expect(r.code, r.stderr).toBe(0);
    passwords = parseAccounts(r.stdout);
    expect(Object.keys(passwords).sort()).toEqual(['auditadmin', 'secadmin', 'sysadmin']);
    expect(r.stdout).toContain('首次登录时须先绑定动态口令（第二重验证），再修改密码');
    const again = await run('apps/api/src/cli/admin-create.ts', envFor(db));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^未创建：已有管理员账户：auditadmin（auditor）、secadmin（securityAdmin）、sysadmin（sysAdmin）。.*--force-reset/);
    expect(parseAccounts(again.stdout)).toEqual({});
    const bad = await run('apps/api/src/cli/admin-create.ts', envFor(db), ['--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/无法识别的参数：--bogus/);
  }, 120_000);

  it('each administrator must enrol a second factor and change the password at first login', async () => {
    const server = await createServer(loadConfig(envFor(db, { ZHIFA_DEMO: 'false' })), { clock: new TestClock(new Date()) });
    try {
      const inject = (method: 'GET' | 'POST', url: string, cookie: string | null, csrf: string | null, payload?: object) =>
        server.app.inject({ method, url, headers: { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}) }, ...(payload ? { payload } : {}) });
      const login = await inject('POST', '/api/auth/login', null, null, { username: 'sysadmin', password: passwords.sysadmin! });
      expect(login.statusCode).toBe(200);
      expect(login.json().stage).toBe('totpEnrol');
      const cookie = `zhifa_sid=${login.cookies.find((c) => c.name === 'zhifa_sid')!.value}`;
      const csrf = login.json().csrfToken as string;
      expect((await inject('GET', '/api/users', cookie, csrf)).json().code).toBe('second_factor_required');
      const setup = (await inject('POST', '/api/auth/totp/setup', cookie, csrf, {})).json() as { secret: string };
      const enabled = await inject('POST', '/api/auth/totp/enable', cookie, csrf, { code: totpAt(setup.secret, server.deps.clock.now()) });
      expect(enabled.json().stage).toBe('passwordChange');
      expect((await inject('GET', '/api/users', cookie, csrf)).json().code).toBe('password_change_required');
      const changed = await inject('POST', '/api/auth/password', cookie, csrf, { currentPassword: passwords.sysadmin!, newPassword: 'Sys#Admin2026x' });
      expect(changed.json()).toEqual({ stage: 'full' });
      expect((await inject('GET', '/api/users', cookie, csrf)).statusCode).toBe(200);
      const created = await server.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'org.user.create').execute();
      expect(created.map((r) => r.actor_name)).toEqual(Array(3).fill('安装命令（npm run admin:create）'));
      expect(created.every((r) => !r.detail?.includes(passwords.sysadmin!))).toBe(true);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('admin:create --force-reset gives new one-time passwords and clears the second factor', async () => {
    const r = await run('apps/api/src/cli/admin-create.ts', envFor(db), ['--force-reset']);
    expect(r.code, r.stderr).toBe(0);
    const fresh = parseAccounts(r.stdout);
    expect(r.stdout).toMatch(/sysadmin\s+一次性密码 \S+\s+（已重置）/);
    const server = await createServer(loadConfig(envFor(db, { ZHIFA_DEMO: 'false' })), { clock: new TestClock(new Date()) });
    try {
      const login = (password: string) => server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'sysadmin', password } });
      expect((await login('Sys#Admin2026x')).statusCode).toBe(401);
      expect((await login(fresh.sysadmin!)).json().stage).toBe('totpEnrol');
    } finally {
      await server.close();
    }
    const verified = await run('apps/api/src/cli/audit-verify.ts', envFor(db));
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/审计日志校验通过/);
  }, 120_000);

  it('the start banner says demo data was loaded only when it was', async () => {
    const demoDb = await freshDatabase();
    const first = await startBanner(envFor(demoDb, { ZHIFA_DEMO: 'true' }));
    expect(first).toMatch(/演示数据已加载（本次新增 \d+ 条）/);
    const second = await startBanner(envFor(demoDb, { ZHIFA_DEMO: 'true' }));
    expect(second).toContain('演示数据已存在（本次未加载）');
    expect(second).not.toContain('已加载');
    expect(second).not.toContain('admin:create');
  }, 180_000);
});
