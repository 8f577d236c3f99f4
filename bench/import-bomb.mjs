// Hostile Excel imports (issue 7 §3): files that are small on disk but inflate to millions of rows or
// gigabytes, uploaded to POST /api/enterprises/import on SQLite while /api/health is polled. Records
// the server's peak RSS (sampled from /proc every 20 ms) and the slowest health answer during each
// import. Goal: RSS < 400 MB for every file, health within 1 s. Measurements, not tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { writeSection } from './results-file.mjs';

const root = new URL('..', import.meta.url).pathname;
const { bombXlsx } = await tsImport('../apps/api/test/xlsx-bomb.ts', import.meta.url);
const PORT = Number(process.env.BENCH_PORT ?? 3421);

const cases = [
  { label: '3,000,000 one-cell rows', kind: 'rows', rows: 3_000_000 },
  { label: '1,500,000 rows of varied numbers (~10 MB)', kind: 'noisyRows', rows: 1_500_000 },
  { label: 'shared-string table of 1,000,000 × 1 KB', kind: 'sharedStrings', rows: 1_000_000 },
  { label: 'one cell of 1 GB text', kind: 'hugeCell', rows: 1_000_000 },
];

function start(env) {
  return new Promise((resolve, reject) => {
    // node --import tsx: one process, so /proc/<pid> is the server itself.
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
      cwd: root,
      env: { ...process.env, ...env, PORT: String(PORT), ZHIFA_DEMO: 'true', ZHIFA_LOG_LEVEL: 'warn', ZHIFA_SECRET: 'bench-secret-0123456789-0123456789-abcd' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
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
const rssMb = (pid) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

async function measure(base, session, pid, file) {
  let peak = rssMb(pid);
  let worstHealth = 0;
  let healthChecks = 0;
  let running = true;
  const sampler = setInterval(() => { peak = Math.max(peak, rssMb(pid)); }, 20);
  const poll = (async () => {
    while (running) {
      const t0 = performance.now();
      await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
      worstHealth = Math.max(worstHealth, performance.now() - t0);
      healthChecks++;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'bomb.xlsx');
  const t0 = performance.now();
  const res = await fetch(`${base}/api/enterprises/import?mode=validRowsOnly`, { method: 'POST', body: form, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf } });
  const body = await res.json();
  const ms = performance.now() - t0;
  running = false;
  await poll;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  return { status: res.status, detail: body.detail ?? '', ms, peak, worstHealth, healthChecks };
}

const load = os.loadavg()[0];
const dir = mkdtempSync(join(tmpdir(), 'zhifa-bench-'));
const results = [];
const child = await start({ DATA_DIR: dir, DATABASE_URL: `file:${join(dir, 'zhifa.db')}` });
let baseline;
try {
  const base = `http://127.0.0.1:${PORT}`;
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wy_officer1', password: 'Zhifa@2020' }) });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  const session = { cookie: login.headers.get('set-cookie').split(';')[0], csrf: (await login.json()).csrfToken };
  baseline = rssMb(child.pid);
  for (const c of cases) {
    const file = await bombXlsx(c.kind, c.rows);
    const r = await measure(base, session, child.pid, file);
    results.push({ ...c, size: file.length, ...r });
    console.log(`${c.label}: ${(file.length / 1024 / 1024).toFixed(2)} MB → HTTP ${r.status} in ${Math.round(r.ms)} ms, peak RSS ${Math.round(r.peak)} MB, slowest health ${Math.round(r.worstHealth)} ms (${r.healthChecks} checks) — ${r.detail}`);
  }
} finally {
  await stop(child);
  rmSync(dir, { recursive: true, force: true });
}

const worstRss = Math.max(...results.map((r) => r.peak));
const worstHealth = Math.max(...results.map((r) => r.worstHealth));
const body = `## Hostile Excel imports: memory and responsiveness (issue 7)

\`node bench/import-bomb.mjs\` — files from \`apps/api/test/xlsx-bomb.ts\`, uploaded one after another as \`wy_officer1\` to
\`POST /api/enterprises/import\` on a fresh SQLite demo database (the reading is the same on PostgreSQL: the file is refused
before any database work) while \`GET /api/health\` is polled every 50 ms. Peak RSS of the server process is sampled from
\`/proc\` every 20 ms. ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)};
1-minute load average ${load.toFixed(1)} when the run started (a shared machine).

Server RSS after start and login: ${Math.round(baseline)} MB. **Worst case: peak RSS ${Math.round(worstRss)} MB (goal < 400 MB),
slowest health answer ${Math.round(worstHealth)} ms (goal < 1,000 ms).**

| file | size on disk | answer | time to answer | peak RSS | slowest /api/health |
|---|---:|---|---:|---:|---:|
${results.map((r) => `| ${r.label} | ${(r.size / 1024 / 1024).toFixed(2)} MB | ${r.status} ${r.detail} | ${Math.round(r.ms).toLocaleString('en-US')} ms | ${Math.round(r.peak)} MB | ${Math.round(r.worstHealth)} ms |`).join('\n')}
`;
writeSection('import-bomb', body);
console.log(body);
