// What a request says about where it came from, with one rule for proxies: `X-Forwarded-*`
// headers are believed only when the operator says a proxy sets them (`trustProxy`), because
// any client can send them.
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

export interface ProxyOptions {
  /** Believe `X-Forwarded-Proto`, `-Host` and `-For` from a proxy in front of Node. Default false. */
  readonly trustProxy?: boolean;
}

const first = (header: string | string[] | undefined): string | undefined => {
  const value = Array.isArray(header) ? header[0] : header;
  const part = value?.split(',')[0]?.trim();
  return part || undefined;
};

export function cameOverHttps(req: IncomingMessage, options: ProxyOptions): boolean {
  if ((req.socket as TLSSocket).encrypted === true) return true;
  return options.trustProxy === true && first(req.headers['x-forwarded-proto']) === 'https';
}

/** The origin the shopper's browser addressed, such as `https://shop.example`; undefined without a Host. */
export function ownOrigin(req: IncomingMessage, options: ProxyOptions): string | undefined {
  const host = (options.trustProxy === true && first(req.headers['x-forwarded-host'])) || req.headers.host;
  if (!host) return undefined;
  try {
    return new URL(`${cameOverHttps(req, options) ? 'https' : 'http'}://${host}`).origin;
  } catch {
    return undefined;
  }
}

/** The client's address, for limits per client: the proxy's first `X-Forwarded-For` entry when trusted. */
export function clientAddress(req: IncomingMessage, options: ProxyOptions): string {
  return (options.trustProxy === true && first(req.headers['x-forwarded-for'])) || req.socket.remoteAddress || 'unknown';
}

/** The site's own origins from the `origins` option, checked once when the handler is created. */
export function parseOrigins(origins: readonly string[]): Set<string> {
  if (!Array.isArray(origins) || origins.length === 0)
    throw new TypeError('origins must be a list of the site\'s origins, such as ["https://shop.example"]');
  return new Set(
    origins.map((o) => {
      let url: URL;
      try {
        url = new URL(o);
      } catch {
        throw new TypeError(`origins: "${o}" is not an origin; write it as https://shop.example`);
      }
      if (url.origin === 'null' || url.origin !== o.replace(/\/$/, ''))
        throw new TypeError(`origins: "${o}" is not an origin; write only scheme, host and port, as ${url.origin}`);
      return url.origin;
    }),
  );
}

/** A fixed window per client and minute. Memory is one counter per client seen this minute. */
export function rateLimiter(perMinute: number, now: () => number): (client: string) => number {
  if (!Number.isSafeInteger(perMinute) || perMinute < 1)
    throw new TypeError('rateLimit must be a whole number of receipts per client per minute (default 60), or false');
  let windowEnd = 0;
  let counts = new Map<string, number>();
  /** Seconds until the client may send again; 0 when this request is within the limit. */
  return (client) => {
    const t = now();
    if (t >= windowEnd) {
      windowEnd = t + 60_000;
      counts = new Map();
    }
    const n = (counts.get(client) ?? 0) + 1;
    counts.set(client, n);
    return n > perMinute ? Math.max(1, Math.ceil((windowEnd - t) / 1000)) : 0;
  };
}
