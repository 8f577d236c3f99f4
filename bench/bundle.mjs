// Front-end first-load benchmark (issue 7, AP15): with Playwright and Debian's Chromium against a
// real server serving the built portal and field app, the compressed bytes of JavaScript (as
// transferred, Content-Encoding applied) a browser with an empty cache fetches for the login screen,
// for the first visit of each main page (signed in through the API, then the page opened directly),
// and for the field app's first screen. Build first: `npm run build`.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { chromium, devices } from '@playwright/test';
import { writeSection } from './results-file.mjs';

const root = new URL('..', import.meta.url).pathname;
const PORT = Number(process.env.BENCH_PORT ?? 3404);
const BASE = `http://127.0.0.1:${PORT}`;
const GOAL = { login: 250, page: 500, field: 300 };

/** [label, path, user, text that says the page is there] */
const PAGES = [
  ['工作台', '/', 'officer1', '工作台'],
  ['执法文书', '/documents', 'officer1', '执法文书'],
  ['审批中心', '/approvals', 'chief', '审批中心'],
  ['企业库', '/enterprises', 'officer1', '企业库'],
  ['检查事项库', '/check-items', 'officer1', '检查事项库'],
  ['法律法规库', '/laws', 'officer1', '法律法规库'],
  ['执法人员库', '/officers', 'officer1', '执法人员库'],
  ['用户管理', '/users', 'admin', '用户管理'],
  ['机构管理', '/org', 'admin', '机构管理'],
  ['安全策略', '/security/policy', 'secadmin', '安全策略'],
  ['审计日志', '/audit', 'auditor', '审计日志'],
];

async function startServer() {
  const child = spawn('node', ['scripts/e2e-server.mjs', String(PORT)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

/** Opens `path` in a fresh context (empty cache) and sums the compressed script bytes it loaded. */
async function measure(browser, { path, user, ready, contextOptions = {} }) {
  const context = await browser.newContext({ ...contextOptions, baseURL: BASE, locale: 'zh-CN', serviceWorkers: 'block' });
  if (user) {
    const res = await context.request.post('/api/auth/login', { data: { username: user, password: 'Zhifa@2020' } });
    if (!res.ok()) throw new Error(`login ${user}: ${res.status()}`);
  }
  const page = await context.newPage();
  const scripts = [];
  page.on('requestfinished', async (req) => {
    if (req.resourceType() !== 'script') return;
    scripts.push(
      (async () => {
        try {
          const res = await req.response();
          const sizes = await req.sizes();
          return { url: req.url(), bytes: sizes.responseBodySize, encoding: res?.headers()['content-encoding'] ?? 'identity' };
        } catch {
          return null; // finished as the context closed: after the screen was complete
        }
      })(),
    );
  });
  await page.goto(path);
  await page.getByText(ready, { exact: false }).first().waitFor();
  await page.waitForLoadState('networkidle');
  let all;
  do all = await Promise.all(scripts);
  while (all.length !== scripts.length);
  await context.close();
  all = all.filter(Boolean);
  const encodings = [...new Set(all.map((s) => s.encoding))].join('/');
  console.error(`${path}: ${all.length} scripts, ${(all.reduce((n, s) => n + s.bytes, 0) / 1024).toFixed(1)} KB (${encodings})`);
  return { files: all.length, kb: all.reduce((n, s) => n + s.bytes, 0) / 1024, encodings };
}

console.error('starting the server (fresh demo database) …');
const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.ZHIFA_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const rows = [];
try {
  const login = await measure(browser, { path: '/login', ready: '用户登录' });
  rows.push(['portal', '登录页 /login', login, GOAL.login]);
  for (const [label, path, user, ready] of PAGES) rows.push(['portal', `${label} ${path}（${user}）`, await measure(browser, { path, user, ready }), GOAL.page]);
  const field = await measure(browser, { path: '/m/', ready: '登录', contextOptions: { ...devices['Pixel 7'] } });
  rows.push(['field', '移动执法首屏 /m/', field, GOAL.field]);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}

const table = rows.map(([app, what, r, goal]) => `| ${app} | ${what} | ${r.files} | ${r.kb.toFixed(1)} | ${r.encodings} | ≤ ${goal} | ${r.kb <= goal ? 'meets' : '**over**'} |`).join('\n');
const body = `## Front-end first load: compressed JavaScript per screen (issue 7)

\`node bench/bundle.mjs\` (after \`npm run build\`) — Playwright with Chromium ${browser.version?.() ?? ''}, a fresh browser context (empty cache)
per row, against the server serving the built front ends (precompressed brotli/gzip chosen by Accept-Encoding, hashed
assets \`immutable\`). KB = JavaScript bytes as transferred (encoded body size), all scripts the screen loaded until the
network was idle. Pages are opened directly after signing in through the API. The field app's service worker is blocked
here, so its row is the first screen only (the worker precaches the rest of the shell afterwards, in the background).
${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.

| app | screen (account) | scripts | KB compressed | encoding | goal KB | |
|---|---|---:|---:|---|---:|---|
${table}
`;
writeSection('bundle', body);
console.log(body);
