import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against a real server on a fresh SQLite database (port 3100), in Debian's
 * Chromium — no browser download. `npm run test:e2e` builds the front ends first.
 */
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const launchOptions = { executablePath: process.env.ZHIFA_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs };
/** ZHIFA_E2E_PORT lets several runs share a machine; each port gets its own data directory. */
export const E2E_PORT = Number(process.env.ZHIFA_E2E_PORT ?? 3100);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `../.tmp/e2e-results-${E2E_PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Waits are for states; on a loaded machine a lazily loaded page can take longer than 10 s to appear.
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: E2E_PORT === 3100 ? '../.tmp/e2e-report.json' : `../.tmp/e2e-report-${E2E_PORT}.json` }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    { name: 'portal', testMatch: 'portal/**/*.spec.ts', use: { ...devices['Desktop Chrome'], launchOptions, viewport: { width: 1440, height: 900 } } },
    { name: 'field', testMatch: 'field/**/*.spec.ts', use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${E2E_PORT}`,
    cwd: '..',
    url: `http://localhost:${E2E_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
