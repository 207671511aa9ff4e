// The receipt endpoint: a plain Node `(req, res)` handler, so it mounts in node:http, Express,
// Fastify or anything else that exposes Node's request and response. It checks a receipt
// strictly, stores it, and answers with a Set-Cookie that re-issues the consent cookie: a
// cookie set by the server keeps its full lifetime in Safari, one set by script lasts 7 days.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DAY_MS, FUTURE_TOLERANCE_MS } from '../shared/consent-record';
import { readBody } from './body';
import { consentDaysOf, consentSetCookie, readConsent, type CookieOptions } from './cookie';
import { jsonLinesStore } from './jsonl-store';
import { checkReceipt } from './receipt-schema';
import { cameOverHttps, clientAddress, ownOrigin, parseOrigins, rateLimiter, type ProxyOptions } from './request';
import { StoreFullError, type ReceiptStore } from './store';

export interface ReceiptHandlerOptions extends CookieOptions, ProxyOptions {
  /** Where receipts go. Default: the JSON-lines file `consentry-receipts.jsonl` in the working directory. */
  readonly store?: ReceiptStore;
  /** `cookie.domain` of the browser config, so the re-issued cookie covers the same hosts. */
  readonly domain?: string | null;
  /** Largest body accepted, in bytes. Default 8192 (a receipt is well under 1 KB). */
  readonly maxBytes?: number;
  /** Mark the cookie Secure. Default: when the request came over https (see `trustProxy`). */
  readonly secure?: boolean;
  /**
   * The site's own origins, such as `['https://shop.example', 'https://www.shop.example']`: a post
   * whose `Origin` is not one of them is refused (403). Default: the origin the request addressed
   * (`Host`, or `X-Forwarded-Host` and `-Proto` with `trustProxy`).
   */
  readonly origins?: readonly string[];
  /** Receipts accepted per client address per minute (429 with Retry-After past it), or false for none. Default 60. */
  readonly rateLimit?: number | false;
  /** The whole body must arrive within this many milliseconds, or the answer is 408. Default 10,000. */
  readonly bodyTimeoutMs?: number;
  /** Told about store failures (the client gets a 503) and a full store (507). Default: console.error. */
  readonly onError?: (error: unknown) => void;
}

export type ReceiptHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createReceiptHandler(options: ReceiptHandlerOptions = {}): ReceiptHandler {
  const consentDays = consentDaysOf(options);
  const store = options.store ?? jsonLinesStore({ path: 'consentry-receipts.jsonl' });
  const maxBytes = options.maxBytes ?? 8192;
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((e: unknown) => console.error('Consentry receipts: could not store a receipt:', e));

  const isHttps = (req: IncomingMessage): boolean => options.secure ?? cameOverHttps(req, options);
  const origins = options.origins === undefined ? null : parseOrigins(options.origins);
  const overRate = options.rateLimit === false ? () => 0 : rateLimiter(options.rateLimit ?? 60, now);
  const bodyTimeout = options.bodyTimeoutMs ?? 10_000;
  if (!Number.isSafeInteger(bodyTimeout) || bodyTimeout < 1)
    throw new TypeError('bodyTimeoutMs must be a whole number of milliseconds, such as 10000');

  return async (req, res) => {
    const answer = (status: number, problem?: string, headers: Record<string, string | string[]> = {}) => {
      if (res.headersSent) return;
      const body = problem ? JSON.stringify({ error: `receipt rejected: ${problem}` }) : '';
      res.writeHead(status, { 'cache-control': 'no-store', ...(body ? { 'content-type': 'application/json' } : {}), ...headers });
      res.end(body);
    };

    try {
      if (req.method !== 'POST') return answer(405, 'send it with POST', { allow: 'POST' });
      const wait = overRate(clientAddress(req, options));
      if (wait > 0) return answer(429, `too many receipts from this client; send it again in ${wait} s`, { 'retry-after': String(wait) });

      // A beacon or a form needs no CORS, so any site could post here: only the site's own pages
      // may. Browsers name the sender in Origin (and Sec-Fetch-Site on secure origins); a client
      // without Origin is not a browser page, and could send any header it liked anyway.
      const site = req.headers['sec-fetch-site'];
      if (site === 'cross-site') return answer(403, "receipts come from the site's own pages only (Sec-Fetch-Site: cross-site)");
      const origin = req.headers.origin;
      if (origin !== undefined && !(origins ? origins.has(origin) : origin === ownOrigin(req, options)))
        return answer(
          403,
          `receipts come from the site's own pages only: Origin ${origin.slice(0, 100)} is not one of the handler's origins (set the origins option to list every origin of the site)`,
        );
      const type = String(req.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim()
        .toLowerCase();
      // A cross-site form can send text/plain, never application/json. Scripts from before the
      // receipts were sent as JSON used a text/plain beacon; the browser vouches for those.
      if (type === 'text/plain' && site !== 'same-origin')
        return answer(
          403,
          'a text/plain receipt is accepted only from a same-origin page (Sec-Fetch-Site: same-origin); send it as application/json',
        );
      if (type !== 'application/json' && type !== 'text/plain') return answer(415, 'the body must be JSON sent as application/json');

      const body = await readBody(req, maxBytes, bodyTimeout);
      if (!body.ok) return answer(body.status, body.problem, body.status === 400 ? {} : { connection: 'close' });
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.text);
      } catch {
        return answer(400, 'the body is not valid JSON');
      }
      const checked = checkReceipt(parsed);
      if (!checked.ok) return answer(422, checked.problem);
      const receipt = checked.value;
      const time = Date.parse(receipt.time);
      if (time > now() + FUTURE_TOLERANCE_MS) return answer(422, '"time" is in the future');
      if (now() - time > consentDays * DAY_MS) return answer(422, `"time" is more than ${consentDays} days ago; that consent has expired`);

      // Only the shopper's own browser, holding the record's cookie, can speak for the record.
      const record = readConsent(req.headers.cookie, options);
      if (record?.id !== receipt.recordId)
        return answer(
          403,
          "a receipt is accepted only with the consent cookie of its record (recordId must be the id in the request's consent cookie)",
        );

      let stored: boolean;
      try {
        stored = await store.append(receipt, new Date(now()));
      } catch (e) {
        onError(e);
        if (e instanceof StoreFullError) return answer(507, 'the receipt store is full; the site operator has been told');
        return answer(503, 'the receipt store is unavailable; send it again later', { 'retry-after': '60' });
      }
      // Re-issue the cookie the browser sent: never invent one.
      const cookie = { 'set-cookie': consentSetCookie(record, { ...options, secure: isHttps(req) }) };
      return answer(stored ? 201 : 200, undefined, cookie);
    } catch (e) {
      onError(e);
      if (!res.headersSent) answer(500, 'the server failed; this is a bug in the receipt handler');
      else res.destroy();
    }
  };
}
