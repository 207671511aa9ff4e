// The receipt endpoint over real HTTP: what it stores, what it refuses (and how clearly), the
// cookie it re-issues, and that no body, however hostile, takes it down.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, Agent, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY_MS, encodeRecord } from '../../src/shared/consent-record';
import { createReceiptHandler, type ReceiptHandlerOptions } from '../../src/server/handler';
import { jsonLinesStore } from '../../src/server/jsonl-store';
import { StoreFullError, type ReceiptStore } from '../../src/server/store';
import type { ConsentRecord } from '../../src/shared/types';
import { NOW, jsonLinesKind, postgresKind, receipt, recordId, type StoreKind } from './support';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

async function serve(options: ReceiptHandlerOptions) {
  // The rate limit has its own tests; here every request comes from 127.0.0.1.
  const handler = createReceiptHandler({ now: () => NOW, rateLimit: false, ...options });
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  /** As the site's own page sends it: JSON, its Origin, and the consent cookie of the receipt's record. */
  const send = (body: string | Buffer | null, headers: Record<string, string> = {}, method = 'POST', chunks?: Buffer[]) =>
    new Promise<Reply>((resolve, reject) => {
      let answered = false;
      const own = { 'content-type': 'application/json', origin, ...cookieFor(body), ...headers };
      const req = request({ host: '127.0.0.1', port, path: '/consent', method, agent, headers: own }, (res) => {
        answered = true;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
      });
      // A server that answers 413 mid-upload may close before we finish writing: the reply is what counts.
      req.on('error', (e: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(e.code ?? '') ? undefined : reject(e)));
      if (chunks) {
        // Like a real client, stop uploading once the server has answered.
        const next = (i: number) => (i < chunks.length && !answered ? req.write(chunks[i], () => next(i + 1)) : req.end());
        next(0);
      } else req.end(body ?? undefined);
    });
  return { send, origin, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const kinds: StoreKind[] = [jsonLinesKind(), postgresKind()];
afterAll(async () => {
  agent.destroy();
  await Promise.all(kinds.map((k) => k.cleanup()));
});

/** A consent record as the browser's cookie holds it, chosen ten days before NOW. */
const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  version: 1,
  id: recordId(),
  consentedAt: NOW - 10 * DAY_MS,
  revision: 2,
  categories: {
    preferences: { granted: true, method: 'banner' },
    analytics: { granted: true, method: 'banner' },
    marketing: { granted: false, method: 'banner' },
  },
  vendors: { hotjar: false },
  seenVendors: ['hotjar', 'ga4'],
  signals: [],
  ...over,
});
const receiptOf = (r: ConsentRecord) => receipt({ recordId: r.id, time: new Date(r.consentedAt).toISOString(), revision: r.revision });
const cookieHeader = (r: ConsentRecord) => `theme=dark; consentry=${encodeRecord(r)}; other=1`;
/** The cookie header a shopper's browser holding the body's record would send. */
function cookieFor(body: string | Buffer | null): { cookie?: string } {
  try {
    const id = (JSON.parse(String(body)) as { recordId?: unknown }).recordId;
    return typeof id === 'string' ? { cookie: cookieHeader(record({ id })) } : {};
  } catch {
    return {};
  }
}

describe.each(kinds)('the receipt endpoint with the $name store', (kind) => {
  let store: ReceiptStore;
  let http: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    store = kind.open({ now: () => NOW });
    http = await serve({ store });
  });
  afterAll(async () => {
    await http.close();
    await store.close();
  });

  it('stores a valid receipt and answers 201', async () => {
    const r = receipt();
    const reply = await http.send(JSON.stringify(r));
    expect(reply.status).toBe(201);
    expect(await store.lookup(r.recordId)).toEqual([{ receipt: r, receivedAt: new Date(NOW).toISOString() }]);
  });

  it('accepts a text/plain receipt from a same-origin page, as scripts from before JSON beacons send it', async () => {
    const r = receipt();
    expect(
      (await http.send(JSON.stringify(r), { 'content-type': 'text/plain;charset=UTF-8', 'sec-fetch-site': 'same-origin' })).status,
    ).toBe(201);
  });

  it('answers 200 to a retried receipt and stores it once', async () => {
    const r = receipt();
    expect((await http.send(JSON.stringify(r))).status).toBe(201);
    expect((await http.send(JSON.stringify(r))).status).toBe(200);
    expect(await store.lookup(r.recordId)).toHaveLength(1);
  });

  it('stores 1,000 receipts posted in parallel, none lost and none duplicated', async () => {
    const ids = Array.from({ length: 100 }, () => recordId());
    const receipts = Array.from({ length: 1000 }, (_, i) => receipt({ recordId: ids[i % 100]!, page: `/p/${i}` }));
    // Every tenth is sent twice at the same moment, as a retry racing its original would be.
    const posts = [...receipts, ...receipts.filter((_, i) => i % 10 === 0)].map((r) => http.send(JSON.stringify(r)));
    const replies = await Promise.all(posts);
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1000);
    expect(replies.filter((r) => r.status === 200)).toHaveLength(100);
    const stored = (await Promise.all(ids.map((id) => store.lookup(id)))).flat();
    expect(stored).toHaveLength(1000);
    expect(new Set(stored.map((e) => e.receipt.page)).size).toBe(1000);
  });
});

describe('the receipt endpoint refuses hostile bodies with a 4xx and keeps working', () => {
  let store: ReceiptStore;
  let http: Awaited<ReturnType<typeof serve>>;
  const errors = vi.fn();
  const kind = kinds[0]!;
  beforeAll(async () => {
    store = kind.open({ now: () => NOW });
    http = await serve({ store, onError: errors });
  });
  afterAll(async () => {
    await http.close();
    await store.close();
  });

  const valid = receipt();
  const withField = (key: string, value: unknown) => JSON.stringify({ ...valid, [key]: value });
  const without = (key: string) => JSON.stringify(Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)));

  const cases: Array<[string, string, number, RegExp]> = [
    ['malformed JSON', '{"recordId": "abc", ', 400, /not valid JSON/],
    ['an empty body', '', 400, /not valid JSON/],
    ['a JSON array', '[1,2,3]', 422, /JSON object/],
    ['JSON null', 'null', 422, /JSON object/],
    ['a JSON string', '"receipt"', 422, /JSON object/],
    ['deeply nested arrays', '['.repeat(4000) + ']'.repeat(4000), 422, /JSON object/],
    ['an extra key', withField('ip', '203.0.113.9'), 422, /"ip" is not a receipt key/],
    ['a __proto__ key', JSON.stringify(valid).replace(/^\{/, '{"__proto__":{"admin":true},'), 422, /"__proto__" is not a receipt key/],
    ['a constructor key', withField('constructor', { prototype: { admin: true } }), 422, /"constructor" is not a receipt key/],
    ['a __proto__ choice', JSON.stringify(valid).replace('"choices":{', '"choices":{"__proto__":true,'), 422, /choices.__proto__/],
    ['a missing key', without('method'), 422, /"method" is missing/],
    ['a numeric record id', withField('recordId', 1234567890123456), 422, /recordId/],
    ['a record id of the wrong shape', withField('recordId', '../../etc/passwd'), 422, /recordId/],
    ['a time that is not a date', withField('time', 'yesterday'), 422, /"time"/],
    ['a time without milliseconds and zone', withField('time', '2026-11-24T12:00:00'), 422, /"time"/],
    ['an impossible date', withField('time', '2026-02-30T12:00:00.000Z'), 422, /"time"/],
    ['a time in the future', withField('time', new Date(NOW + DAY_MS).toISOString()), 422, /future/],
    ['a time older than the consent period', withField('time', new Date(NOW - 731 * DAY_MS).toISOString()), 422, /expired/],
    ['a string revision', withField('revision', '2'), 422, /revision/],
    ['a fractional revision', withField('revision', 2.5), 422, /revision/],
    ['a negative revision', withField('revision', -1), 422, /revision/],
    ['choices as a list', withField('choices', ['analytics']), 422, /choices/],
    ['a choice that is not a boolean', withField('choices', { analytics: 'yes' }), 422, /choices.analytics/],
    ['a choice with an upper-case id', withField('choices', { Analytics: true }), 422, /choices.Analytics/],
    [
      'too many choices',
      withField('choices', Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`c${i}`, true]))),
      422,
      /at most 200/,
    ],
    ['an unknown method', withField('method', 'telepathy'), 422, /method/],
    ['a page with a query string', withField('page', '/checkout?email=a@b.c'), 422, /page/],
    ['a page with a fragment', withField('page', '/cameras#reviews'), 422, /page/],
    ['a full URL as page', withField('page', 'https://shop.example/'), 422, /page/],
    ['a page with a newline', withField('page', '/a\nforged: line'), 422, /page/],
    ['a text hash that is not hex', withField('textHash', 'z'.repeat(64)), 422, /textHash/],
    ['a text hash as a number', withField('textHash', 12), 422, /textHash/],
    ['a user agent as an object', withField('userAgent', { name: 'x' }), 422, /userAgent/],
    ['an overlong user agent', withField('userAgent', 'A'.repeat(513)), 422, /userAgent/],
    ['an unknown signal', withField('signals', ['dnt', 'telemetry']), 422, /signals/],
    ['a repeated signal', withField('signals', ['gpc', 'gpc']), 422, /signals/],
  ];

  it.each(cases)('refuses %s', async (_, body, status, problem) => {
    const reply = await http.send(body);
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body).error).toMatch(problem);
  });

  it('refuses a body over the size limit by its declared length, without reading it', async () => {
    const reply = await http.send(Buffer.alloc(1_000_000, 'a'));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error).toMatch(/at most 8192 bytes/);
  });

  it('refuses an endless chunked upload once it passes the limit', async () => {
    const chunks = Array.from({ length: 200 }, () => Buffer.alloc(16_384, '['));
    const reply = await http.send(null, { 'transfer-encoding': 'chunked' }, 'POST', chunks);
    expect(reply.status).toBe(413);
  });

  it('refuses a body that is not UTF-8', async () => {
    const reply = await http.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error).toMatch(/UTF-8/);
  });

  it('refuses other content types with 415', async () => {
    const reply = await http.send(JSON.stringify(valid), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(reply.status).toBe(415);
  });

  it('refuses other methods with 405 and says which one to use', async () => {
    const reply = await http.send(null, {}, 'GET');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('POST');
  });

  it("refuses a receipt another site's page sent (Sec-Fetch-Site: cross-site) with 403", async () => {
    const reply = await http.send(JSON.stringify(receipt()), { 'sec-fetch-site': 'cross-site' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toMatch(/own pages/);
  });

  it('accepts receipts from the same site, such as a subdomain (Sec-Fetch-Site: same-site)', async () => {
    expect((await http.send(JSON.stringify(receipt()), { 'sec-fetch-site': 'same-site' })).status).toBe(201);
    expect((await http.send(JSON.stringify(receipt()), { 'sec-fetch-site': 'same-origin' })).status).toBe(201);
  });

  it('sets no cookie on a refused receipt', async () => {
    const r = record();
    const reply = await http.send(withField('extra', 1), { cookie: cookieHeader(r) });
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('stored none of them, reported no failure, and still stores a valid receipt', async () => {
    for (const [, body] of cases) await http.send(body);
    const reply = await http.send(JSON.stringify(valid));
    expect(reply.status).toBe(201);
    expect(await store.lookup(valid.recordId)).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe('the re-issued consent cookie', () => {
  let store: ReceiptStore;
  beforeAll(() => {
    store = kinds[0]!.open({ now: () => NOW });
  });
  afterAll(() => store.close());

  const setCookieFor = async (options: ReceiptHandlerOptions, r: ConsentRecord, headers: Record<string, string> = {}) => {
    const http = await serve({ store, ...options });
    try {
      const reply = await http.send(JSON.stringify(receiptOf(r)), { cookie: cookieHeader(r), ...headers });
      expect(reply.status).toBe(201);
      return reply.headers['set-cookie'];
    } finally {
      await http.close();
    }
  };
  const attributes = (setCookie: string[] | undefined) => {
    expect(setCookie).toHaveLength(1);
    const [pair, ...attrs] = setCookie![0]!.split('; ');
    return { pair, attrs: Object.fromEntries(attrs.map((a) => [a.split('=')[0]!.toLowerCase(), a.split('=')[1] ?? true])) };
  };

  it('carries the same record, expiring consentDays after the consent date', async () => {
    const r = record();
    const { pair, attrs } = attributes(await setCookieFor({}, r));
    expect(pair).toBe(`consentry=${encodeRecord(r)}`);
    expect(attrs).toEqual({ expires: new Date(r.consentedAt + 730 * DAY_MS).toUTCString(), path: '/', samesite: 'Lax' });
  });

  it('follows a shorter consent period and the site cookie name and domain', async () => {
    const r = record();
    const http = await serve({ store, consentDays: 365, cookieName: 'shop_consent', domain: 'shop.example' });
    try {
      const reply = await http.send(JSON.stringify(receiptOf(r)), { cookie: `shop_consent=${encodeRecord(r)}` });
      const { pair, attrs } = attributes(reply.headers['set-cookie']);
      expect(pair).toBe(`shop_consent=${encodeRecord(r)}`);
      expect(attrs.expires).toBe(new Date(r.consentedAt + 365 * DAY_MS).toUTCString());
      expect(attrs.domain).toBe('shop.example');
    } finally {
      await http.close();
    }
  });

  it('is Secure when the request came over https through a trusted proxy', async () => {
    const { attrs } = attributes(
      await setCookieFor({ trustProxy: true }, record(), {
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'shop.example',
        origin: 'https://shop.example',
      }),
    );
    expect(attrs.secure).toBe(true);
  });

  it('ignores X-Forwarded-Proto unless the proxy is trusted', async () => {
    const { attrs } = attributes(await setCookieFor({}, record(), { 'x-forwarded-proto': 'https' }));
    expect(attrs.secure).toBeUndefined();
  });

  it('is not set, and the receipt refused, when the request carries no valid consent cookie of its record', async () => {
    const http = await serve({ store });
    try {
      const r = receipt();
      const none = await http.send(JSON.stringify(r), { cookie: '' });
      const expired = record({ id: r.recordId, consentedAt: NOW - 731 * DAY_MS });
      const old = await http.send(JSON.stringify(r), { cookie: `consentry=${encodeRecord(expired)}` });
      const garbage = await http.send(JSON.stringify(r), { cookie: 'consentry=1.garbage' });
      expect([none, old, garbage].map((r) => [r.status, r.headers['set-cookie']])).toEqual([
        [403, undefined],
        [403, undefined],
        [403, undefined],
      ]);
    } finally {
      await http.close();
    }
  });

  // Cookie tossing: a sibling subdomain sets a second consent cookie, here with the shopper's own
  // record id and everything granted (the id is readable from any domain-wide cookie). The
  // handler must neither take the forged one for the record nor re-issue it as the site's own.
  it.each(['consentry', '__Host-consentry'])(
    'is not set, and the receipt refused, when the request carries two different %s cookies',
    async (name) => {
      const own = record();
      const forged = record({ id: own.id, categories: { marketing: { granted: true, method: 'banner' } }, vendors: { hotjar: true } });
      const http = await serve({ store, cookieName: name });
      try {
        const r = receiptOf(forged);
        const reply = await http.send(JSON.stringify(r), { cookie: `${name}=${encodeRecord(forged)}; ${name}=${encodeRecord(own)}` });
        expect([reply.status, reply.headers['set-cookie']]).toEqual([403, undefined]);
        expect(await store.lookup(own.id)).toEqual([]);
      } finally {
        await http.close();
      }
    },
  );

  it('is not set for a record older than the configured revision', async () => {
    const r = record({ revision: 1 });
    const http = await serve({ store, revision: 2 });
    try {
      const reply = await http.send(JSON.stringify(receiptOf(r)), { cookie: cookieHeader(r) });
      expect(reply.headers['set-cookie']).toBeUndefined();
    } finally {
      await http.close();
    }
  });
});

describe('when the store fails', () => {
  it('answers 503 with Retry-After and reports the error, and the server lives on', async () => {
    const errors = vi.fn();
    const broken: ReceiptStore = {
      append: () => Promise.reject(new Error('disk full')),
      lookup: async () => [],
      erase: async () => 0,
      purgeExpired: async () => 0,
      close: async () => {},
    };
    const http = await serve({ store: broken, onError: errors });
    try {
      const reply = await http.send(JSON.stringify(receipt()));
      expect(reply.status).toBe(503);
      expect(reply.headers['retry-after']).toBe('60');
      expect(errors).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
      expect((await http.send('{')).status).toBe(400);
    } finally {
      await http.close();
    }
  });
});

describe('behind a framework that read the body first', () => {
  it('uses the body the framework kept (express.text(), Fastify)', async () => {
    const kind = kinds[0]!;
    const store = kind.open({ now: () => NOW });
    const handler = createReceiptHandler({ store, now: () => NOW, rateLimit: false });
    const server = createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        (req as typeof req & { body?: unknown }).body = text;
        void handler(req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const r = receipt();
    const res = await fetch(`http://127.0.0.1:${port}/consent`, {
      method: 'POST',
      body: JSON.stringify(r),
      headers: { 'content-type': 'application/json', ...cookieFor(JSON.stringify(r)) },
    });
    expect(res.status).toBe(201);
    expect(await store.lookup(r.recordId)).toHaveLength(1);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  });

  it('says how to mount it when the body was consumed and not kept', async () => {
    const handler = createReceiptHandler({ store: kinds[0]!.open({ now: () => NOW }), now: () => NOW });
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => void handler(req, res));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/consent`, {
      method: 'POST',
      body: JSON.stringify(receipt()),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/mount it before body parsers/);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});

describe.each(kinds)('who may write a receipt, with the $name store', (kind) => {
  let store: ReceiptStore;
  let http: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    store = kind.open({ now: () => NOW });
    http = await serve({ store });
  });
  afterAll(async () => {
    await http.close();
    await store.close();
  });

  it("refuses a text/plain form that another site's page posts, and stores nothing", async () => {
    const r = receipt();
    // What a <form enctype="text/plain"> on evil.example sends to a plain-http shop: no Sec-Fetch-Site.
    const reply = await http.send(JSON.stringify(r), { 'content-type': 'text/plain', origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(await store.lookup(r.recordId)).toEqual([]);
  });

  it('refuses a text/plain body that no browser vouches for as same-origin', async () => {
    const reply = await http.send(JSON.stringify(receipt()), { 'content-type': 'text/plain' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toMatch(/application\/json/);
  });

  it("refuses JSON from an origin that is not the site's own", async () => {
    const reply = await http.send(JSON.stringify(receipt()), { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toMatch(/origins option/);
  });

  it('refuses a receipt for a record id that is not the one in the consent cookie', async () => {
    const victim = receipt();
    const reply = await http.send(JSON.stringify(victim), { cookie: cookieHeader(record()) });
    expect(reply.status).toBe(403);
    expect(await store.lookup(victim.recordId)).toEqual([]);
  });

  it('refuses a lone surrogate in the user agent with 422, as PostgreSQL could not store it', async () => {
    const reply = await http.send(JSON.stringify(receipt({ userAgent: 'Mozilla \udc00' })));
    expect(reply.status).toBe(422);
    expect(JSON.parse(reply.body).error).toMatch(/userAgent/);
  });

  it('refuses a lone surrogate in the page with 422', async () => {
    const reply = await http.send(JSON.stringify(receipt({ page: '/a\ud800b' })));
    expect(reply.status).toBe(422);
  });
});

describe('the origins a receipt may come from', () => {
  let store: ReceiptStore;
  beforeAll(() => {
    store = kinds[0]!.open({ now: () => NOW });
  });
  afterAll(() => store.close());

  it('are the listed origins when the origins option is set', async () => {
    const http = await serve({ store, origins: ['https://shop.example', 'https://www.shop.example'] });
    try {
      expect((await http.send(JSON.stringify(receipt()), { origin: 'https://www.shop.example' })).status).toBe(201);
      expect((await http.send(JSON.stringify(receipt()), { origin: http.origin })).status).toBe(403);
    } finally {
      await http.close();
    }
  });

  it('are the forwarded host and protocol behind a trusted proxy', async () => {
    const http = await serve({ store, trustProxy: true });
    try {
      const forwarded = { 'x-forwarded-host': 'shop.example', 'x-forwarded-proto': 'https' };
      expect((await http.send(JSON.stringify(receipt()), { ...forwarded, origin: 'https://shop.example' })).status).toBe(201);
      expect((await http.send(JSON.stringify(receipt()), { ...forwarded, origin: http.origin })).status).toBe(403);
    } finally {
      await http.close();
    }
  });

  it('ignore X-Forwarded-Host unless the proxy is trusted', async () => {
    const http = await serve({ store });
    try {
      const reply = await http.send(JSON.stringify(receipt()), { 'x-forwarded-host': 'evil.example', origin: 'http://evil.example' });
      expect(reply.status).toBe(403);
    } finally {
      await http.close();
    }
  });
});

describe('the limits of the receipt endpoint', () => {
  let store: ReceiptStore;
  beforeAll(() => {
    store = kinds[0]!.open({ now: () => NOW });
  });
  afterAll(() => store.close());

  it('answers 429 with Retry-After to a client over the rate, and not below it', async () => {
    const http = await serve({ store, rateLimit: 5 });
    try {
      const replies = [];
      for (let i = 0; i < 6; i++) replies.push(await http.send(JSON.stringify(receipt())));
      expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 429]);
      expect(Number(replies[5]!.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await http.close();
    }
  });

  it('limits each client by its forwarded address behind a trusted proxy', async () => {
    const http = await serve({ store, rateLimit: 1, trustProxy: true });
    try {
      const from = (ip: string) => ({ 'x-forwarded-for': `${ip}, 10.0.0.1` });
      expect((await http.send(JSON.stringify(receipt()), from('203.0.113.1'))).status).toBe(201);
      expect((await http.send(JSON.stringify(receipt()), from('203.0.113.2'))).status).toBe(201);
      expect((await http.send(JSON.stringify(receipt()), from('203.0.113.1'))).status).toBe(429);
    } finally {
      await http.close();
    }
  });

  it('answers 408 to a body that trickles in slower than the timeout', async () => {
    const http = await serve({ store, bodyTimeoutMs: 300 });
    try {
      const body = Buffer.from(JSON.stringify(receipt()));
      const started = Date.now();
      const reply = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: http.port,
            path: '/consent',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': body.length },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode!);
          },
        );
        req.on('error', (e: NodeJS.ErrnoException) => (['EPIPE', 'ECONNRESET'].includes(e.code ?? '') ? undefined : reject(e)));
        let i = 0;
        const drip = setInterval(() => (i < body.length ? req.write(body.subarray(i, ++i)) : clearInterval(drip)), 100);
        req.on('close', () => clearInterval(drip));
      });
      expect(reply).toBe(408);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await http.close();
    }
  });
});

describe('a full JSON-lines store', () => {
  it('answers 507 to a new receipt at maxStoreBytes, tells the operator, and keeps what it stored', async () => {
    const errors = vi.fn();
    const dir = mkdtempSync(join(tmpdir(), 'consentry-cap-'));
    const one = Buffer.byteLength(JSON.stringify(receipt())) + 120; // a stored line: the receipt, its key and date
    const store = jsonLinesStore({ path: join(dir, 'r.jsonl'), now: () => NOW, maxStoreBytes: 2 * one });
    const http = await serve({ store, onError: errors });
    try {
      const sent = [receipt(), receipt(), receipt()];
      const replies = [];
      for (const r of sent) replies.push((await http.send(JSON.stringify(r))).status);
      expect(replies).toEqual([201, 201, 507]);
      expect(errors).toHaveBeenCalledWith(expect.any(StoreFullError));
      expect(await store.lookup(sent[0]!.recordId)).toHaveLength(1);
    } finally {
      await http.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
