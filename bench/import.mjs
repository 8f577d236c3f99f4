// Import benchmark (issue 3, AP13): 10,000 enterprises in one .xlsx, imported through the HTTP API
// (multipart upload → parse → validate every row → one transaction of batched writes), on SQLite and
// on PostgreSQL: a dry run (validation only), the first import (10,000 inserts) and a re-import of the
// same enterprises with one changed column (10,000 updates with their history rows).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';
import { writeSection } from './results-file.mjs';

const root = new URL('..', import.meta.url).pathname;
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const PG_ADMIN = process.env.ZHIFA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const { makeCreditCode, creditCodeCharset } = await tsImport('../packages/shared/src/rules/credit-code.ts', import.meta.url);

/** Deterministic pseudo-random numbers (mulberry32), so every run imports the same file. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADERS = ['单位名称', '统一社会信用代码', '生产经营地址', '乡镇（街道）', '属地机关', '监管机关', '经度', '纬度', '法定代表人', '主要负责人', '主要负责人联系电话', '安全生产管理人员', '国民经济行业分类代码', '企业规模', '从业人员数', '安全生产标准化等级', '经营状态', '风险特征', '可燃性粉尘种类', '有限空间数量'];
const industries = [['3011', '水泥'], ['3130', '钢铁'], ['1312', '面粉'], ['2110', '家具'], ['3391', '铸造'], ['1810', '服饰'], ['5212', '商贸'], ['3670', '汽车配件']];
const towns = ['七一路街道', '红旗街道', '桃园街道', '青年路街道', '王家河街道', '王益街道', '黄堡镇'];
const surnames = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗';

async function workbook(bump) {
  const rnd = prng(20261121);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业');
  ws.addRow(HEADERS);
  for (let i = 0; i < ROWS; i++) {
    const [code, word] = industries[i % industries.length];
    const tail = Array.from({ length: 6 }, () => creditCodeCharset[Math.floor(rnd() * creditCodeCharset.length)]).join('');
    const employees = 10 + Math.floor(rnd() * 500);
    const person = () => surnames[Math.floor(rnd() * surnames.length)] + surnames[Math.floor(rnd() * surnames.length)] + '某';
    ws.addRow([
      `铜川市王益区基准${String(i).padStart(5, '0')}${word}有限公司`,
      makeCreditCode(`91610202M${String(i).padStart(5, '0')}${tail.slice(0, 3)}`),
      `陕西省铜川市王益区${towns[i % towns.length]}兴业路${(i % 200) + 1}号`,
      towns[i % towns.length],
      '王益区应急管理局',
      '王益区应急管理局',
      Math.round((109.04 + rnd() * 0.07) * 1e6) / 1e6,
      Math.round((35.04 + rnd() * 0.06) * 1e6) / 1e6,
      person(),
      person(),
      `139${String(10_000_000 + i).slice(-8)}`,
      person(),
      code,
      employees >= 300 ? '中型' : '小型',
      employees + bump,
      ['一级', '二级', '三级', '未定级'][i % 4],
      '在营',
      i % 3 === 0 ? '粉尘涉爆、有限空间作业' : i % 3 === 1 ? '有限空间作业' : '无',
      i % 3 === 0 ? '可燃性粉尘' : null,
      i % 3 === 2 ? null : 1 + (i % 20),
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function start(env, port) {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/tsx'), ['apps/api/src/main.ts'], { cwd: root, env: { ...process.env, ...env, PORT: String(port), ZHIFA_DEMO: 'true', ZHIFA_LOG_LEVEL: 'warn', ZHIFA_SECRET: 'bench-secret-0123456789-0123456789-abcd' }, stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error('server did not start')), 120_000);
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

async function importFile(base, session, file, query) {
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'bench.xlsx');
  const t0 = performance.now();
  const res = await fetch(`${base}/api/enterprises/import?${query}`, { method: 'POST', body: form, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf } });
  const ms = performance.now() - t0;
  const report = await res.json();
  if (res.status !== 200 || report.errorCount) throw new Error(`import ${query}: HTTP ${res.status} ${JSON.stringify(report).slice(0, 400)}`);
  return { ms, report };
}

async function run(label, env, port, files) {
  const child = await start(env, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wy_officer1', password: 'Zhifa@2020' }) });
    if (login.status !== 200) throw new Error(`login failed on ${label}: ${login.status}`);
    const session = { cookie: login.headers.get('set-cookie').split(';')[0], csrf: (await login.json()).csrfToken };
    const dry = await importFile(base, session, files.first, 'dryRun=true');
    const first = await importFile(base, session, files.first, 'mode=allOrNothing');
    if (first.report.created !== ROWS) throw new Error(`${label}: created ${first.report.created}`);
    const again = await importFile(base, session, files.changed, 'mode=allOrNothing');
    if (again.report.updated !== ROWS) throw new Error(`${label}: updated ${again.report.updated}`);
    console.log(`${label}: dry run ${Math.round(dry.ms)} ms, insert ${Math.round(first.ms)} ms, update ${Math.round(again.ms)} ms`);
    return { dry: dry.ms, insert: first.ms, update: again.ms };
  } finally {
    await stop(child);
  }
}

const load = os.loadavg()[0];
const files = { first: await workbook(0), changed: await workbook(1) };
const results = {};
const sqliteDir = mkdtempSync(join(tmpdir(), 'zhifa-bench-'));
try {
  results.sqlite = await run('SQLite', { DATA_DIR: sqliteDir, DATABASE_URL: `file:${join(sqliteDir, 'zhifa.db')}` }, 3411, files);
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
  results.postgres = await run('PostgreSQL', { DATA_DIR: pgDir, DATABASE_URL: u.toString() }, 3412, files);
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  rmSync(pgDir, { recursive: true, force: true });
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const line = (what, key) => `| ${what} | ${fmt(results.sqlite[key])} | ${fmt((ROWS * 1000) / results.sqlite[key])} | ${fmt(results.postgres[key])} | ${fmt((ROWS * 1000) / results.postgres[key])} |`;
const body = `## Excel import of ${fmt(ROWS)} enterprises (issue 3)

\`node bench/import.mjs\` — one deterministic .xlsx of ${fmt(ROWS)} enterprises (${(files.first.length / 1024 / 1024).toFixed(1)} MB, ${HEADERS.length} columns),
uploaded as \`wy_officer1\` to \`POST /api/enterprises/import\` on a fresh demo database; wall time of the request
(upload, parse, validation of every row, matching by credit code + name, one transaction of batched writes
with history rows and the audit record). ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)};
1-minute load average ${load.toFixed(1)} when the run started (a shared machine: numbers vary by ±50 % between runs).

| step | SQLite ms | SQLite rows/s | PostgreSQL ms | PostgreSQL rows/s |
|---|---:|---:|---:|---:|
${line('dry run (validate only)', 'dry')}
${line(`first import (${fmt(ROWS)} new)`, 'insert')}
${line(`re-import (${fmt(ROWS)} updated, one column changed)`, 'update')}
`;
writeSection('import', body);
console.log(body);
