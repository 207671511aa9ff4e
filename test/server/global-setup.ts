// The server tests run against a real PostgreSQL, never a mock: this starts a throwaway cluster
// (Debian's `postgresql` package) in a temp directory on a free port and stops it afterwards.
// Locally: `apt-get install postgresql` (no service needs to run), then `npx vitest run --project server`.
// Without the binaries the run fails with that instruction; it never skips the PostgreSQL tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the throwaway cluster, for `inject('pgUrl')`. */
    pgUrl: string;
  }
}

/** The newest installed PostgreSQL's bin directory (`PG_BIN` overrides). */
function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) {
    throw new Error(
      'PostgreSQL was not found (no /usr/lib/postgresql/*/bin/initdb), so the receipt server tests cannot run. ' +
        'Install it with `apt-get install -y postgresql` (.ci/run does this), or set PG_BIN to a directory holding initdb and pg_ctl.',
    );
  }
  return join(root, versions[0], 'bin');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export default async function setup(project: TestProject): Promise<() => void> {
  const bin = pgBin();
  const dir = mkdtempSync(join(tmpdir(), 'consentry-pg-'));
  const data = join(dir, 'data');
  // PostgreSQL refuses to run as root: as root (CI containers) run it as the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const uid = Number(pw.stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    if (pw.status !== 0 || !uid) throw new Error('Running as root, but there is no postgres user to run PostgreSQL as: `apt-get install -y postgresql` creates it.');
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    try {
      return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = e as { stderr?: string; stdout?: string };
      throw new Error(`${tool} failed: ${err.stderr || err.stdout || String(e)}`);
    }
  };

  run('initdb', ['-D', data, '-U', 'consentry', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  // Throwaway data: no fsync, and the socket lives in our temp dir, not /var/run/postgresql.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  try {
    run('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', join(dir, 'log'), '-o', opts]);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  project.provide('pgUrl', `postgres://consentry@127.0.0.1:${port}/postgres`);

  return () => {
    try {
      run('pg_ctl', ['stop', '-m', 'immediate', '-D', data]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
