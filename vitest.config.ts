import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure rules, renderers) and `api` (HTTP tests against a real database).
 * The api project runs once per database: ZHIFA_TEST_DB=sqlite|postgres (scripts/test.mjs runs both).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'apps/api/seed/**/*.test.ts', 'apps/web/src/**/*.test.ts', 'apps/field/src/**/*.test.ts'],
          exclude: ['**/*.api.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'api',
          include: ['apps/api/**/*.api.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
});
