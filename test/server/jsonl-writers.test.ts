// Several writers on one JSON-lines file, as a cluster, two handlers without a shared store, or
// an operator's erase() from a script produce them: every receipt answered 201 must be in the
// file afterwards, once. Real HTTP, real processes, one real file.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, Agent } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createReceiptHandler } from '../../src/server/handler';
import { jsonLinesStore } from '../../src/server/jsonl-store';
import { encodeRecord } from '../../src/shared/consent-record';
import type { StoredReceipt } from '../../src/server/receipt-schema';
import type { ReceiptStore } from '../../src/server/store';
import { NOW, ROOT_DIR, receipt, recordId } from './support';

const dir = mkdtempSync(join(tmpdir(), 'consentry-writers-'));
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
let n = 0;
const file = () => join(dir, `w${++n}.jsonl`);

/** The server package bundled for child processes, which cannot import TypeScript. */
beforeAll(async () => {
  await build({
    entryPoints: [join(ROOT_DIR, 'src/server/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['pg'],
    outfile: join(dir, 'server.mjs'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'child.mjs'),
    `import { createServer } from 'node:http';
import { createReceiptHandler, jsonLinesStore } from './server.mjs';
const [mode, path, now, ...ids] = process.argv.slice(2);
const store = jsonLinesStore({ path, now: () => Number(now) });
if (mode === 'serve') {
  const handle = createReceiptHandler({ store, rateLimit: false, now: () => Number(now) });
  const server = createServer((req, res) => void handle(req, res));
  server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
} else {
  let erased = 0;
  for (const id of ids) erased += await store.erase(id);
  process.stdout.write(erased + '\\n');
}
`,
  );
});
afterAll(() => {
  agent.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const children: ChildProcess[] = [];
const servers: Array<{ close(cb: () => void): void }> = [];
const stores: ReceiptStore[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) c.kill();
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

/** Runs the child script; resolves to its first line of output (a port, or how many it erased). */
function child(args: string[]): Promise<string> {
  const proc = spawn(process.execPath, [join(dir, 'child.mjs'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c;
      if (out.includes('\n')) resolve(out.trim());
    });
    proc.on('exit', (code) => (code ? reject(new Error(`child exited with ${code}`)) : undefined));
  });
}

async function inProcess(path: string): Promise<number> {
  const store = jsonLinesStore({ path, now: () => NOW });
  stores.push(store);
  const handle = createReceiptHandler({ store, rateLimit: false, now: () => NOW });
  const server = createServer((req, res) => void handle(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

const cookie = (id: string) =>
  `consentry=${encodeRecord({ version: 1, id, consentedAt: NOW - 1000, revision: 2, categories: { analytics: { granted: true, method: 'banner' } }, vendors: {}, seenVendors: [], signals: [] })}`;

/** Posts a receipt as the record's own browser would; resolves to the status. */
const post = (port: number, r: StoredReceipt) =>
  new Promise<number>((resolve, reject) => {
    const body = JSON.stringify(r);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', cookie: cookie(r.recordId) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
    req.end(body);
  });

const load = (count: number, tag: string) => Array.from({ length: count }, (_, i) => receipt({ page: `/${tag}/${i}` }));
const storedLines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { k?: string; r?: StoredReceipt });

describe('a JSON-lines file with several writers', () => {
  it('keeps all 2,000 receipts two handlers in one process acknowledged, each once', async () => {
    const path = file();
    const [a, b] = [await inProcess(path), await inProcess(path)];
    const statuses = await Promise.all([...load(1000, 'a').map((r) => post(a, r)), ...load(1000, 'b').map((r) => post(b, r))]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(2000);
    const lines = storedLines(path).filter((l) => l.r);
    expect(lines).toHaveLength(2000);
    expect(new Set(lines.map((l) => l.k)).size).toBe(2000);
  });

  it('keeps all 2,000 receipts two processes acknowledged, each once', async () => {
    const path = file();
    const [a, b] = (await Promise.all([child(['serve', path, String(NOW)]), child(['serve', path, String(NOW)])])).map(Number) as [
      number,
      number,
    ];
    const statuses = await Promise.all([...load(1000, 'a').map((r) => post(a, r)), ...load(1000, 'b').map((r) => post(b, r))]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(2000);
    const lines = storedLines(path).filter((l) => l.r);
    expect(lines).toHaveLength(2000);
    expect(new Set(lines.map((l) => l.k)).size).toBe(2000);
  });

  it('loses none of 1,000 receipts while another process erases records meanwhile', async () => {
    const path = file();
    const port = await inProcess(path);
    const doomed = Array.from({ length: 20 }, () => recordId());
    for (const id of doomed) expect(await post(port, receipt({ recordId: id }))).toBe(201);
    const receipts = load(1000, 'kept');
    const posting = Promise.all(receipts.map((r) => post(port, r)));
    const erased = child(['erase', path, String(NOW), ...doomed]);
    const [statuses, count] = await Promise.all([posting, erased]);
    expect(Number(count)).toBe(20);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1000);
    const lines = storedLines(path).filter((l) => l.r);
    expect(lines.map((l) => l.r!.page).sort()).toEqual(receipts.map((r) => r.page).sort());
  });
});

// A writer that dies holding the lock (killed, out of memory, the machine restarted) must not
// stop every other writer for good, nor may a live writer's lock ever be taken from it.
describe('the lock file of a JSON-lines store', () => {
  /** The pid of a process that has exited: its lock can have no holder. */
  const deadPid = () =>
    new Promise<number>((resolve, reject) => {
      const proc = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
      proc.on('error', reject);
      proc.on('exit', () => resolve(proc.pid!));
    });
  const store = (path: string, lockTimeoutMs: number) => {
    const s = jsonLinesStore({ path, now: () => NOW, lockTimeoutMs });
    stores.push(s);
    return s;
  };

  it('is recovered from a dead process on this host, and the receipt stored', async () => {
    const path = file();
    writeFileSync(`${path}.lock`, `${await deadPid()} ${hostname()} left-by-a-crash`);
    expect(await store(path, 2_000).append(receipt(), new Date(NOW))).toBe(true);
    expect(storedLines(path)).toHaveLength(1);
  });

  it("is recovered from another host once it is a minute old, whatever the store's clock says", async () => {
    const path = file();
    writeFileSync(`${path}.lock`, `4242 another-host.example left-by-a-crash`);
    // The file system dates the lock in real time; the store's clock here is NOW, days earlier.
    const twoMinutesAgo = Date.now() / 1000 - 120;
    utimesSync(`${path}.lock`, twoMinutesAgo, twoMinutesAgo);
    expect(await store(path, 2_000).append(receipt(), new Date(NOW))).toBe(true);
    expect(storedLines(path)).toHaveLength(1);
  });

  it('is never taken from a live process on this host, or from another host within the minute', async () => {
    const [live, foreign] = [file(), file()];
    writeFileSync(`${live}.lock`, `${process.pid} ${hostname()} held`);
    writeFileSync(`${foreign}.lock`, `4242 another-host.example held`);
    await expect(store(live, 300).append(receipt(), new Date(NOW))).rejects.toThrow(/stayed locked/);
    await expect(store(foreign, 300).append(receipt(), new Date(NOW))).rejects.toThrow(/stayed locked/);
    expect(readFileSync(`${live}.lock`, 'utf8')).toBe(`${process.pid} ${hostname()} held`);
    expect(existsSync(live)).toBe(false);
  });
});
