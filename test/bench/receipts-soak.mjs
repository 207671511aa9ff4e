// The receipt-store soak in `npm run bench`: SOAK_RECEIPTS distinct, valid receipts (default
// 10,000) posted by SOAK_CLIENTS concurrent clients (default 50, one keep-alive connection each)
// to the built handler (dist/server.mjs) on a real http server, once per store: the JSON-lines
// file and PostgreSQL (a throwaway cluster, as the server tests start it). Prints receipts per
// second, p50 and p99 latency, then what the store holds: every posted receipt must be stored
// exactly once. Exits 1 only when one was lost or duplicated (or PostgreSQL is installed but
// would not start); timings never fail. Without PostgreSQL that store is skipped, saying so.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PG_MISSING, findPgBin, startPostgres } from '../server/pg-cluster.mjs';

const { consentSetCookie, createReceiptHandler, jsonLinesStore, postgresStore } = await import('../../dist/server.mjs').catch(() => {
  console.error('dist/server.mjs is missing: run `npm run build` first (`npm run bench` does it).');
  process.exit(1);
});

const RECEIPTS = Number(process.env.SOAK_RECEIPTS ?? 10_000);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 50);
if (!(Number.isSafeInteger(RECEIPTS) && RECEIPTS > 0 && Number.isSafeInteger(CLIENTS) && CLIENTS > 0 && CLIENTS < 1e6))
  throw new TypeError('SOAK_RECEIPTS and SOAK_CLIENTS must be whole numbers from 1');
const DAY_MS = 86_400_000;

// One consent record per client (a shopper's browser), each posting its share of receipts:
// distinct pages, so every receipt has its own key. The record id goes in the consent cookie.
const started = Date.now();
const run = started.toString(36).slice(-6);
const recordIdOf = (client) => `soak${run}${String(client).padStart(6, '0')}`;
const consentedAt = Math.floor((started - DAY_MS) / 1000) * 1000;
const cookieOf = (client) =>
  consentSetCookie(
    {
      version: 1,
      id: recordIdOf(client),
      consentedAt,
      revision: 2,
      categories: {
        preferences: { granted: true, method: 'banner' },
        analytics: { granted: true, method: 'banner' },
        marketing: { granted: false, method: 'banner' },
      },
      vendors: { hotjar: false },
      seenVendors: ['hotjar', 'ga4'],
      signals: [],
    },
    {},
  ).split(';')[0];
const receiptOf = (i) => ({
  recordId: recordIdOf(i % CLIENTS),
  time: new Date(consentedAt).toISOString(),
  revision: 2,
  choices: { preferences: true, analytics: true, marketing: false, hotjar: false },
  method: 'banner',
  page: `/soak/${i}`,
  textHash: 'a'.repeat(64),
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36',
  signals: [],
});

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

/** Posts every receipt through the handler over `store`; resolves to the figures. */
async function soak(name, store, heldRows) {
  const errors = [];
  const handler = createReceiptHandler({ store, rateLimit: false, onError: (e) => errors.push(e) });
  const server = createServer((req, res) => void handler(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;

  const latencies = [];
  const statuses = new Map();
  const client = async (c) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const cookie = cookieOf(c);
    // Client c sends receipts c, c + CLIENTS, ...: its own record's.
    for (let i = c; i < RECEIPTS; i += CLIENTS) {
      const body = JSON.stringify(receiptOf(i));
      const t0 = performance.now();
      const status = await new Promise((resolve) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/consent-receipts',
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', origin, cookie, 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode));
          },
        );
        req.on('error', (e) => resolve(`error ${e.code ?? e.message}`));
        req.end(body);
      });
      latencies.push(performance.now() - t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    agent.destroy();
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(CLIENTS, RECEIPTS) }, (_, c) => client(c)));
  const seconds = (performance.now() - t0) / 1000;
  await new Promise((resolve) => server.close(resolve));

  // What the store holds: each record's receipts through lookup (the access request's API),
  // and the raw rows or lines, which lookup would hide a duplicate among.
  const found = new Map();
  for (let c = 0; c < Math.min(CLIENTS, RECEIPTS); c++)
    for (const { receipt } of await store.lookup(recordIdOf(c))) found.set(receipt.page, (found.get(receipt.page) ?? 0) + 1);
  const raw = await heldRows();
  let stored = 0;
  let lost = 0;
  for (let i = 0; i < RECEIPTS; i++) found.has(`/soak/${i}`) ? stored++ : lost++;
  const duplicated = Math.max(
    [...found.values()].reduce((n, k) => n + k - 1, 0),
    raw.rows - raw.distinct,
  );
  latencies.sort((a, b) => a - b);
  return {
    store: name,
    'receipts/s': Math.round(RECEIPTS / seconds),
    'p50 ms': quantile(latencies, 0.5).toFixed(1),
    'p99 ms': quantile(latencies, 0.99).toFixed(1),
    acknowledged: (statuses.get(201) ?? 0) + (statuses.get(200) ?? 0),
    stored,
    lost,
    duplicated,
    other:
      [...statuses]
        .filter(([s]) => s !== 201 && s !== 200)
        .map(([s, n]) => `${s} x${n}`)
        .join(', ') || '-',
    errors,
  };
}

const results = [];
console.log(
  `\nreceipt-store soak: ${RECEIPTS} receipts from ${CLIENTS} concurrent clients per store (${cpus().length} cores, Node ${process.version})`,
);

{
  const dir = mkdtempSync(join(tmpdir(), 'consentry-soak-'));
  const path = join(dir, 'receipts.jsonl');
  const store = jsonLinesStore({ path });
  try {
    results.push(
      await soak('JSON-lines file', store, async () => {
        const pages = readFileSync(path, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l).r?.page)
          .filter((p) => p?.startsWith('/soak/'));
        return { rows: pages.length, distinct: new Set(pages).size };
      }),
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const bin = findPgBin();
if (!bin) console.log(`PostgreSQL store: SKIPPED, ${PG_MISSING}`);
else {
  const cluster = await startPostgres(bin).catch((e) => {
    console.error(`PostgreSQL store: the cluster did not start, so it was not soaked: ${e.message}`);
    process.exitCode = 1;
    return null;
  });
  if (cluster) await soakPostgres(cluster);
}

async function soakPostgres(cluster) {
  const pg = (await import('pg')).default;
  const pool = new pg.Pool({ connectionString: cluster.url, max: 20 });
  const store = postgresStore({ pool });
  try {
    results.push(
      await soak('PostgreSQL', store, async () => {
        const { rows } = await pool.query(
          `SELECT count(*)::int AS rows, count(DISTINCT receipt->>'page')::int AS distinct FROM consentry_receipts WHERE receipt->>'page' LIKE '/soak/%'`,
        );
        return rows[0];
      }),
    );
  } finally {
    await store.close();
    await pool.end();
    cluster.stop();
  }
}

const columns = ['store', 'receipts/s', 'p50 ms', 'p99 ms', 'acknowledged', 'stored', 'lost', 'duplicated', 'other'];
const widths = columns.map((c) => Math.max(c.length, ...results.map((r) => String(r[c]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(line(columns));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of results) console.log(line(columns.map((c) => r[c])));
for (const r of results) for (const e of r.errors.slice(0, 3)) console.log(`${r.store}: store error: ${e?.message ?? e}`);
console.log('timings are information (a shared machine varies); lost or duplicated receipts fail the soak');

const bad = results.filter((r) => r.lost > 0 || r.duplicated > 0);
if (bad.length) {
  console.error(`soak FAILED: ${bad.map((r) => `${r.store} lost ${r.lost}, duplicated ${r.duplicated}`).join('; ')}`);
  process.exitCode = 1;
}
