// The boot's side of consentry-later.js: when it is fetched, and what its features are handed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import Cookies from 'js-cookie';
import { createCore } from '../../../src/boot/core';
import type { Feature } from '../../../src/boot/context';
import { laterFeatureWith } from '../../../src/boot/later';
import { afterPaint } from '../../../src/boot/load-part';
import { catalog } from '../fixtures';

afterEach(() => {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
});

/** A core whose later part is `features`, answering only when `release()` is called. */
function withLater(features: Feature[], config: object = { vendors: ['stats', 'ads'], reloadOnWithdraw: false }) {
  let release!: () => void;
  const arrived = new Promise<void>((r) => (release = r));
  const load = vi.fn(() => arrived.then(() => features));
  const api = createCore(config, { catalog, features: [laterFeatureWith(load)], log: () => {} });
  /** Lets the part answer; resolves once its features have started (they were handed the part first). */
  const arrive = async () => {
    release();
    await load.mock.results[0]!.value;
  };
  return { api, load, release: arrive };
}

describe('the later part', () => {
  it('is fetched on a withdrawal, and its features get the change once the call has returned', async () => {
    const seen: string[] = [];
    const watch: Feature = (ctx) =>
      ctx.onDecisions((now, before) => seen.push(`stats ${before.isAllowed('stats')} -> ${now.isAllowed('stats')}`));
    const { api, load, release } = withLater([watch]);
    api.acceptAll();
    api.setConsent({ analytics: false });
    expect(load).toHaveBeenCalledOnce();
    await release();
    expect(seen).toEqual(['stats false -> true', 'stats true -> false']);
    api.rejectAll();
    expect(seen).toHaveLength(2);
    await Promise.resolve();
    expect(seen).toHaveLength(3);
  });

  it('is fetched after first paint when a vendor that is not allowed left a cookie, and is handed that vendor', async () => {
    document.cookie = '_ads=1; path=/';
    const swept: string[] = [];
    const sweep: Feature = (ctx) => ctx.onLeftovers?.((v) => swept.push(v.id));
    const { load, release } = withLater([sweep]);
    await vi.waitFor(() => expect(load).toHaveBeenCalledOnce());
    await release();
    expect(swept).toEqual(['ads']);
  });

  it('is not fetched when nothing is left behind and nothing changes', async () => {
    const { load } = withLater([]);
    // Scheduled after the core's own after-paint check, so it runs once that check has run.
    await new Promise<void>((r) => afterPaint(window, r));
    expect(load).not.toHaveBeenCalled();
  });
});

describe('the start-up look for what held vendors left behind', () => {
  /** `stats` names Web Storage keys; `ads` only its cookie. */
  const keeping = { ...catalog, stats: { ...catalog.stats!, storage: { local: ['st_*'], session: ['st_*'] } } };
  const start = (features: Feature[] = []) =>
    createCore(
      { vendors: ['stats', 'ads'], reloadOnWithdraw: false },
      { catalog: keeping, features: [laterFeatureWith(async () => features)], log: () => {} },
    );

  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('finds a key a held vendor left in Web Storage', async () => {
    start().rejectAll();
    localStorage.setItem('st_1', 'x');
    const swept: string[] = [];
    start([(ctx) => ctx.onLeftovers?.((v) => swept.push(v.id))]);
    await vi.waitFor(() => expect(swept).toEqual(['stats']));
  });

  it("reads the cookies before it re-writes the record's cookie (a read after a write is a round trip to the browser)", () => {
    start().rejectAll();
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const seen: string[] = [];
    const get = vi.spyOn(document, 'cookie', 'get').mockImplementation(() => {
      seen.push('read');
      return cookie.get!.call(document);
    });
    const set = vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => {
      seen.push('write');
      cookie.set!.call(document, v);
    });
    start();
    get.mockRestore();
    set.mockRestore();
    expect(seen).toContain('read');
    expect(seen.slice(seen.indexOf('write'))).toEqual(['write']);
  });
});
