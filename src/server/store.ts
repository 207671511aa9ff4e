// The one interface every receipt store offers, and the rules they share: what counts as the
// same receipt (a retried send must not be stored twice) and how long a receipt is kept.
import { createHash } from 'node:crypto';
import { DEFAULTS } from '../shared/config';
import { DAY_MS } from '../shared/consent-record';
import type { StoredReceipt } from './receipt-schema';

export interface ReceiptEntry {
  readonly receipt: StoredReceipt;
  /** When this server stored it (ISO 8601, UTC): the server's own evidence of the date. */
  readonly receivedAt: string;
}

export interface ReceiptStore {
  /** Stores a receipt once; false when the same receipt is already stored or past retention. */
  append(receipt: StoredReceipt, receivedAt: Date): Promise<boolean>;
  /** Every receipt kept for a record id (the shopper's right of access), oldest first. */
  lookup(recordId: string): Promise<ReceiptEntry[]>;
  /** Deletes every receipt of a record id (the right to erasure); resolves to how many. */
  erase(recordId: string): Promise<number>;
  /** Deletes receipts past retention; resolves to how many. Lookups never return them anyway. */
  purgeExpired(): Promise<number>;
  close(): Promise<void>;
}

export interface RetentionOptions {
  /**
   * Days a receipt is kept after the choice it proves. Default 1095: the longest consent period
   * (730 days) plus one year to answer questions about it.
   */
  readonly retentionDays?: number;
  /** Clock for tests. */
  readonly now?: () => number;
}

export const DEFAULT_RETENTION_DAYS = DEFAULTS.consentDays + 365;

/** Receipts whose choice is older than this moment are past retention. */
export function retentionCutoff(options: RetentionOptions): () => number {
  const days = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  if (!Number.isInteger(days) || days < 1) throw new TypeError('retentionDays must be a whole number of days from 1');
  const now = options.now ?? Date.now;
  return () => now() - days * DAY_MS;
}

/** Same receipt, same key: choices are sorted so key order in the JSON does not matter. */
export function receiptKey(r: StoredReceipt): string {
  const choices = Object.keys(r.choices)
    .sort()
    .map((id) => [id, r.choices[id]]);
  const canonical = JSON.stringify([r.recordId, r.time, r.revision, choices, r.method, r.page, r.textHash, r.userAgent, r.signals]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Oldest choice first; ties by arrival, then key, so every store lists the same order. */
export const byTime = (a: ReceiptEntry & { key: string }, b: ReceiptEntry & { key: string }): number =>
  cmp(a.receipt.time, b.receipt.time) || cmp(a.receivedAt, b.receivedAt) || cmp(a.key, b.key);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Thrown by `append` when a store has reached the size its operator allowed: the receipt is
 * not stored (the handler answers 507 and calls `onError`), and nothing old is dropped to make room.
 */
export class StoreFullError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the receipt store holds its maximum of ${maxBytes} bytes: raise maxStoreBytes, or purge or move old receipts`);
    this.name = 'StoreFullError';
  }
}
