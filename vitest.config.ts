import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    env: { DOTENV_CONFIG_QUIET: 'true' },
    projects: [
      {
        test: {
          name: 'unit',
          // A guard against a hung test, not a speed check: on a busy two-core machine, starting
          // a tagging thread or building a report can take several seconds.
          testTimeout: 30_000,
          include: [
            'server/**/*.test.ts',
            'db/**/*.test.ts',
            'analysis/**/*.test.ts',
            'client/**/*.test.ts',
            'tests/http/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/exports/**/*.test.ts',
            'tests/documents/**/*.test.ts',
            'tests/fixtures/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
