// Where receipts wait between page views: one localStorage entry, read afresh each time (another
// tab of the site may have chosen or sent since). Memory stands in when storage is unavailable
// (private mode, sandbox, a throwing getter) or holds garbage.
import { DAY_MS } from '../shared/consent-record';
import { receiptOf } from '../shared/receipt';
import type { ConsentReceipt, ConsentRecord } from '../shared/types';

const KEY = 'consentry:receipts';
/**
 * Chrome caps any cookie at 400 days, but consent lasts up to 730: a returning shopper's browser
 * posts the last receipt again (stored once) this often, and the answer re-issues the cookie.
 */
export const REFRESH_MS = 30 * DAY_MS;

/**
 * `l`: the last receipt (for `exportConsent()` on later pages); `p`: not known to be stored;
 * `t`: when the server last answered, so the cookie is re-issued about once a month.
 */
export interface Saved {
  l?: ConsentReceipt;
  p: ConsentReceipt[];
  t?: number;
}

export interface ReceiptBook {
  load(): Saved;
  save(saved: Saved): void;
  /**
   * The last receipt, if it is the one for the record in force: same id, date and answers (two
   * choices in one second share id and date). The user agent may have changed since; it is not compared.
   */
  current(record: ConsentRecord | null): ConsentReceipt | null;
  /** Receipts this page must send: never delivered, or by a beacon whose fate is unknown, or the monthly refresh. */
  due(record: ConsentRecord | null): ConsentReceipt[];
}

export function receiptBook(win: Window): ReceiptBook {
  let memory: Saved = { p: [] };
  const load = (): Saved => {
    try {
      const s = JSON.parse(win.localStorage.getItem(KEY)!) as Saved;
      if (Array.isArray(s.p)) memory = s;
    } catch {}
    return memory;
  };
  const current = (record: ConsentRecord | null) => {
    const { l } = load();
    return l && record && JSON.stringify(l) === JSON.stringify(receiptOf(record, l.method, l.page, l.textHash, l.userAgent)) ? l : null;
  };
  return {
    load,
    save: (saved) => {
      memory = saved;
      try {
        win.localStorage.setItem(KEY, JSON.stringify(saved));
      } catch {
        // The receipt still goes out now; it just cannot wait for a retry.
      }
    },
    current,
    due: (record) => {
      const saved = load();
      const l = current(record);
      return l && !saved.p.length && Date.now() - (saved.t ?? 0) > REFRESH_MS ? [l] : saved.p;
    },
  };
}
