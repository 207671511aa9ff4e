// The server tests run against a real PostgreSQL, never a mock: this starts a throwaway cluster
// (Debian's `postgresql` package) in a temp directory on a free port and stops it afterwards
// (pg-cluster.mjs, which the receipt soak in `npm run bench` also uses).
// Locally: `apt-get install postgresql` (no service needs to run), then `npx vitest run --project server`.
// Without the binaries the run fails with that instruction; it never skips the PostgreSQL tests.
import type { TestProject } from 'vitest/node';
import { PG_MISSING, findPgBin, startPostgres } from './pg-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the throwaway cluster, for `inject('pgUrl')`. */
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const bin = findPgBin();
  if (!bin) throw new Error(`${PG_MISSING} Without it the receipt server tests cannot run.`);
  const cluster = await startPostgres(bin);
  project.provide('pgUrl', cluster.url);
  return cluster.stop;
}
