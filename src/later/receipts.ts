// Proof of consent (GDPR Art. 7(1)): each choice becomes a receipt, sent to the site's own
// `receiptEndpoint`, whose Set-Cookie also re-issues the consent cookie (Safari caps cookies set
// by script at seven days, not ones set by the server). Sending never delays the UI, and a
// receipt not known to be stored waits in localStorage for the next page view.
import type { Feature } from '../boot/context';
import { receiptOf } from '../shared/receipt';

/** A shopper offline for weeks must not fill the site's storage with receipts. */
const MAX_PENDING = 10;

async function sha256(text: string | null, crypto: Crypto | undefined): Promise<string | null> {
  // crypto.subtle exists only in secure contexts (https, localhost): elsewhere no hash, still a receipt.
  if (text === null || !crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const receiptsFeature: Feature = (ctx) => {
  const { win } = ctx;
  const url = ctx.config.receiptEndpoint;
  const book = ctx.receipts;

  const drop = (body: string) => {
    const saved = book.load();
    saved.p = saved.p.filter((x) => JSON.stringify(x) !== body);
    saved.t = Date.now();
    book.save(saved);
  };

  /**
   * A beacon best survives the page unloading, but says nothing of the server's answer: a
   * receipt sent that way stays queued and is sent again by fetch on the next page view, where
   * the answer is seen (the server stores a repeat once). A 4xx is final (a resend would not
   * change it), except 408 and 429, which say "later". Both ways send application/json, which
   * the server requires: a cross-site form can post text/plain, never JSON.
   */
  const send = (r: unknown, beacon: boolean) => {
    const body = JSON.stringify(r);
    let sent = false;
    try {
      // Throws where there is no sendBeacon, or for a URL it refuses: then fetch has its chance.
      sent = beacon && win.navigator.sendBeacon(url!, new Blob([body], { type: 'application/json' }));
    } catch {}
    try {
      // The endpoint is the site's own: same-origin, so JSON needs no preflight and the answer is readable.
      if (!sent)
        win
          .fetch(url!, {
            method: 'POST',
            body,
            keepalive: true,
            mode: 'same-origin',
            credentials: 'include',
            headers: { 'content-type': 'application/json' },
          })
          .then(
            (res) => res.status < 500 && res.status !== 408 && res.status !== 429 && drop(body),
            () => {},
          );
    } catch {
      // No fetch either: the receipt waits in the queue.
    }
  };

  // Ended (destroy()): a hash still being computed must not send a receipt for a dead instance.
  let live = true;
  const stop = ctx.onChoice((record, method) => {
    // Read what was shown and where now: by the time the hash is ready the page may have moved on.
    const text = ctx.shownText();
    const page = win.location.pathname;
    void sha256(text, win.crypto)
      .catch(() => null)
      .then((hash) => {
        if (!live) return;
        const saved = book.load();
        const r = (saved.l = receiptOf(record, method, page, hash, win.navigator.userAgent));
        if (url) saved.p = [...saved.p, r].slice(-MAX_PENDING);
        book.save(saved);
        if (url) send(r, true);
      });
  });

  if (url) for (const r of book.due(ctx.record())) send(r, false);
  return () => {
    live = false;
    stop();
  };
};
