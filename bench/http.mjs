// Load benchmark (issue 2 AP13, issue 7 AP14): GET /api/agencies as officer1 at 50 connections,
// three targets in one run on the same machine — a bare Fastify hello-world, the hand-written
// baseline (bench/baseline-server.mjs: Fastify + the route's two queries as prepared statements,
// on the same database file / tables) and zhifa — on SQLite and on PostgreSQL. The load generator
// (bench/load.mjs, autocannon) runs in its own process. BENCH_CPU_PROF=<dir> writes a CPU profile
// of each zhifa server there (node --cpu-prof).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { writeSection } from './results-file.mjs';

const root = new URL('..', import.meta.url).pathname;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const PG_ADMIN = process.env.ZHIFA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
const only = process.argv.slice(2); // e.g. `node bench/http.mjs sqlite`

function start(args, env, readyText) {
  return new Promise((resolve, reject) => {
    const child = spawn('node', args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 120_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes(readyText)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}`)));
  });
}

const stop = (child) => new Promise((r) => { child.removeAllListeners('exit'); child.on('exit', r); child.kill('SIGTERM'); });

// CPU time (user + system) a server process has used so far, in ms (Linux /proc; null elsewhere).
function cpuMs(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

async function loadOn(server, url, cookie) {
  const before = cpuMs(server.pid);
  const r = await load(url, cookie);
  const after = cpuMs(server.pid);
  // CPU per request includes the warm-up's requests, so divide by all of them: autocannon's
  // total covers only the measured part, so count the warm-up from the server's view instead.
  r.cpuUs = before === null ? null : ((after - before) * 1000) / (r.total + r.warmupTotal);
  return r;
}

function load(url, cookie) {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [join(root, 'bench/load.mjs'), url, String(CONNECTIONS), String(DURATION), cookie ?? ''], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited ${code}`));
      const r = JSON.parse(out);
      if (r.non2xx || r.errors) return reject(new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`));
      resolve(r);
    });
  });
}

const ZHIFA_ENV = { ZHIFA_DEMO: 'true', ZHIFA_LOG_LEVEL: 'warn', ZHIFA_JOBS: 'off', ZHIFA_SECRET: 'bench-secret-0123456789-0123456789-abcd' };

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const summary = (runs) => ({ rps: mean(runs.map((r) => r.rps)), p50: Math.round(mean(runs.map((r) => r.p50))), p99: Math.round(mean(runs.map((r) => r.p99))), cpuUs: runs[0].cpuUs === null ? null : mean(runs.map((r) => r.cpuUs)), runs: runs.map((r) => Math.round(r.rps)) });

async function measureDb(label, databaseUrl, dataDir, port) {
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${join(PROFILE_DIR, label)}`] : [];
  const zhifa = await start([...profile, '--import', 'tsx', 'apps/api/src/main.ts'], { ...ZHIFA_ENV, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: databaseUrl }, 'zhifa 已启动');
  let base;
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'officer1', password: 'Zhifa@2020' }) });
    if (res.status !== 200) throw new Error(`login failed on ${label}: ${res.status}`);
    const cookie = res.headers.get('set-cookie').split(';')[0];
    // The same session, database and tables, served by the hand-written baseline.
    base = await start(['bench/baseline-server.mjs'], { PORT: String(port + 10), BENCH_DB: databaseUrl }, 'ready');
    const urls = { zhifa: `http://127.0.0.1:${port}/api/agencies`, baseline: `http://127.0.0.1:${port + 10}/api/agencies` };
    const ours = await (await fetch(urls.zhifa, { headers: { cookie } })).json();
    const theirs = await (await fetch(urls.baseline, { headers: { cookie } })).json();
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) throw new Error(`baseline and zhifa answer differently on ${label}`);
    // Alternate the two in rounds so a change in the machine's load hits both alike.
    const runs = { zhifa: [], baseline: [] };
    for (let i = 0; i < ROUNDS; i++) {
      for (const t of i % 2 ? ['zhifa', 'baseline'] : ['baseline', 'zhifa']) runs[t].push(await loadOn(t === 'zhifa' ? zhifa : base, urls[t], cookie));
    }
    return { rows: ours.length, zhifa: summary(runs.zhifa), baseline: summary(runs.baseline) };
  } finally {
    if (base) await stop(base);
    await stop(zhifa);
  }
}

const results = {};
const load1 = os.loadavg()[0];
const hello = await start(['bench/hello-server.mjs'], { PORT: '3401' }, 'ready');
try {
  results.hello = await load('http://127.0.0.1:3401/hello');
} finally {
  await stop(hello);
}

if (!only.length || only.includes('sqlite')) {
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-bench-'));
  try {
    results.sqlite = await measureDb('sqlite', `file:${join(dir, 'zhifa.db')}`, dir, 3402);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!only.length || only.includes('postgres')) {
  const dbName = `zhifa_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-bench-'));
  try {
    const u = new URL(PG_ADMIN);
    u.pathname = `/${dbName}`;
    results.postgres = await measureDb('postgres', u.toString(), dir, 3422);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const us = (r) => (r.cpuUs == null ? '—' : Math.round(r.cpuUs));
const rows = [`| Fastify hello-world | ${fmt(results.hello.rps)} | ${results.hello.p50} | ${results.hello.p99} | — | — | — |`];
const verdict = [];
for (const [key, name] of [['sqlite', 'SQLite'], ['postgres', 'PostgreSQL']]) {
  const r = results[key];
  if (!r) continue;
  const ratio = r.zhifa.rps / r.baseline.rps;
  rows.push(`| hand-written baseline on ${name} | ${fmt(r.baseline.rps)} (${r.baseline.runs.join(', ')}) | ${r.baseline.p50} | ${r.baseline.p99} | ${us(r.baseline)} | 1.000 | ${(r.baseline.rps / results.hello.rps).toFixed(3)} |`);
  rows.push(`| **zhifa on ${name}** | ${fmt(r.zhifa.rps)} (${r.zhifa.runs.join(', ')}) | ${r.zhifa.p50} | ${r.zhifa.p99} | ${us(r.zhifa)} | **${ratio.toFixed(3)}** (CPU ${(r.baseline.cpuUs / r.zhifa.cpuUs).toFixed(3)}) | ${(r.zhifa.rps / results.hello.rps).toFixed(3)} |`);
  verdict.push(`${name}: zhifa at ${(ratio * 100).toFixed(0)} % of the baseline (goal ≥ 75 %${key === 'sqlite' ? `), p99 ${r.zhifa.p99} ms (goal ≤ 25 ms` : ''}).`);
}
const body = `## HTTP load: hello-world, hand-written baseline and zhifa (issue 2, issue 7)

\`node bench/http.mjs\` — autocannon in its own process, ${CONNECTIONS} connections, ${DURATION} s per measurement after a 2 s warm-up;
baseline and zhifa alternate in ${ROUNDS} rounds and the table gives the means (req/s of each round in brackets);
all targets in one run on one machine (${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}), ${new Date().toISOString().slice(0, 10)};
1-minute load average ${load1.toFixed(1)} when the run started (a shared machine: absolute numbers vary between runs, the ratios much less).
The route is \`GET /api/agencies\` as \`officer1\` (${results.sqlite?.rows ?? results.postgres?.rows} agencies in scope). zhifa does: cookie, session + identity + roles in one
query (revocation, idle and absolute timeout, account status), permission check, data scope, the scoped query, zod response
serialisation. The baseline (\`bench/baseline-server.mjs\`) runs the same two queries as prepared statements on the same
database and session, with the same checks minus the response schema.

| target | req/s | p50 ms | p99 ms | server CPU µs/request | ratio to baseline | ratio to hello-world |
|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

${verdict.join(' ')}
`;
writeSection('http', body);
console.log(body);
