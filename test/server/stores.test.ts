// One specification, run against both stores: the JSON-lines file and PostgreSQL must give the
// same answers through the one ReceiptStore interface.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/shared/consent-record';
import { jsonLinesStore } from '../../src/server/jsonl-store';
import type { ReceiptStore } from '../../src/server/store';
import { DEFAULT_RETENTION_DAYS } from '../../src/server/store';
import { NOW, daysAgo, jsonLinesKind, postgresKind, receipt, recordId, type StoreKind } from './support';

const kinds: StoreKind[] = [jsonLinesKind(), postgresKind()];
afterAll(() => Promise.all(kinds.map((k) => k.cleanup())));

const at = (ms: number) => new Date(ms);

describe.each(kinds)('the $name receipt store', (kind) => {
  const open = (now = () => NOW, retentionDays?: number) => kind.open({ now, ...(retentionDays ? { retentionDays } : {}) });

  it('finds every receipt of a record id, oldest choice first', async () => {
    const store = open();
    const id = recordId();
    const later = receipt({ recordId: id, time: daysAgo(1), method: 'preferences' });
    const earlier = receipt({ recordId: id, time: daysAgo(3) });
    await store.append(later, at(NOW));
    await store.append(receipt(), at(NOW));
    await store.append(earlier, at(NOW - 1000));
    expect(await store.lookup(id)).toEqual([
      { receipt: earlier, receivedAt: at(NOW - 1000).toISOString() },
      { receipt: later, receivedAt: at(NOW).toISOString() },
    ]);
    await store.close();
  });

  it('finds nothing for a record id it never saw', async () => {
    const store = open();
    await store.append(receipt(), at(NOW));
    expect(await store.lookup(recordId())).toEqual([]);
    await store.close();
  });

  it('stores a receipt sent twice (a retry) once', async () => {
    const store = open();
    const r = receipt();
    expect(await store.append(r, at(NOW))).toBe(true);
    expect(await store.append({ ...r, choices: Object.fromEntries(Object.entries(r.choices).reverse()) }, at(NOW + 5000))).toBe(false);
    expect(await store.lookup(r.recordId)).toHaveLength(1);
    await store.close();
  });

  it('keeps two different choices made in the same second', async () => {
    const store = open();
    const id = recordId();
    await store.append(receipt({ recordId: id, choices: { analytics: true } }), at(NOW));
    await store.append(receipt({ recordId: id, choices: { analytics: false } }), at(NOW));
    expect((await store.lookup(id)).map((e) => e.receipt.choices.analytics).sort()).toEqual([false, true]);
    await store.close();
  });

  it('keeps a category named like an Object.prototype member as plain data', async () => {
    const store = open();
    const r = receipt({ choices: { constructor: true, tostring: false } });
    await store.append(r, at(NOW));
    const [found] = await store.lookup(r.recordId);
    expect(found!.receipt.choices).toEqual({ constructor: true, tostring: false });
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    await store.close();
  });

  it('erases every receipt of a record id and nothing else', async () => {
    const store = open();
    const gone = recordId();
    const kept = receipt();
    await store.append(receipt({ recordId: gone, choices: { analytics: true } }), at(NOW));
    await store.append(receipt({ recordId: gone, choices: { analytics: false } }), at(NOW));
    await store.append(kept, at(NOW));
    expect(await store.erase(gone)).toBe(2);
    expect(await store.lookup(gone)).toEqual([]);
    expect(await store.lookup(kept.recordId)).toHaveLength(1);
    expect(await store.erase(gone)).toBe(0);
    await store.close();
  });

  it('accepts a new receipt for a record id after erasing it', async () => {
    const store = open();
    const r = receipt();
    await store.append(r, at(NOW));
    await store.erase(r.recordId);
    expect(await store.append(r, at(NOW + 1000))).toBe(true);
    expect(await store.lookup(r.recordId)).toHaveLength(1);
    await store.close();
  });

  it(`keeps receipts for ${DEFAULT_RETENTION_DAYS} days by default (consent period plus one year)`, async () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(730 + 365);
    let now = NOW;
    const store = open(() => now);
    const r = receipt({ time: daysAgo(0) });
    await store.append(r, at(now));
    now = NOW + (DEFAULT_RETENTION_DAYS - 1) * DAY_MS;
    expect(await store.lookup(r.recordId)).toHaveLength(1);
    now = NOW + (DEFAULT_RETENTION_DAYS + 1) * DAY_MS;
    expect(await store.lookup(r.recordId)).toEqual([]);
    await store.close();
  });

  it('deletes receipts past a configured retention and keeps the rest', async () => {
    let now = NOW;
    const store = open(() => now, 30);
    const old = receipt({ time: daysAgo(20) });
    const recent = receipt({ time: daysAgo(5) });
    await store.append(old, at(now));
    await store.append(recent, at(now));
    now = NOW + 15 * DAY_MS;
    expect(await store.purgeExpired()).toBe(1);
    expect(await store.lookup(old.recordId)).toEqual([]);
    expect(await store.lookup(recent.recordId)).toHaveLength(1);
    expect(await store.purgeExpired()).toBe(0);
    await store.close();
  });

  it('refuses a receipt already past retention', async () => {
    const store = open(() => NOW, 30);
    const r = receipt({ time: daysAgo(31) });
    expect(await store.append(r, at(NOW))).toBe(false);
    expect(await store.lookup(r.recordId)).toEqual([]);
    await store.close();
  });

  it('purges expired receipts by itself on a later append, without purgeExpired()', async () => {
    let now = NOW;
    const store = open(() => now, 30);
    const old = receipt({ time: daysAgo(20) });
    await store.append(old, at(now));
    now = NOW + 15 * DAY_MS;
    await store.append(receipt({ time: daysAgo(0, now) }), at(now));
    // Lookups hide expired receipts anyway, so check that the purge itself now finds nothing left.
    expect(await store.purgeExpired()).toBe(0);
    await store.close();
  });

  it('stores 300 receipts appended at once, each exactly once', async () => {
    const store = open();
    const id = recordId();
    const receipts = Array.from({ length: 300 }, (_, i) => receipt({ recordId: id, page: `/p/${i}` }));
    const results = await Promise.all([...receipts, ...receipts.slice(0, 50)].map((r) => store.append(r, at(NOW))));
    expect(results.filter(Boolean)).toHaveLength(300);
    const found = await store.lookup(id);
    expect(found.map((e) => e.receipt.page).sort()).toEqual(receipts.map((r) => r.page).sort());
    await store.close();
  });
});

describe('both stores', () => {
  /** The same history of appends, erasures and purges, played against a store. */
  async function play(store: ReceiptStore) {
    let step = 0;
    const ids = [recordId(9001), recordId(9002), recordId(9003)];
    const out: unknown[] = [];
    for (let i = 0; i < 12; i++) {
      const r = receipt({ recordId: ids[i % 3]!, time: daysAgo(i * 3), page: `/page/${i}`, method: i % 2 ? 'banner' : 'api' });
      out.push(await store.append(r, at(NOW + ++step * 1000)));
      if (i % 4 === 0) out.push(await store.append(r, at(NOW + ++step * 1000)));
    }
    out.push(await store.erase(ids[1]!));
    out.push(await store.purgeExpired());
    for (const id of ids) out.push(await store.lookup(id));
    await store.close();
    return out;
  }

  it('give the same results for the same history', async () => {
    const [file, db] = await Promise.all(kinds.map((k) => play(k.open({ now: () => NOW, retentionDays: 20 }))));
    expect(file).toEqual(db);
    // The history is not trivial: something was stored, duplicated, erased and expired.
    expect(file).toContain(true);
    expect(file).toContain(false);
    expect((file as unknown[]).filter((x) => Array.isArray(x) && x.length > 0)).toHaveLength(2);
  });
});

describe('the JSON-lines store file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-file-'));
  let n = 0;
  const tmpFile = () => join(dir, `r${++n}.jsonl`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('erases by appending a marker and then compacting the record out of the file', async () => {
    const file = tmpFile();
    const store = jsonLinesStore({ path: file, now: () => NOW });
    const gone = receipt();
    const kept = receipt();
    await store.append(gone, at(NOW));
    await store.append(kept, at(NOW));
    expect(readFileSync(file, 'utf8')).toContain(gone.recordId);
    await store.erase(gone.recordId);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(gone.recordId);
    expect(text).toContain(kept.recordId);
    expect(text.trim().split('\n')).toHaveLength(1);
    await store.close();
  });

  it('honours an erasure marker even if compaction never ran (a crash in between)', async () => {
    const file = tmpFile();
    const store = jsonLinesStore({ path: file, now: () => NOW });
    const r = receipt();
    await store.append(r, at(NOW));
    await store.close();
    appendFileSync(file, `${JSON.stringify({ erase: r.recordId, at: at(NOW).toISOString() })}\n`);
    const reopened = jsonLinesStore({ path: file, now: () => NOW });
    expect(await reopened.lookup(r.recordId)).toEqual([]);
    await reopened.close();
  });

  it('survives a line torn by a crash and keeps appending on a fresh line', async () => {
    const file = tmpFile();
    const store = jsonLinesStore({ path: file, now: () => NOW });
    const before = receipt();
    await store.append(before, at(NOW));
    await store.close();
    appendFileSync(file, '{"k":"abc","at":"2026-11-25T12:00:00.000Z","r":{"recordId":"rec');
    const reopened = jsonLinesStore({ path: file, now: () => NOW });
    const after = receipt();
    expect(await reopened.append(after, at(NOW))).toBe(true);
    expect(await reopened.lookup(before.recordId)).toHaveLength(1);
    expect(await reopened.lookup(after.recordId)).toHaveLength(1);
    await reopened.close();
  });

  it('remembers stored receipts across a restart, so a retry after it is still one receipt', async () => {
    const file = tmpFile();
    const r = receipt();
    const first = jsonLinesStore({ path: file, now: () => NOW });
    await first.append(r, at(NOW));
    await first.close();
    const second = jsonLinesStore({ path: file, now: () => NOW });
    expect(await second.append(r, at(NOW + 1000))).toBe(false);
    expect(await second.lookup(r.recordId)).toHaveLength(1);
    await second.close();
  });
});
