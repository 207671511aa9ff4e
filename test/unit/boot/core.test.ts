import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Cookies from 'js-cookie';
import { createCore } from '../../../src/boot/core';
import type { Feature } from '../../../src/boot/context';
import { tabSyncFeature } from '../../../src/boot/tab-sync';
import { DAY_MS, encodeRecord } from '../../../src/shared/consent-record';
import { catalog } from '../fixtures';

const config = { vendors: ['stats', 'heatmap', 'ads'] };
const start = (cfg: unknown = config, features: Feature[] = []) => createCore(cfg, { catalog, features, log: () => {} });

function setSignal(name: 'doNotTrack' | 'globalPrivacyControl', value: unknown) {
  Object.defineProperty(navigator, name, { value, configurable: true });
}

beforeEach(() => {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
  setSignal('doNotTrack', null);
  setSignal('globalPrivacyControl', undefined);
});
afterEach(() => vi.useRealTimers());

describe('the consent core', () => {
  it('allows nothing optional before a choice', () => {
    const c = start();
    expect(c.getConsent()).toBeNull();
    expect(['analytics', 'marketing', 'preferences', 'stats', 'ads'].some((id) => c.isAllowed(id))).toBe(false);
  });

  it('always allows the necessary category', () => {
    expect(start().isAllowed('necessary')).toBe(true);
  });

  it('allows everything after acceptAll and stores the record in the consentry cookie', () => {
    const c = start();
    c.acceptAll();
    expect(c.isAllowed('analytics') && c.isAllowed('marketing') && c.isAllowed('ads')).toBe(true);
    expect(Cookies.get('consentry')).toBe(encodeRecord(c.getConsent()!));
  });

  it('re-reads the cookie when the page is restored from the back/forward cache', () => {
    const c = start(config, [tabSyncFeature]);
    c.acceptAll();
    // Another page of the site withdrew analytics while this one sat in the cache.
    const record = c.getConsent()!;
    const withdrawn = { ...record, categories: { ...record.categories, analytics: { granted: false, method: 'preferences' as const } } };
    Cookies.set('consentry', encodeRecord(withdrawn), { path: '/' });
    const pageshow = (persisted: boolean) => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
    pageshow(false);
    expect(c.isAllowed('analytics')).toBe(true);
    pageshow(true);
    expect(c.isAllowed('analytics')).toBe(false);
  });

  it('remembers the choice on the next page', () => {
    start().acceptAll();
    expect(start().isAllowed('stats')).toBe(true);
  });

  it('remembers a refusal like a consent, so the shopper is not asked again', () => {
    start().rejectAll();
    const next = start();
    expect(next.getConsent()).not.toBeNull();
    expect(next.isAllowed('analytics')).toBe(false);
  });

  it('changes only the ids setConsent is given', () => {
    const c = start();
    c.setConsent({ analytics: true });
    c.setConsent({ marketing: false });
    expect(c.isAllowed('analytics')).toBe(true);
    expect(c.getConsent()!.categories.analytics!.granted).toBe(true);
    expect(c.getConsent()!.categories.marketing!.granted).toBe(false);
    expect(c.getConsent()!.categories.preferences).toBeUndefined();
  });

  it('lets a vendor follow its category unless it is chosen on its own', () => {
    const c = start();
    c.setConsent({ analytics: true, heatmap: false });
    expect(c.isAllowed('stats')).toBe(true);
    expect(c.isAllowed('heatmap')).toBe(false);
    expect(c.getConsent()!.vendors).toEqual({ heatmap: false });
  });

  it('stores a vendor only where it differs from its category', () => {
    const c = start();
    c.setConsent({ analytics: true, stats: true });
    expect(c.getConsent()!.vendors).toEqual({});
  });

  it('treats a vendor the shopper was never asked about as not allowed, even in an allowed category', () => {
    start({ vendors: ['stats'] }).acceptAll();
    const later = start({ vendors: ['stats', 'heatmap'] });
    expect(later.isAllowed('stats')).toBe(true);
    expect(later.isAllowed('heatmap')).toBe(false);
  });

  it('asks again when the site adds a vendor', () => {
    const changes: unknown[] = [];
    start({ vendors: ['stats'] }).acceptAll();
    const later = createCore(
      { vendors: ['stats', 'heatmap'] },
      { catalog, log: () => {}, features: [(ctx) => void changes.push(ctx.needsChoice())] },
    );
    expect(later.getConsent()).not.toBeNull();
    expect(changes).toEqual([true]);
  });

  it('asks everyone again when the policy revision is raised', () => {
    start({ ...config, revision: 1 }).acceptAll();
    expect(start({ ...config, revision: 2 }).getConsent()).toBeNull();
  });

  it('counts a record older than 730 days as no consent', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2024, 0, 1));
    start().acceptAll();
    vi.setSystemTime(Date.UTC(2024, 0, 1) + 731 * DAY_MS);
    const later = start();
    expect(later.getConsent()).toBeNull();
    expect(later.isAllowed('analytics')).toBe(false);
  });

  it('rewrites the cookie on a visit with the original consent date and its two-year expiry', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2025, 0, 1));
    const first = start();
    first.acceptAll();
    const value = Cookies.get('consentry');
    const given = first.getConsent()!.consentedAt;
    vi.setSystemTime(Date.UTC(2025, 5, 1));
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const writes: string[] = [];
    const spy = vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => {
      writes.push(v);
      cookie.set!.call(document, v);
    });
    expect(start().getConsent()!.consentedAt).toBe(given);
    spy.mockRestore();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toContain(`consentry=${value}`);
    expect(writes[0]).toContain(`expires=${new Date(given + 730 * DAY_MS).toUTCString()}`);
  });

  it('leaves the cookie to the server when a receipt endpoint refreshes it', () => {
    start({ ...config, receiptEndpoint: '/consent' }).acceptAll();
    const spy = vi.spyOn(document, 'cookie', 'set');
    start({ ...config, receiptEndpoint: '/consent' });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('does not fire change at start-up, only on changes', () => {
    start().acceptAll();
    const c = start();
    const seen = vi.fn();
    c.on('change', seen);
    expect(seen).not.toHaveBeenCalled();
    c.acceptAll();
    expect(seen).not.toHaveBeenCalled();
    c.setConsent({ marketing: false });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('dispatches consentry:change on document with the record', () => {
    const c = start();
    const seen = vi.fn();
    document.addEventListener('consentry:change', (e) => seen((e as CustomEvent).detail));
    c.rejectAll();
    expect(seen).toHaveBeenCalledWith(c.getConsent());
  });

  it('stops calling a change listener after it unsubscribes', () => {
    const c = start();
    const seen = vi.fn();
    c.on('change', seen)();
    c.acceptAll();
    expect(seen).not.toHaveBeenCalled();
  });

  it('forgets the choice on reset', () => {
    const c = start();
    c.acceptAll();
    c.reset();
    expect(c.getConsent()).toBeNull();
    expect(c.isAllowed('analytics')).toBe(false);
    expect(Cookies.get('consentry')).toBeUndefined();
  });

  it('runs whenAllowed once, when the vendor becomes allowed', () => {
    const c = start();
    const run = vi.fn();
    c.whenAllowed('stats', run);
    c.setConsent({ marketing: true });
    expect(run).not.toHaveBeenCalled();
    c.acceptAll();
    c.rejectAll();
    c.acceptAll();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs whenAllowed at once when already allowed', () => {
    const c = start();
    c.acceptAll();
    const run = vi.fn();
    c.whenAllowed('analytics', run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('registers a vendor at run time, undecided until the shopper is asked', () => {
    const c = start();
    c.acceptAll();
    expect(
      c.register({
        id: 'chat',
        name: 'Chat',
        company: 'Chat Ltd',
        category: 'preferences',
        purpose: 'Chat',
        hosts: ['chat.example'],
        cookies: [],
        policyUrl: 'https://chat.example',
        leavesUkEea: false,
      }),
    ).toBe(true);
    expect(c.isAllowed('chat')).toBe(false);
    c.acceptAll();
    expect(c.isAllowed('chat')).toBe(true);
  });

  it('refuses to register a vendor with a bad definition', () => {
    const c = start();
    expect(c.register({ id: 'x', category: 'nope', hosts: ['x.example'] } as never)).toBe(false);
    expect(c.register(null as never)).toBe(false);
    expect(c.register({ id: 'stats', category: 'analytics', hosts: ['s.example'] } as never)).toBe(false);
  });

  it('answers false for an id it does not know', () => {
    const c = start();
    c.acceptAll();
    expect(c.isAllowed('nonsense')).toBe(false);
    expect(c.isAllowed(undefined as never)).toBe(false);
  });

  it('ignores setConsent input that is not an object of booleans', () => {
    const c = start();
    c.setConsent({ analytics: 'yes' } as never);
    c.setConsent(null as never);
    expect(c.getConsent()).toBeNull();
  });

  it('records the method and a random id', () => {
    const c = start();
    c.acceptAll();
    const r = c.getConsent()!;
    expect(r.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(r.categories.analytics!.method).toBe('api');
  });

  it('keeps the record id when the shopper changes their mind', () => {
    const c = start();
    c.acceptAll();
    const id = c.getConsent()!.id;
    c.rejectAll();
    expect(c.getConsent()!.id).toBe(id);
  });

  it('cleans nothing prematurely: a feature sees before and after on each change', () => {
    const seen: Array<[boolean, boolean]> = [];
    const c = createCore(config, {
      catalog,
      log: () => {},
      features: [(ctx) => void ctx.onDecisions((now, before) => seen.push([before.isAllowed('stats'), now.isAllowed('stats')]))],
    });
    c.acceptAll();
    c.setConsent({ analytics: false });
    expect(seen).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});

describe('a feature that failed to start', () => {
  const broken: Feature = () => {
    throw new Error('no UI here');
  };

  it('leaves showBanner, showPreferences and exportConsent callable, each saying why nothing happened', () => {
    const said: string[] = [];
    const c = createCore(config, { catalog, features: [broken], log: (m) => void said.push(m) });
    said.length = 0;
    c.showBanner();
    c.showPreferences();
    expect(c.exportConsent()).toBeNull();
    expect(said).toHaveLength(3);
    expect(said[0]).toContain('showBanner()');
    expect(said[2]).toContain('did not start');
  });

  it('reports nothing when the core itself asks for a banner no feature provides (reset())', () => {
    const said: string[] = [];
    const c = createCore(config, { catalog, features: [], log: (m) => void said.push(m) });
    c.acceptAll();
    c.reset();
    expect([c.getConsent(), said]).toEqual([null, []]);
  });

  it('keeps a method a feature did expose', () => {
    const shown: string[] = [];
    const c = createCore(config, {
      catalog,
      features: [(ctx) => ctx.expose({ showBanner: () => void shown.push('banner') }), broken],
      log: () => {},
    });
    c.showBanner();
    expect(shown).toEqual(['banner']);
  });
});

describe('privacy signals', () => {
  it('records a refusal of everything at once under Do Not Track, without asking', () => {
    setSignal('doNotTrack', '1');
    let asks: boolean | undefined;
    const c = createCore(config, { catalog, log: () => {}, features: [(ctx) => void (asks = ctx.needsChoice())] });
    expect(asks).toBe(false);
    const r = c.getConsent()!;
    expect(r.signals).toEqual(['dnt']);
    expect(Object.values(r.categories).every((x) => !x.granted && x.method === 'signal')).toBe(true);
  });

  it('refuses marketing from the first moment under GPC but still asks', () => {
    setSignal('globalPrivacyControl', true);
    const c = start();
    expect(c.getConsent()).toBeNull();
    expect(c.isAllowed('marketing')).toBe(false);
  });

  it('skips marketing in acceptAll under GPC and notes the signal', () => {
    setSignal('globalPrivacyControl', true);
    const c = start();
    c.acceptAll();
    expect(c.isAllowed('analytics')).toBe(true);
    expect(c.isAllowed('marketing')).toBe(false);
    expect(c.isAllowed('ads')).toBe(false);
    expect(c.getConsent()!.signals).toEqual(['gpc']);
  });

  it('lets the shopper opt back in to marketing under GPC by naming it', () => {
    setSignal('globalPrivacyControl', true);
    const c = start();
    c.acceptAll();
    c.setConsent({ marketing: true });
    expect(c.isAllowed('marketing')).toBe(true);
    c.acceptAll();
    expect(c.isAllowed('marketing')).toBe(true);
  });

  it('overrides a marketing grant stored before GPC appeared', () => {
    start().acceptAll();
    setSignal('globalPrivacyControl', true);
    const c = start();
    expect(c.isAllowed('analytics')).toBe(true);
    expect(c.isAllowed('marketing')).toBe(false);
  });

  it('changes nothing when a signal is set to ignore', () => {
    setSignal('doNotTrack', '1');
    expect(start({ ...config, signals: { dnt: 'ignore' } }).getConsent()).toBeNull();
  });
});

describe('one log for every message (CoreOptions.log)', () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes a listener's throw there, and the other listeners still run", () => {
    const said: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const c = createCore(config, { catalog, features: [], log: (m) => void said.push(m) });
    const after = vi.fn();
    c.on('change', () => {
      throw new Error('site bug');
    });
    c.on('change', after);
    c.acceptAll();
    expect(after).toHaveBeenCalledOnce();
    expect(said).toEqual([expect.stringContaining('a listener threw (site bug)')]);
    expect(error).not.toHaveBeenCalled();
  });

  it('writes the warning about an unmarked vendor tag there, not to console.warn', () => {
    const said: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createCore(config, {
      catalog,
      features: [
        (ctx) => ctx.report('<script src="https://stats.example/t.js">', 'unmarked', 'Stats', 'stats', 'https://stats.example/t.js'),
      ],
      log: (m) => void said.push(m),
    });
    expect(said).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('change detection', () => {
  it('announces no change when a choice repeats the answers already stored (a new date, the same meaning)', () => {
    const c = start();
    c.acceptAll();
    const changes = vi.fn();
    c.on('change', changes);
    c.setConsent({ stats: true, heatmap: true, ads: true });
    c.acceptAll();
    expect(changes).not.toHaveBeenCalled();
    c.rejectAll();
    expect(changes).toHaveBeenCalledOnce();
  });
});
