// Load benchmark (issue 2, AP13): a bare Fastify hello-world against an authenticated zhifa route
// (session lookup, permission check, one scoped query: GET /api/agencies as officer1) at 50
// connections, on SQLite and on PostgreSQL, in one run on the same machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { writeSection } from './results-file.mjs';

const root = new URL('..', import.meta.url).pathname;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const PG_ADMIN = process.env.ZHIFA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function start(cmd, args, env, readyText) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 60_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes(readyText)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}`)));
  });
}

const stop = (child) => new Promise((r) => { child.removeAllListeners('exit'); child.on('exit', r); child.kill('SIGTERM'); });

async function load(url, headers = {}) {
  await autocannon({ url, connections: 10, duration: 2, headers }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total };
}

async function zhifa(dbLabel, databaseUrl, dataDir, port) {
  const child = await start(join(root, 'node_modules/.bin/tsx'), ['apps/api/src/main.ts'], { PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: databaseUrl, ZHIFA_DEMO: 'true', ZHIFA_LOG_LEVEL: 'warn', ZHIFA_SECRET: 'bench-secret-0123456789-0123456789-abcd' }, 'zhifa 已启动');
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'officer1', password: 'Zhifa@2020' }) });
    if (res.status !== 200) throw new Error(`login failed on ${dbLabel}: ${res.status}`);
    const cookie = res.headers.get('set-cookie').split(';')[0];
    return await load(`http://127.0.0.1:${port}/api/agencies`, { cookie });
  } finally {
    await stop(child);
  }
}

const results = {};
const hello = await start('node', ['bench/hello-server.mjs'], { PORT: '3401' }, 'ready');
try {
  results.hello = await load('http://127.0.0.1:3401/hello');
} finally {
  await stop(hello);
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'zhifa-bench-'));
try {
  results.sqlite = await zhifa('SQLite', `file:${join(sqliteDir, 'zhifa.db')}`, sqliteDir, 3402);
} finally {
  rmSync(sqliteDir, { recursive: true, force: true });
}

const dbName = `zhifa_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: PG_ADMIN });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const pgDir = mkdtempSync(join(tmpdir(), 'zhifa-bench-'));
try {
  const u = new URL(PG_ADMIN);
  u.pathname = `/${dbName}`;
  results.postgres = await zhifa('PostgreSQL', u.toString(), pgDir, 3403);
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  rmSync(pgDir, { recursive: true, force: true });
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const row = (name, r) => `| ${name} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / results.hello.rps).toFixed(3)} |`;
const body = `## HTTP load: bare Fastify vs. an authenticated zhifa route (issue 2)

\`node bench/http.mjs\` — autocannon, ${CONNECTIONS} connections, ${DURATION} s per target after a 2 s warm-up, all on one machine
(${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}), ${new Date().toISOString().slice(0, 10)}.
The zhifa route is \`GET /api/agencies\` as \`officer1\`: session lookup and idle check, role and permission load,
permission check, data-scope filter, one scoped query, zod response serialisation, audit-free read.

| target | req/s | p50 ms | p99 ms | ratio to hello-world |
|---|---:|---:|---:|---:|
${row('Fastify hello-world', results.hello)}
${row('zhifa on SQLite', results.sqlite)}
${row('zhifa on PostgreSQL', results.postgres)}
`;
writeSection('http', body);
console.log(body);
