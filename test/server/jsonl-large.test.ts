// A JSON-lines file larger than the longest string V8 can build (about 512 MiB) must still be
// read, compacted and searched. Writing 600 MB in the suite is too slow, so reading a file as
// one string fails here past 64 KB, exactly as it fails in production past V8's limit.
import { statSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { jsonLinesStore } from '../../src/server/jsonl-store';
import { receiptKey } from '../../src/server/store';
import { NOW, receipt } from './support';

const LONGEST_STRING = 64 * 1024;
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readFile = async (...args: Parameters<typeof fs.readFile>) => {
    const [path] = args;
    if (typeof path === 'string' && (await fs.stat(path)).size > LONGEST_STRING)
      throw Object.assign(new RangeError('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    return fs.readFile(...args);
  };
  return { ...fs, readFile, default: { ...fs, readFile } };
});

const dir = mkdtempSync(join(tmpdir(), 'consentry-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `count` stored receipts, written directly as the store writes them. */
function bigFile(count: number) {
  const path = join(dir, `big-${count}.jsonl`);
  const receipts = Array.from({ length: count }, () => receipt());
  writeFileSync(path, receipts.map((r) => `${JSON.stringify({ k: receiptKey(r), at: new Date(NOW).toISOString(), r })}\n`).join(''));
  expect(statSync(path).size).toBeGreaterThan(4 * LONGEST_STRING);
  return { path, receipts };
}

describe('a JSON-lines file larger than the longest string', () => {
  it('finds a receipt in it', async () => {
    const { path, receipts } = bigFile(1000);
    const store = jsonLinesStore({ path, now: () => NOW });
    expect(await store.lookup(receipts[500]!.recordId)).toHaveLength(1);
    await store.close();
  });

  it('appends to it and recognises a receipt already in it', async () => {
    const { path, receipts } = bigFile(1000);
    const store = jsonLinesStore({ path, now: () => NOW });
    expect(await store.append(receipts[10]!, new Date(NOW))).toBe(false);
    expect(await store.append(receipt(), new Date(NOW))).toBe(true);
    await store.close();
  });

  it('compacts it, keeping every receipt, and erases from it', async () => {
    const { path, receipts } = bigFile(1000);
    const store = jsonLinesStore({ path, now: () => NOW });
    expect(await store.purgeExpired()).toBe(0);
    expect(await store.erase(receipts[0]!.recordId)).toBe(1);
    expect(await store.lookup(receipts[0]!.recordId)).toEqual([]);
    expect(await store.lookup(receipts[999]!.recordId)).toHaveLength(1);
    await store.close();
  });
});
