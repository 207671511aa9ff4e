// Proof of consent (GDPR Art. 7(1)): each choice becomes a receipt, sent to the site's own
// `receiptEndpoint`, whose Set-Cookie also re-issues the consent cookie (Safari caps cookies set
// by script at seven days, not ones set by the server). Sending never delays the UI, and a
// receipt not known to be stored waits in localStorage for the next page view.
import type { Feature } from './context';
import type { ConsentMethod, ConsentReceipt, ConsentRecord } from './types';

const KEY = 'consentry:receipts';
/** A shopper offline for weeks must not fill the site's storage with receipts. */
const MAX_PENDING = 10;

/** `l`: the last receipt (for `exportConsent()` on later pages); `p`: not yet handed over. */
interface Saved {
  l?: ConsentReceipt;
  p: ConsentReceipt[];
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

const iso = (record: ConsentRecord) => new Date(record.consentedAt).toISOString();

export const receiptOf = (
  record: ConsentRecord,
  method: ConsentMethod,
  page: string | null,
  textHash: string | null,
  nav: Navigator,
): ConsentReceipt => ({
  recordId: record.id,
  time: iso(record),
  revision: record.revision,
  choices: choicesOf(record),
  method,
  page,
  textHash,
  userAgent: nav.userAgent,
  signals: [...record.signals],
});

export const receiptsFeature: Feature = (ctx) => {
  const { win } = ctx;
  const url = ctx.config.receiptEndpoint;
  let saved: Saved = { p: [] };
  try {
    const s = JSON.parse(win.localStorage.getItem(KEY)!) as Saved;
    if (Array.isArray(s.p)) saved = s;
  } catch {
    // No storage (private mode, sandbox, a throwing getter) or garbage in it: start empty.
  }
  const save = () => {
    try {
      win.localStorage.setItem(KEY, JSON.stringify(saved));
    } catch {
      // The receipt still goes out now; it just cannot wait for a retry.
    }
  };

  const drop = (r: ConsentReceipt) => {
    saved.p = saved.p.filter((x) => x !== r);
    save();
  };

  /**
   * A beacon best survives the page unloading, but says nothing of the server's answer: a
   * receipt sent that way stays queued and is sent again by fetch on the next page view, where
   * the answer is seen (the server stores a repeat once). A 4xx is final: a resend would not change it.
   */
  const send = (r: ConsentReceipt, beacon: boolean) => {
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
          .then((res) => (res.type === 'opaque' || res.status < 500) && drop(r), () => {});
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
        saved.l = receiptOf(record, method, page, hash, win.navigator);
        if (!url) return save();
        saved.p = [...saved.p, saved.l].slice(-MAX_PENDING);
        save();
        send(saved.l, true);
      });
  });

  ctx.expose({
    exportConsent: () => {
      const record = ctx.record();
      if (!record) return null;
      const { l } = saved;
      if (l && l.recordId === record.id && l.time === iso(record)) return l;
      // Chosen in another tab, or storage lost the receipt: what the record itself proves.
      const method = Object.values(record.categories)[0]?.method ?? 'api';
      return receiptOf(record, method, null, null, win.navigator);
    },
  });

  // Receipts from earlier pages: never delivered, or by a beacon whose fate is unknown.
  if (url) for (const r of saved.p) send(r, false);
};
