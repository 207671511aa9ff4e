// Proof of consent (GDPR Art. 7(1)): each choice becomes a receipt, sent to the site's own
// `receiptEndpoint`, whose Set-Cookie also re-issues the consent cookie (Safari caps cookies set
// by script at seven days, not ones set by the server). Sending never delays the UI, and a
// receipt not known to be stored waits in localStorage for the next page view.
import { DAY_MS } from '../shared/consent-record';
import type { Feature } from '../boot/context';
import type { ConsentMethod, ConsentReceipt, ConsentRecord } from '../shared/types';

const KEY = 'consentry:receipts';
/**
 * Chrome caps any cookie at 400 days, but consent lasts up to 730: a returning shopper's browser
 * posts the last receipt again (stored once) this often, and the answer re-issues the cookie.
 */
const REFRESH_MS = 30 * DAY_MS;
/** A shopper offline for weeks must not fill the site's storage with receipts. */
const MAX_PENDING = 10;

/**
 * `l`: the last receipt (for `exportConsent()` on later pages); `p`: not known to be stored;
 * `t`: when the server last answered, so the cookie is re-issued about once a month.
 */
interface Saved {
  l?: ConsentReceipt;
  p: ConsentReceipt[];
  t?: number;
}

async function sha256(text: string | null, crypto: Crypto | undefined): Promise<string | null> {
  // crypto.subtle exists only in secure contexts (https, localhost): elsewhere no hash, still a receipt.
  if (text === null || !crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Categories, then vendors where the shopper's choice differs from their category. */
const choicesOf = (record: ConsentRecord): Record<string, boolean> => {
  const choices: Record<string, boolean> = {};
  for (const id in record.categories) choices[id] = record.categories[id]!.granted;
  return Object.assign(choices, record.vendors);
};

export const receiptOf = (
  record: ConsentRecord,
  method: ConsentMethod,
  page: string | null,
  textHash: string | null,
  userAgent: string,
): ConsentReceipt => ({
  recordId: record.id,
  time: new Date(record.consentedAt).toISOString(),
  revision: record.revision,
  choices: choicesOf(record),
  method,
  page,
  textHash,
  userAgent,
  signals: [...record.signals],
});

export const receiptsFeature: Feature = (ctx) => {
  const { win } = ctx;
  const url = ctx.config.receiptEndpoint;
  // Read afresh each time: another tab of the site may have chosen or sent since. Memory stands
  // in when storage is unavailable (private mode, sandbox, a throwing getter) or holds garbage.
  let memory: Saved = { p: [] };
  const load = (): Saved => {
    try {
      const s = JSON.parse(win.localStorage.getItem(KEY)!) as Saved;
      if (Array.isArray(s.p)) memory = s;
    } catch {}
    return memory;
  };
  const save = (saved: Saved) => {
    memory = saved;
    try {
      win.localStorage.setItem(KEY, JSON.stringify(saved));
    } catch {
      // The receipt still goes out now; it just cannot wait for a retry.
    }
  };

  const drop = (body: string) => {
    const saved = load();
    saved.p = saved.p.filter((x) => JSON.stringify(x) !== body);
    saved.t = Date.now();
    save(saved);
  };
  /**
   * The last receipt, if it is the one for the record in force: same id, date and answers (two
   * choices in one second share id and date). The user agent may have changed since; it is not compared.
   */
  const current = (record: ConsentRecord | null) => {
    const { l } = load();
    return l && record && JSON.stringify(l) === JSON.stringify(receiptOf(record, l.method, l.page, l.textHash, l.userAgent)) ? l : null;
  };

  /**
   * A beacon best survives the page unloading, but says nothing of the server's answer: a
   * receipt sent that way stays queued and is sent again by fetch on the next page view, where
   * the answer is seen (the server stores a repeat once). A 4xx is final: a resend would not change it.
   */
  const send = (r: unknown, beacon: boolean) => {
    const body = JSON.stringify(r);
    let sent = false;
    try {
      // Throws where there is no sendBeacon, or for a URL it refuses: then fetch has its chance.
      sent = beacon && win.navigator.sendBeacon(url!, body);
    } catch {}
    try {
      // A text/plain body with no-cors needs no preflight; a same-origin answer is still readable.
      if (!sent)
        win
          .fetch(url!, { method: 'POST', body, keepalive: true, mode: 'no-cors', credentials: 'include' })
          .then((res) => (res.type === 'opaque' || res.status < 500) && drop(body), () => {});
    } catch {
      // No fetch either: the receipt waits in the queue.
    }
  };

  ctx.onChoice((record, method) => {
    // Read what was shown and where now: by the time the hash is ready the page may have moved on.
    const text = ctx.shownText();
    const page = win.location.pathname;
    void sha256(text, win.crypto)
      .catch(() => null)
      .then((hash) => {
        const saved = load();
        const r = (saved.l = receiptOf(record, method, page, hash, win.navigator.userAgent));
        if (url) saved.p = [...saved.p, r].slice(-MAX_PENDING);
        save(saved);
        if (url) send(r, true);
      });
  });

  ctx.expose({
    exportConsent: () => {
      const record = ctx.record();
      if (!record) return null;
      const l = current(record);
      if (l) return l;
      // Chosen in another tab, or storage lost the receipt: what the record itself proves.
      const method = Object.values(record.categories)[0]?.method ?? 'api';
      return receiptOf(record, method, null, null, win.navigator.userAgent);
    },
  });

  if (!url) return;
  const saved = load();
  const l = current(ctx.record());
  // Receipts from earlier pages: never delivered, or by a beacon whose fate is unknown.
  for (const r of l && !saved.p.length && Date.now() - (saved.t ?? 0) > REFRESH_MS ? [l] : saved.p) send(r, false);
};
