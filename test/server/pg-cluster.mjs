// A throwaway PostgreSQL cluster (Debian's `postgresql` package): initdb and pg_ctl in a temp
// directory on a free port, stopped and deleted afterwards. Plain ESM so both the server tests'
// global setup and the receipt soak in `npm run bench` (plain Node) start it the same way.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What to do when PostgreSQL is missing. */
export const PG_MISSING =
  'PostgreSQL was not found (no /usr/lib/postgresql/*/bin/initdb). ' +
  'Install it with `apt-get install -y postgresql` (.ci/run does this), or set PG_BIN to a directory holding initdb and pg_ctl.';

/** The newest installed PostgreSQL's bin directory (`PG_BIN` overrides), or null when there is none. */
export function findPgBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });

/**
 * Starts a cluster; resolves to its connection string and a `stop()` that deletes it.
 * Throws with what to do when PostgreSQL is missing.
 */
export async function startPostgres(bin = findPgBin()) {
  if (!bin) throw new Error(PG_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'consentry-pg-'));
  const data = join(dir, 'data');
  // PostgreSQL refuses to run as root: as root (CI containers) run it as the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const uid = Number(pw.stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    if (pw.status !== 0 || !uid) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error('Running as root, but there is no postgres user to run PostgreSQL as: `apt-get install -y postgresql` creates it.');
    }
    chownSync(dir, uid, gid);
  }
  /** @param {string} tool @param {string[]} args */
  const run = (tool, args) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    try {
      return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = /** @type {{ stderr?: string, stdout?: string }} */ (e);
      throw new Error(`${tool} failed: ${err.stderr || err.stdout || String(e)}`);
    }
  };

  try {
    run('initdb', ['-D', data, '-U', 'consentry', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    // Throwaway data: no fsync, and the socket lives in our temp dir, not /var/run/postgresql.
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', join(dir, 'log'), '-o', opts]);
    return {
      url: `postgres://consentry@127.0.0.1:${port}/postgres`,
      stop: () => {
        try {
          run('pg_ctl', ['stop', '-m', 'immediate', '-D', data]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
