// Planning benchmark (issue 11, AP9): on PostgreSQL, 100,000 enterprises of the city (inserted with one
// INSERT … SELECT generate_series after the server has migrated and seeded a fresh demo database), then
// through the HTTP API as `chief`: the 分级分类 recompute of all of them, and a stratified 双随机 draw from a
// pool of 100,000 (commit = freeze pool and officer list, hash, publish the commitment; draw = run the
// algorithm, reveal the seed, create the tasks). Goals: classification < 10 s, draw < 2 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { writeSection } from './results-file.mjs';

const root = new URL('..', import.meta.url).pathname;
const N = Number(process.env.BENCH_PLANNING_ROWS ?? 100_000);
const PG_ADMIN = process.env.ZHIFA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function start(env, port) {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['apps/api/src/main.ts'], { cwd: root, env: { ...process.env, ...env, PORT: String(port), ZHIFA_DEMO: 'true', ZHIFA_JOBS: 'off', ZHIFA_LOG_LEVEL: 'warn', ZHIFA_SECRET: 'bench-secret-0123456789-0123456789-abcd' }, stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error('server did not start')), 180_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes('zhifa 已启动')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}
const stop = (child) => new Promise((r) => { child.removeAllListeners('exit'); child.on('exit', r); child.kill('SIGTERM'); });

const SECTORS = ['hazchem', 'nonCoalMine', 'metallurgy', 'nonferrous', 'buildingMaterials', 'machinery', 'lightIndustry', 'textile', 'tobacco', 'commerce', 'fireworks', 'other'];

async function seedEnterprises(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const city = (await c.query(`select id from agencies where division_code = '610200'`)).rows[0].id;
  const now = new Date().toISOString();
  await c.query(
    `insert into enterprises (id, name, credit_code, located_agency_id, supervising_agency_id, division_code, sector, standardization_level, status, risk_flags, major_hazard_sources, completeness, completeness_missing, is_pilot, is_demo, created_at, updated_at)
     select md5('bench' || i)::uuid::text, '基准企业' || lpad(i::text, 6, '0'), '91610200BENCH' || lpad(i::text, 6, '0'), $1, $1, '610202',
            ($2::text[])[1 + i % 12], (array['level1','level2','level3','none'])[1 + i % 4], 'operating', '[]',
            case when i % 50 = 0 then '[{"name":"液氨储罐","level":"level2"}]' else null end, 80, '[]', 0, 1, $3, $3
     from generate_series(1, $4::int) as i`,
    [city, SECTORS, now, N],
  );
  await c.query('analyze enterprises');
  await c.end();
}

async function timed(fn) {
  const t0 = performance.now();
  const out = await fn();
  return { ms: performance.now() - t0, out };
}

const dbName = `zhifa_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: PG_ADMIN });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const dir = mkdtempSync(join(tmpdir(), 'zhifa-bench-'));
const load = os.loadavg()[0];
const u = new URL(PG_ADMIN);
u.pathname = `/${dbName}`;
let results;
try {
  const env = { DATA_DIR: dir, DATABASE_URL: u.toString() };
  let child = await start(env, Number(process.env.BENCH_PORT ?? 31081));
  await stop(child);
  await seedEnterprises(u.toString());
  child = await start(env, Number(process.env.BENCH_PORT ?? 31081));
  try {
    const base = `http://127.0.0.1:${process.env.BENCH_PORT ?? 31081}`;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chief', password: 'Zhifa@2020' }) });
    const session = { cookie: login.headers.get('set-cookie').split(';')[0], csrf: (await login.json()).csrfToken };
    const post = async (path, body) => {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf }, body: JSON.stringify(body ?? {}) });
      const json = await res.json();
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
      return json;
    };
    const classify = await timed(() => post('/api/planning/classes/recompute', {}));
    const strata = { hazchem: 30, machinery: 40, commerce: 30 };
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const commit = await timed(() => post('/api/draws', { title: '基准抽取', stratifyBy: 'sector', strata, dueFrom: today, dueTo: `${today.slice(0, 4)}-12-31` }));
    const draw = await timed(() => post(`/api/draws/${commit.out.id}/execute`));
    const whole = await timed(() => post('/api/draws', { title: '基准抽取（不分层）', stratifyBy: 'none', strata: { 全部: 100 }, dueFrom: today, dueTo: `${today.slice(0, 4)}-12-31` }));
    const draw2 = await timed(() => post(`/api/draws/${whole.out.id}/execute`));
    results = { classified: classify.out.enterpriseCount, classify: classify.ms, pool: commit.out.data.pool.length, commit: commit.ms, draw: draw.ms, picks: draw.out.data.result.picks.length, pool2: whole.out.data.pool.length, commit2: whole.ms, draw2: draw2.ms };
    console.log(results);
  } finally {
    await stop(child);
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const body = `## 分级分类 and 双随机 draw over 100,000 enterprises (issue 11)

\`node bench/planning.mjs\` — PostgreSQL, a fresh demo database plus ${fmt(N)} city enterprises (12 sectors, 4 标准化 levels,
every 50th with a major hazard source), requests as \`chief\` through the HTTP API; wall time of each request.
${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)};
1-minute load average ${load.toFixed(1)} when the run started (a shared machine: numbers vary between runs).

| step | enterprises | ms | goal |
|---|---:|---:|---|
| 分级分类 recompute (rules per agency, history rows with inputs, audit) | ${fmt(results.classified)} | ${fmt(results.classify)} | < 10,000 |
| draw commit, stratified by sector (pool query, cap filter, freeze, SHA-256 of pool and officers, commitment) | ${fmt(results.pool)} | ${fmt(results.commit)} | |
| draw + reveal (runDraw over the pool, ${results.picks} tasks, public notice) | ${fmt(results.pool)} | ${fmt(results.draw)} | |
| **draw total (commit + draw), stratified** | ${fmt(results.pool)} | **${fmt(results.commit + results.draw)}** | < 2,000 |
| draw commit, one stratum | ${fmt(results.pool2)} | ${fmt(results.commit2)} | |
| draw + reveal, one stratum | ${fmt(results.pool2)} | ${fmt(results.draw2)} | |
| **draw total, one stratum** | ${fmt(results.pool2)} | **${fmt(results.commit2 + results.draw2)}** | < 2,000 |
`;
writeSection('planning', body);
console.log(body);
