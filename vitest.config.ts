import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          testTimeout: 60_000,
          // Vitest's default is one worker fewer than the cores: a single worker on the 2-core
          // machines. These files mostly wait on child processes (the CLI, tsc), so one per core.
          maxWorkers: Math.max(2, availableParallelism()),
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the real and the fixture site once, before any browser test.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time, after the unit files (a group of its own): two browser files
          // at once on two cores made timing-sensitive tests (graph focus, search facets) flaky.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
