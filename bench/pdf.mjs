// PDF benchmark (issue 4): rendering throughput of a two-page 责令限期整改指令书 with @zhifa/documents
// (pdfkit, fonts parsed once per process) side by side with LibreOffice converting the same document
// as DOCX, in one run; then the latency of issuing through the API (number under the row lock,
// render, store, SM2 signature, audit) on SQLite and PostgreSQL.
//   node bench/pdf.mjs            (BENCH_PDF_COUNT=300 BENCH_ISSUE_COUNT=60)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';
import { writeSection } from './results-file.mjs';

const COUNT = Number(process.env.BENCH_PDF_COUNT ?? 300);
const ISSUES = Number(process.env.BENCH_ISSUE_COUNT ?? 60);
const LO_BATCH = Number(process.env.BENCH_LO_BATCH ?? 20);
const PG_ADMIN = process.env.ZHIFA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const { renderPdf, renderDocx } = await tsImport('../packages/documents/src/index.ts', import.meta.url);
const { fixtures } = await tsImport('../packages/documents/src/fixtures/index.ts', import.meta.url);
const input = fixtures['rectification-order'].input;

const fmt = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString())?.[1] ?? 0);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

// ── 1. @zhifa/documents ──────────────────────────────────────────────────────────────────────
const t0 = performance.now();
const first = await renderPdf(input);
const firstMs = performance.now() - t0;
for (let i = 0; i < 20; i++) await renderPdf(input);
const cpu0 = process.cpuUsage();
const w0 = performance.now();
for (let i = 0; i < COUNT; i++) await renderPdf(input);
const wallMs = (performance.now() - w0) / COUNT;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000 / COUNT;
const docx = await renderDocx(input);
const docxStart = performance.now();
for (let i = 0; i < 50; i++) await renderDocx(input);
const docxMs = (performance.now() - docxStart) / 50;
const ours = { pages: pages(first), bytes: first.length, firstMs, wallMs, cpuMs, docxMs };
console.log(`zhifa: ${ours.pages} pages, first ${fmt(firstMs)} ms, ${fmt(1000 / cpuMs, 1)} docs/s per core (CPU ${fmt(cpuMs, 1)} ms), wall ${fmt(wallMs, 1)} ms`);

// ── 2. LibreOffice converting the same document as DOCX ──────────────────────────────────────
let lo = null;
const soffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
if (soffice) {
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-lo-'));
  const profile = `file://${join(dir, 'profile')}`;
  const run = (files, out) => {
    mkdirSync(out, { recursive: true });
    const s = performance.now();
    const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    return performance.now() - s;
  };
  try {
    const one = join(dir, 'order.docx');
    writeFileSync(one, docx);
    run([one], join(dir, 'warm')); // first start creates the profile
    const coldMs = run([one], join(dir, 'single'));
    const batch = Array.from({ length: LO_BATCH }, (_, i) => join(dir, `order-${i}.docx`));
    for (const f of batch) writeFileSync(f, docx);
    const batchMs = run(batch, join(dir, 'batch'));
    const outPdf = join(dir, 'single', 'order.pdf');
    lo = { coldMs, perDocMs: batchMs / LO_BATCH, pages: pages(execFileSync('cat', [outPdf])), version: spawnSync(soffice, ['--version'], { encoding: 'utf8' }).stdout.trim() };
    console.log(`LibreOffice: one document incl. start ${fmt(coldMs)} ms; batch of ${LO_BATCH}: ${fmt(lo.perDocMs, 1)} ms per document (${fmt(1000 / lo.perDocMs, 1)} docs/s), ${lo.pages} pages`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.log('LibreOffice (soffice) not installed: skipped. Install with apt-get install -y --no-install-recommends libreoffice-writer-nogui');
}

// ── 3. issuance through the API ──────────────────────────────────────────────────────────────
const { createServer } = await tsImport('../apps/api/src/server.ts', import.meta.url);
const { loadConfig } = await tsImport('../apps/api/src/platform/config.ts', import.meta.url);

async function issuance(dialect) {
  const dataDir = mkdtempSync(join(tmpdir(), 'zhifa-bench-pdf-'));
  let url = `file:${join(dataDir, 'zhifa.db')}`;
  let drop = null;
  if (dialect === 'postgres') {
    const name = `zhifa_bench_pdf_${Date.now()}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    try {
      await admin.connect();
    } catch {
      console.log('PostgreSQL not reachable: skipped');
      return null;
    }
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(PG_ADMIN);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const server = await createServer(loadConfig({ DATABASE_URL: url, DATA_DIR: dataDir, ZHIFA_DEMO: 'true', ZHIFA_SECRET: 'bench-secret-0123456789-0123456789-abcdef', ZHIFA_LOG_LEVEL: 'silent' }));
  try {
    const login = async (username) => {
      const r = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'Zhifa@2020' } });
      const cookie = r.cookies.find((c) => c.name === 'zhifa_sid');
      return { cookie: `zhifa_sid=${cookie.value}`, 'x-csrf-token': r.json().csrfToken };
    };
    const officer = await login('officer1');
    const chief = await login('chief');
    const call = async (headers, method, url, payload) => {
      const r = await server.app.inject({ method, url, headers, payload });
      if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
      return r.json();
    };
    const enterprise = (await call(officer, 'GET', `/api/enterprises?q=${encodeURIComponent('陕西东铭车辆系统股份有限公司')}`)).items[0].id;
    const officers = [];
    for (const n of ['王建国', '刘思远']) officers.push((await call(officer, 'GET', `/api/officers?q=${encodeURIComponent(n)}`)).items[0].id);
    const ids = [];
    for (let i = 0; i < ISSUES + 5; i++) {
      const d = await call(officer, 'POST', '/api/documents', { typeCode: 'rectification-order', enterpriseId: enterprise, officerIds: officers, fields: input.fields });
      const s = await call(officer, 'POST', `/api/documents/${d.id}/submit`, {});
      await call(chief, 'POST', `/api/approvals/${s.approvalId}/approve`, { opinion: '同意' });
      ids.push(d.id);
    }
    const times = [];
    for (const [i, id] of ids.entries()) {
      const s = performance.now();
      await call(officer, 'POST', `/api/documents/${id}/issue`, {});
      if (i >= 5) times.push(performance.now() - s); // the first few warm up fonts, key and caches
    }
    const res = { p50: pct(times, 50), p95: pct(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length };
    console.log(`issuance on ${dialect}: p50 ${fmt(res.p50, 1)} ms, p95 ${fmt(res.p95, 1)} ms`);
    return res;
  } finally {
    await server.close();
    if (drop) await drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const sqlite = await issuance('sqlite');
const postgres = await issuance('postgres');

const cpuName = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
const date = new Date().toISOString().slice(0, 10);
const meets = 1000 / ours.cpuMs >= 60 ? 'meets' : 'misses';
writeSection(
  'pdf',
  `## PDF rendering and issuance (issue 4)

\`node bench/pdf.mjs\` — the two-page 责令限期整改指令书 fixture (8 problems, two officers with signature images,
enforcement seal, QR code; ${ours.pages} pages, ${fmt(ours.bytes / 1024)} KB), ${COUNT} renders after a warm-up, one Node process
(${os.cpus().length} × ${cpuName}, Node ${process.version}), ${date}. "Per core" is CPU time per document.

| renderer | per document | documents/s | notes |
|---|---:|---:|---|
| @zhifa/documents → PDF (fonts cached) | ${fmt(ours.cpuMs, 1)} ms CPU, ${fmt(ours.wallMs, 1)} ms wall | **${fmt(1000 / ours.cpuMs, 1)}** per core | first render in a process ${fmt(ours.firstMs)} ms (font parsing); target ≥ 60/s: ${meets} |
| @zhifa/documents → DOCX | ${fmt(ours.docxMs, 1)} ms wall | ${fmt(1000 / ours.docxMs, 1)} | the same blocks as Word |
| LibreOffice DOCX → PDF | ${lo ? `${fmt(lo.perDocMs, 1)} ms (batch of ${LO_BATCH})` : '—'} | ${lo ? fmt(1000 / lo.perDocMs, 1) : '—'} | ${lo ? `one document including start-up: ${fmt(lo.coldMs)} ms; ${lo.pages} pages; ${lo.version}` : 'soffice not installed: skipped'} |

Issuing through the API (\`POST /api/documents/:id/issue\`, sequential, ${ISSUES} approved drafts after 5 warm-up issues): allocate the
number under the series' row lock, snapshot party and officers, render, store the PDF (write-once, SHA-256/SM3), SM2-sign
the bytes, write the ledger and the audit row, in one transaction.

| database | p50 ms | p95 ms | mean ms |
|---|---:|---:|---:|
| SQLite | ${sqlite ? fmt(sqlite.p50, 1) : '—'} | ${sqlite ? fmt(sqlite.p95, 1) : '—'} | ${sqlite ? fmt(sqlite.mean, 1) : '—'} |
| PostgreSQL | ${postgres ? fmt(postgres.p50, 1) : '—'} | ${postgres ? fmt(postgres.p95, 1) : '—'} | ${postgres ? fmt(postgres.mean, 1) : '—'} |
`,
);
console.log('written to bench/RESULTS.md');
process.exit(0);
