// `npm test`: unit tests, the API suite on SQLite and on PostgreSQL, then the browser tests.
// Under CI (CI=true) a part that cannot run fails the run instead of being skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const only = process.argv.slice(2);
const want = (part) => only.length === 0 || only.includes(part);
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function vitest(label, project, env, reportName) {
  const report = join(tmp, `${reportName}.json`);
  rmSync(report, { force: true });
  const code = run(label, join(root, 'node_modules/.bin/vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${report}`], env);
  if (existsSync(report)) {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests;
    totals.skipped += j.numPendingTests + (j.numTodoTests ?? 0);
    if (j.numTotalTests === 0) problems.push(`${label}: no test ran`);
  } else problems.push(`${label}: no report`);
  if (code !== 0) problems.push(`${label}: exit ${code}`);
}

function skip(label, why) {
  if (ci) problems.push(`${label} could not run under CI: ${why}`);
  else console.log(`\n━━ ${label} ━━\n跳过：${why}`);
}

async function postgresReachable() {
  const url = process.env.ZHIFA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch (e) {
    return e.message;
  }
}

if (want('unit')) vitest('unit tests', 'unit', {}, 'unit');
if (want('api')) vitest('API tests on SQLite', 'api', { ZHIFA_TEST_DB: 'sqlite' }, 'api-sqlite');
if (want('api')) {
  const pgOk = await postgresReachable();
  if (pgOk === true) vitest('API tests on PostgreSQL', 'api', { ZHIFA_TEST_DB: 'postgres' }, 'api-postgres');
  else skip('API tests on PostgreSQL', `PostgreSQL unreachable (${pgOk}); set ZHIFA_TEST_PG_URL`);
}
if (want('e2e')) {
  const chromium = process.env.ZHIFA_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) skip('browser tests', `${chromium} not installed (apt-get install chromium)`);
  else {
    buildIfStale();
    const report = join(tmp, 'e2e-report.json');
    rmSync(report, { force: true });
    const code = run('browser tests (Playwright, Chromium)', join(root, 'node_modules/.bin/playwright'), ['test', '-c', 'e2e/playwright.config.ts']);
    if (existsSync(report)) {
      const s = JSON.parse(readFileSync(report, 'utf8')).stats;
      totals.passed += s.expected;
      totals.failed += s.unexpected + (s.flaky ?? 0);
      totals.skipped += s.skipped;
      if (s.expected + s.unexpected === 0) problems.push('browser tests: no test ran');
    } else problems.push('browser tests: no report');
    if (code !== 0) problems.push(`browser tests: exit ${code}`);
  }
}

if (ci && totals.skipped > 0) problems.push(`${totals.skipped} tests skipped under CI`);
for (const p of problems) console.error(`✗ ${p}`);
console.log(`\nzhifa: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(problems.length || totals.failed ? 1 : 0);
