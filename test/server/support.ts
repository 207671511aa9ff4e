// Shared fixtures for the receipt server tests: receipts as the browser sends them, and the
// two stores behind one factory so every store spec runs against both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';
import { DAY_MS } from '../../src/shared/consent-record';
import { jsonLinesStore } from '../../src/server/jsonl-store';
import { postgresStore } from '../../src/server/pg-store';
import type { StoredReceipt } from '../../src/server/receipt-schema';
import type { ReceiptStore, RetentionOptions } from '../../src/server/store';

/** The repository, for tests that bundle the sources for a child process. */
export const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** A fixed "now" the tests move by hand: retention is about days, not wall-clock time. */
export const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
export const daysAgo = (days: number, from = NOW) => new Date(from - days * DAY_MS).toISOString();

let seq = 0;
/** A distinct, valid 16-character record id. */
export const recordId = (n = ++seq) => `rec${String(n).padStart(13, '0')}`;

export const receipt = (over: Partial<StoredReceipt> = {}): StoredReceipt => ({
  recordId: recordId(),
  time: daysAgo(1),
  revision: 2,
  choices: { preferences: true, analytics: true, marketing: false, hotjar: false },
  method: 'banner',
  page: '/cameras/x100',
  textHash: 'a'.repeat(64),
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36',
  signals: [],
  ...over,
});

export interface StoreKind {
  readonly name: string;
  /** A fresh, empty store; `clock()` is read on every call. */
  open(options?: RetentionOptions & { reuse?: boolean }): ReceiptStore;
  cleanup(): Promise<void>;
}

export function jsonLinesKind(): StoreKind {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-jsonl-'));
  let n = 0;
  return {
    name: 'JSON-lines file',
    open: (options = {}) => jsonLinesStore({ path: join(dir, `receipts-${options.reuse ? n : ++n}.jsonl`), ...options }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function postgresKind(): StoreKind {
  const pool = new pg.Pool({ connectionString: inject('pgUrl'), max: 20 });
  let n = 0;
  const run = `${process.pid}_${Date.now().toString(36)}`;
  return {
    name: 'PostgreSQL',
    open: (options = {}) => postgresStore({ pool, table: `receipts_${run}_${options.reuse ? n : ++n}`, ...options }),
    cleanup: () => pool.end(),
  };
}
