import { defineConfig } from 'vitest/config';

// Each project reads this file again in the same process: pick the seed and say it once.
const seed = Number(process.env.TEST_SEED) || Date.now();
if (!process.env.TEST_SEED) console.log(`test order: shuffled with seed ${seed} (replay: TEST_SEED=${seed} npm test)`);
process.env.TEST_SEED = String(seed);

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    // Two cores here and in CI, but a browser test mostly waits (for a page, a marker, a
    // worker): a full run kept under one core busy on average with two workers. Three files at
    // a time, each with at most one browser, fill that time without starving any of them.
    maxWorkers: 3,
    minWorkers: 1,
    // Every run shuffles the tests inside each file, so no test can come to lean on another's
    // leftovers; the seed is printed so a failing order can be replayed (TEST_SEED=… npm test).
    // Files keep vitest's longest-first order, which packs the three workers best.
    sequence: { shuffle: { files: false, tests: true }, seed },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          // Property tests run hundreds of cases: about a second alone, several on a busy shared
          // machine. A time limit is not what they test, so give them room.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'test/browser/**/*.{firefox,webkit}.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // The other engines run the shared scenarios (test/browser/scenarios/) from their own files,
      // one browser per file, so they can be run or timed on their own: --project firefox.
      {
        extends: true,
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['test/browser/**/*.firefox.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'webkit',
          environment: 'node',
          include: ['test/browser/**/*.webkit.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // The receipt server, against a real PostgreSQL the global setup starts and stops.
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          globalSetup: ['test/server/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
