// The browser half of proof of consent: what a receipt holds, how it leaves the page without
// holding up the UI, and how one the browser would not take waits for the next page view.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Cookies from 'js-cookie';
import { createCore, printed, startCore } from '../../../src/boot/core';
import { createConsentry } from '../../../src/index';
import { DAY_MS, encodeRecord } from '../../../src/shared/consent-record';
import type { Feature } from '../../../src/boot/context';
import { receiptsFeature } from '../../../src/later/receipts';
import { receiptExportFeature } from '../../../src/boot/receipt-export';
import type { ConsentReceipt } from '../../../src/shared/types';
import { catalog } from '../fixtures';

const ENDPOINT = '/consent-receipts';
const SHOWN = 'Cookies on this site\nWe use optional cookies...\nAccept all\nReject all\nManage preferences';
const config = { vendors: ['stats', 'heatmap', 'ads'], receiptEndpoint: ENDPOINT, revision: 3 };

/** Stands in for the UI: it reports the banner text it showed, as the real one does. */
const bannerShown: Feature = (ctx) => ctx.noteShownText(SHOWN);
/** Each test's cores are ended after it, so a receipt still being hashed cannot reach the next test's beacon. */
const ends: Array<() => void> = [];
const start = (cfg: unknown = config) => {
  const core = startCore(cfg, { catalog, features: [receiptExportFeature, receiptsFeature, bannerShown], problems: printed(() => {}) });
  ends.push(core.stop);
  return core.api;
};

let beacon: ReturnType<typeof vi.fn>;
let fetchMock: ReturnType<typeof vi.fn>;

const sentBodies = (mock: ReturnType<typeof vi.fn>, bodyAt: (call: unknown[]) => unknown) =>
  mock.mock.calls.map((call) => JSON.parse(bodyAt(call) as string) as ConsentReceipt);
/** A Blob that keeps its text readable synchronously, as the beacon's body is checked right away. */
class ReadableBlob extends Blob {
  readonly source: string;
  constructor(parts: string[], options?: BlobPropertyBag) {
    super(parts, options);
    this.source = parts.join('');
  }
}
const beacons = () => sentBodies(beacon, (c) => (c[1] as ReadableBlob).source);
const fetches = () => sentBodies(fetchMock, (c) => (c[1] as RequestInit).body);
const pending = () => JSON.parse(localStorage.getItem('consentry:receipts') ?? '{"p":[]}').p as ConsentReceipt[];

beforeEach(() => {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
  localStorage.clear();
  history.replaceState(null, '', '/');
  beacon = vi.fn(() => true);
  fetchMock = vi.fn(async () => new Response(null, { status: 201 }));
  Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true, writable: true });
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('Blob', ReadableBlob);
});
afterEach(() => {
  ends.splice(0).forEach((end) => end());
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('receipts', () => {
  it('sends a receipt of the choice by sendBeacon to receiptEndpoint', async () => {
    const c = start();
    c.setConsent({ analytics: true, marketing: false, preferences: false, ads: true });
    await vi.waitFor(() => expect(beacon).toHaveBeenCalledTimes(1));
    const record = c.getConsent()!;
    expect(beacon.mock.calls[0]![0]).toBe(ENDPOINT);
    expect(beacons()[0]).toEqual({
      recordId: record.id,
      time: new Date(record.consentedAt).toISOString(),
      revision: 3,
      choices: { analytics: true, marketing: false, preferences: false, ads: true },
      method: 'api',
      page: '/',
      textHash: createHash('sha256').update(SHOWN).digest('hex'),
      userAgent: navigator.userAgent,
      signals: [],
    });
  });

  it('sends the beacon as application/json, which no cross-site form can send', async () => {
    start().rejectAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalledTimes(1));
    expect((beacon.mock.calls[0]![1] as Blob).type).toBe('application/json');
  });

  it('keeps only the page path: no query string, no fragment', async () => {
    history.replaceState(null, '', '/cameras/x100?email=shopper%40example.com&utm=1#reviews');
    start().acceptAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalled());
    expect(beacons()[0]!.page).toBe('/cameras/x100');
    expect((beacon.mock.calls[0]![1] as ReadableBlob).source).not.toMatch(/email|utm|reviews/);
  });

  it('records how the choice was made', async () => {
    const c = createCore(config, {
      catalog,
      log: () => {},
      features: [receiptExportFeature, receiptsFeature, (ctx) => void queueMicrotask(() => ctx.choose('none', 'banner'))],
    });
    await vi.waitFor(() => expect(beacon).toHaveBeenCalled());
    expect(beacons()[0]!.method).toBe('banner');
    expect(c.isAllowed('analytics')).toBe(false);
  });

  it('sends no text hash when no banner text was shown', async () => {
    createCore(config, { catalog, features: [receiptExportFeature, receiptsFeature], log: () => {} }).acceptAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalled());
    expect(beacons()[0]!.textHash).toBeNull();
  });

  it('sends a receipt for every choice, changed or not', async () => {
    const c = start();
    c.acceptAll();
    c.acceptAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalledTimes(2));
  });

  it('never delays the choice: it applies at once and the receipt leaves afterwards', async () => {
    const c = start();
    c.acceptAll();
    expect(c.isAllowed('analytics')).toBe(true);
    expect(beacon).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalledTimes(1));
  });

  it('falls back to fetch with keepalive when sendBeacon refuses the receipt', async () => {
    beacon.mockReturnValue(false);
    start().rejectAll();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(ENDPOINT);
    expect(init).toMatchObject({
      method: 'POST',
      keepalive: true,
      credentials: 'include',
      mode: 'same-origin',
      headers: { 'content-type': 'application/json' },
    });
    expect(fetches()[0]!.choices).toEqual({ preferences: false, analytics: false, marketing: false });
    await vi.waitFor(() => expect(pending()).toEqual([]));
  });

  it('falls back to fetch when the browser has no sendBeacon', async () => {
    Object.defineProperty(navigator, 'sendBeacon', { value: undefined, configurable: true });
    start().acceptAll();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
  });

  it('falls back to fetch when sendBeacon throws', async () => {
    beacon.mockImplementation(() => {
      throw new TypeError('Illegal invocation');
    });
    start().acceptAll();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
  });

  it('keeps a receipt that could not be sent and sends it on the next page view', async () => {
    beacon.mockReturnValue(false);
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const first = start();
    first.acceptAll();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(pending()).toHaveLength(1));

    fetchMock.mockReset().mockResolvedValue(new Response(null, { status: 201 }));
    start(); // the next page view: no choice, the banner is not shown
    await vi.waitFor(() => expect(fetches()).toEqual([expect.objectContaining({ recordId: first.getConsent()!.id, method: 'api' })]));
    await vi.waitFor(() => expect(pending()).toEqual([]));
  });

  it('confirms a receipt sent by beacon with one fetch on the next page view, then forgets it', async () => {
    const first = start();
    first.acceptAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalledTimes(1));
    // A beacon's delivery is unknown to the page: the receipt stays queued.
    expect(pending()).toHaveLength(1);
    expect(fetchMock).not.toHaveBeenCalled();

    start();
    await vi.waitFor(() => expect(pending()).toEqual([]));
    expect(fetches()).toEqual(beacons());
    expect(beacon).toHaveBeenCalledTimes(1);
    start();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('posts the last receipt again on a page view a month after the server last answered, so it re-issues the cookie', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const c = start();
    c.acceptAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalledTimes(1));
    start(); // confirms the beacon
    await vi.waitFor(() => expect(pending()).toEqual([]));
    vi.setSystemTime(Date.now() + 29 * DAY_MS);
    start();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    vi.setSystemTime(Date.now() + 2 * DAY_MS);
    start();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetches()[1]).toEqual(beacons()[0]);
    await vi.waitFor(() => expect(pending()).toEqual([]));
    start();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('does not post an old receipt again for a record it does not prove (chosen again elsewhere)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Both choices in the same second: the record's id and date alone cannot tell them apart.
    const second = Math.floor(Date.now() / 1000) * 1000;
    vi.setSystemTime(second);
    const c = start();
    c.acceptAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalledTimes(1));
    start();
    await vi.waitFor(() => expect(pending()).toEqual([]));
    // Another page without receipts (say, a sandboxed frame) records a new choice.
    vi.setSystemTime(second + 1);
    createCore(config, { catalog, log: () => {} }).rejectAll();
    vi.setSystemTime(Date.now() + 31 * DAY_MS);
    start();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('keeps a receipt the server failed with a 5xx for the next page view', async () => {
    beacon.mockReturnValue(false);
    fetchMock.mockResolvedValue(new Response(null, { status: 503 }));
    start().acceptAll();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(pending()).toHaveLength(1));
  });

  it('drops a receipt the server refused with a 4xx: sending it again would not change the answer', async () => {
    beacon.mockReturnValue(false);
    fetchMock.mockResolvedValue(new Response(null, { status: 422 }));
    start().acceptAll();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(localStorage.getItem('consentry:receipts')).toContain('"p":[]'));
  });

  it('keeps a receipt another tab queued when this tab queues its own', async () => {
    beacon.mockReturnValue(false);
    fetchMock.mockRejectedValue(new TypeError('offline'));
    const tabA = start();
    const tabB = start();
    tabB.setConsent({ analytics: true });
    await vi.waitFor(() => expect(pending()).toHaveLength(1));
    tabA.setConsent({ marketing: false });
    await vi.waitFor(() => expect(pending()).toHaveLength(2));
    expect(pending().map((r) => r.choices)).toEqual([
      expect.objectContaining({ analytics: true }),
      expect.objectContaining({ marketing: false }),
    ]);
  });

  it('keeps at most ten receipts waiting, the newest', async () => {
    beacon.mockReturnValue(false);
    fetchMock.mockRejectedValue(new TypeError('offline'));
    const c = start();
    for (let i = 0; i < 12; i++) c.setConsent({ analytics: i % 2 === 0 });
    await vi.waitFor(() => expect(fetchMock.mock.calls.length).toBeGreaterThanOrEqual(12));
    await vi.waitFor(() => expect(pending()).toHaveLength(10));
    expect(pending().at(-1)!.choices.analytics).toBe(false);
  });

  it('still sends the receipt when localStorage throws', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const c = start();
    expect(() => c.acceptAll()).not.toThrow();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalledTimes(1));
    expect(c.exportConsent()).toMatchObject({ recordId: c.getConsent()!.id, page: '/' });
    expect(errors).not.toHaveBeenCalled();
  });

  it('ignores garbage left in its localStorage key', async () => {
    localStorage.setItem('consentry:receipts', '{"p":"not a list"');
    const c = start();
    c.acceptAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalledTimes(1));
  });

  it('sends nothing without a receiptEndpoint', async () => {
    const c = start({ vendors: ['stats'] });
    c.acceptAll();
    await vi.waitFor(() => expect(c.exportConsent()?.page).toBe('/'));
    expect(beacon).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the npm entry', () => {
  it('wires receipts into createConsentry(): a choice is sent and exportConsent() returns it', async () => {
    const c = createConsentry({ receiptEndpoint: ENDPOINT });
    c.rejectAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalledTimes(1));
    expect(c.exportConsent()).toEqual(beacons()[0]);
    c.destroy();
    document.body.innerHTML = '';
  });
});

describe('exportConsent()', () => {
  it('is null before any choice', () => {
    expect(start().exportConsent()).toBeNull();
  });

  it('returns the receipt that was sent', async () => {
    const c = start();
    c.acceptAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalled());
    expect(c.exportConsent()).toEqual(beacons()[0]);
  });

  it('returns the same receipt on a later page view', async () => {
    history.replaceState(null, '', '/checkout');
    const c = start();
    c.acceptAll();
    await vi.waitFor(() => expect(beacon).toHaveBeenCalled());
    history.replaceState(null, '', '/elsewhere');
    expect(start().exportConsent()).toEqual(beacons()[0]);
  });

  it('derives what the record proves when no receipt is on file', () => {
    const consentedAt = Date.now() - 10 * DAY_MS - (Date.now() % 1000);
    Cookies.set(
      'consentry',
      encodeRecord({
        version: 1,
        id: 'AAAAAAAAAAAAAAAA',
        consentedAt,
        revision: 3,
        categories: {
          preferences: { granted: true, method: 'preferences' },
          analytics: { granted: false, method: 'preferences' },
          marketing: { granted: false, method: 'preferences' },
        },
        vendors: {},
        seenVendors: ['stats', 'heatmap', 'ads'],
        signals: [],
      }),
    );
    expect(start().exportConsent()).toEqual({
      recordId: 'AAAAAAAAAAAAAAAA',
      time: new Date(consentedAt).toISOString(),
      revision: 3,
      choices: { preferences: true, analytics: false, marketing: false },
      method: 'preferences',
      page: null,
      textHash: null,
      userAgent: navigator.userAgent,
      signals: [],
    });
  });
});

describe('the consent cookie with a receipt endpoint', () => {
  const cookieWrites = () => {
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const writes: string[] = [];
    vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => {
      writes.push(v);
      desc.set!.call(document, v);
    });
    return writes;
  };
  const returning = () => {
    const c = start();
    c.acceptAll();
    return c;
  };

  it('is not re-written by script on a returning visit (the server refreshes it)', () => {
    returning();
    const writes = cookieWrites();
    start();
    expect(writes.filter((w) => w.startsWith('consentry='))).toEqual([]);
  });

  it('is re-written by script on a returning visit when there is no endpoint', () => {
    createCore({ vendors: ['stats'] }, { catalog, log: () => {} }).acceptAll();
    const writes = cookieWrites();
    createCore({ vendors: ['stats'] }, { catalog, log: () => {} });
    expect(writes.filter((w) => w.startsWith('consentry='))).toHaveLength(1);
  });
});
