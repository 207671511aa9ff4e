// The receipt endpoint: a plain Node `(req, res)` handler, so it mounts in node:http, Express,
// Fastify or anything else that exposes Node's request and response. It checks a receipt
// strictly, stores it, and answers with a Set-Cookie that re-issues the consent cookie: a
// cookie set by the server keeps its full lifetime in Safari, one set by script lasts 7 days.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { DAY_MS, FUTURE_TOLERANCE_MS } from '../shared/consent-record';
import { readBody } from './body';
import { consentDaysOf, consentSetCookie, readConsent, type CookieOptions } from './cookie';
import { jsonLinesStore } from './jsonl-store';
import { checkReceipt } from './receipt-schema';
import type { ReceiptStore } from './store';

export interface ReceiptHandlerOptions extends CookieOptions {
  /** Where receipts go. Default: the JSON-lines file `consentry-receipts.jsonl` in the working directory. */
  readonly store?: ReceiptStore;
  /** `cookie.domain` of the browser config, so the re-issued cookie covers the same hosts. */
  readonly domain?: string | null;
  /** Largest body accepted, in bytes. Default 8192 (a receipt is well under 1 KB). */
  readonly maxBytes?: number;
  /** Mark the cookie Secure. Default: when the request came over https (see `trustProxy`). */
  readonly secure?: boolean;
  /** Believe `X-Forwarded-Proto` from a TLS-terminating proxy in front of Node. Default false. */
  readonly trustProxy?: boolean;
  /** Told about store failures (the client gets a 503). Default: console.error. */
  readonly onError?: (error: unknown) => void;
}

export type ReceiptHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createReceiptHandler(options: ReceiptHandlerOptions = {}): ReceiptHandler {
  const consentDays = consentDaysOf(options);
  const store = options.store ?? jsonLinesStore({ path: 'consentry-receipts.jsonl' });
  const maxBytes = options.maxBytes ?? 8192;
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((e: unknown) => console.error('Consentry receipts: could not store a receipt:', e));

  const isHttps = (req: IncomingMessage): boolean => {
    if (options.secure !== undefined) return options.secure;
    if ((req.socket as TLSSocket).encrypted === true) return true;
    const proto = req.headers['x-forwarded-proto'];
    return options.trustProxy === true && typeof proto === 'string' && proto.split(',')[0]!.trim() === 'https';
  };

  return async (req, res) => {
    const answer = (status: number, problem?: string, headers: Record<string, string | string[]> = {}) => {
      if (res.headersSent) return;
      const body = problem ? JSON.stringify({ error: `receipt rejected: ${problem}` }) : '';
      res.writeHead(status, { 'cache-control': 'no-store', ...(body ? { 'content-type': 'application/json' } : {}), ...headers });
      res.end(body);
    };

    try {
      if (req.method !== 'POST') return answer(405, 'send it with POST', { allow: 'POST' });
      // A beacon needs no CORS, so any site could post receipts here; browsers say when one did.
      if (req.headers['sec-fetch-site'] === 'cross-site') return answer(403, "receipts come from the site's own pages only (Sec-Fetch-Site: cross-site)");
      const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      // sendBeacon sends a string as text/plain; both carry the same JSON.
      if (type !== 'application/json' && type !== 'text/plain') return answer(415, 'the body must be JSON sent as application/json or text/plain');

      const body = await readBody(req, maxBytes);
      if (!body.ok) return answer(body.status, body.problem, body.status === 413 ? { connection: 'close' } : {});
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

      let stored: boolean;
      try {
        stored = await store.append(receipt, new Date(now()));
      } catch (e) {
        onError(e);
        return answer(503, 'the receipt store is unavailable; send it again later', { 'retry-after': '60' });
      }
      // Re-issue the cookie the browser sent, if it holds a valid record: never invent one.
      const record = readConsent(req.headers.cookie, options);
      const cookie: Record<string, string> = record ? { 'set-cookie': consentSetCookie(record, { ...options, secure: isHttps(req) }) } : {};
      return answer(stored ? 201 : 200, undefined, cookie);
    } catch (e) {
      onError(e);
      if (!res.headersSent) answer(500, 'the server failed; this is a bug in the receipt handler');
      else res.destroy();
    }
  };
}
