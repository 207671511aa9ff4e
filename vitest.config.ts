import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Each project reads this file again in the same process: pick the seed and say it once.
const seed = Number(process.env.TEST_SEED) || Date.now();
if (!process.env.TEST_SEED) console.log(`test order: shuffled with seed ${seed} (replay: TEST_SEED=${seed} npm test)`);
process.env.TEST_SEED = String(seed);

const react18 = fileURLToPath(new URL('./test/react-18/node_modules', import.meta.url));
const testingLibraryReactEsm = fileURLToPath(
  new URL('./node_modules/@testing-library/react/dist/@testing-library/react.esm.js', import.meta.url),
);

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
          // The React specs here run against the root's React 19; project react-18 runs them again.
          env: { REACT_MAJOR: '19' },
          // Property tests run hundreds of cases: about a second alone, several on a busy shared
          // machine. A time limit is not what they test, so give them room.
          testTimeout: 30_000,
        },
      },
      // consentry/react promises React 18 and 19: its specs run again against React 18, so a
      // break only 18 shows fails the suite. React 18 lives in a package of its own
      // (test/react-18) because react-dom@18 must find react@18 beside it, which npm cannot do
      // at the root next to React 19. Every import of react and react-dom, and
      // @testing-library/react's own (inlined so the aliases reach it), goes to that copy.
      {
        extends: true,
        resolve: {
          alias: [
            { find: /^react(\/.*)?$/, replacement: `${react18}/react$1` },
            { find: /^react-dom(\/.*)?$/, replacement: `${react18}/react-dom$1` },
            // Its ES build: the CommonJS one (its main) would require React 19 past the aliases.
            { find: /^@testing-library\/react$/, replacement: testingLibraryReactEsm },
          ],
        },
        test: {
          name: 'react-18',
          environment: 'jsdom',
          include: ['test/unit/react/**/*.test.{ts,tsx}'],
          env: { REACT_MAJOR: '18' },
          server: { deps: { inline: ['@testing-library/react'] } },
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
          // A poll waits for something the page will do (a released tag's request); vitest's 1 s
          // default was too short for a full run on the loaded 2-core machine (Trusted Types test).
          expect: { poll: { timeout: 10_000 } },
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
