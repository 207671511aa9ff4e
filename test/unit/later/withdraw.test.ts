// @vitest-environment-options { "url": "http://www.shop.test/cameras/list.html" }
// Withdrawal in jsdom: what the cleanup deletes, keeps and calls, in which order. The Chromium
// tests in test/browser/cleanup.test.ts prove the same against a real cookie jar and network.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Cookies from 'js-cookie';
import { createCore } from '../../../src/boot/core';
import { allowHooksFeature } from '../../../src/boot/hooks';
import { sweepFeature } from '../../../src/later/sweep';
import { withdrawFeature } from '../../../src/later/withdraw';
import { debugStreamFeature } from '../../../src/later/debug-stream';
import { cookieDomains, registrableDomain } from '../../../src/later/cleanup/cookies';
import type { DebugEntry } from '../../../src/boot/context';
import type { Vendor } from '../../../src/shared/types';
import { catalog } from '../../../vendors';

type Mixpanel = { opt_in_tracking: () => void; opt_out_tracking: () => void; __loaded?: boolean };
const replace = vi.fn();
const reload = vi.fn();
let hash = '';

/** The real window, but navigation is recorded instead of done (jsdom cannot navigate). */
const win = new Proxy(window, {
  get(target, key) {
    // Each test's core stands alone: no messages from cores of earlier tests.
    if (key === 'BroadcastChannel') return undefined;
    if (key === 'location') {
      const { hostname, pathname, href } = target.location;
      return {
        hostname,
        pathname,
        href,
        get hash() {
          return hash;
        },
        replace,
        reload,
      };
    }
    const value = Reflect.get(target, key);
    return typeof value === 'function' && !/^[A-Z]/.test(String(key)) ? value.bind(target) : value;
  },
}) as Window & typeof globalThis;

const start = (
  config: object = { vendors: ['hotjar', 'mixpanel', 'fresh-relevance'] },
  vendors: Record<string, Vendor> = catalog,
  log = (_: string) => {},
) => createCore(config, { win, catalog: vendors, features: [debugStreamFeature, allowHooksFeature, sweepFeature, withdrawFeature], log });

const setCookie = (name: string, domain?: string) => {
  document.cookie = `${name}=1; path=/${domain ? `; domain=${domain}` : ''}`;
};
const cookieNames = () => Object.keys(Cookies.get());
const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};

/** Listeners the cores of one test added, removed after it so no earlier core reacts later. */
let added: Array<[EventTarget, string, EventListenerOrEventListenerObject]> = [];
const track = (target: EventTarget) => {
  const add = target.addEventListener.bind(target);
  vi.spyOn(target, 'addEventListener').mockImplementation((type, fn, options) => {
    added.push([target, type, fn!]);
    add(type, fn, options);
  });
};

beforeEach(() => {
  track(document);
  track(window);
  for (const name of cookieNames()) {
    for (const domain of [undefined, 'www.shop.test', 'shop.test']) Cookies.remove(name, { path: '/', domain });
  }
  localStorage.clear();
  sessionStorage.clear();
  replace.mockClear();
  reload.mockClear();
  hash = '';
  setHidden(false);
  delete (window as { mixpanel?: unknown }).mixpanel;
});
afterEach(() => {
  for (const [target, type, fn] of added) target.removeEventListener(type, fn);
  added = [];
  vi.restoreAllMocks();
});

describe('finding the registrable domain', () => {
  it('is the highest parent that accepts a cookie', () => {
    expect(registrableDomain(document, 'www.shop.test')).toBe('shop.test');
  });

  it('leaves no probe cookie behind', () => {
    registrableDomain(document, 'www.shop.test');
    expect(cookieNames()).toEqual([]);
  });

  it('is the host itself for an IP address', () => {
    expect(registrableDomain(document, '127.0.0.1')).toBe('127.0.0.1');
  });

  it('lists the host and every parent up to the registrable domain', () => {
    expect(cookieDomains('a.b.shop.co.uk', 'shop.co.uk')).toEqual(['a.b.shop.co.uk', 'b.shop.co.uk', 'shop.co.uk']);
  });
});

describe('withdrawal', () => {
  it('deletes Hotjar cookies on the host and on the parent domain when analytics is withdrawn', () => {
    const c = start();
    c.acceptAll();
    setCookie('_hjSessionUser_123');
    setCookie('_hjSession_123', '.shop.test');
    setCookie('_hjTLDTest', 'www.shop.test');
    setCookie('shop_basket');
    c.setConsent({ analytics: false });
    expect(cookieNames()).toEqual(['consentry', 'shop_basket']);
  });

  it('deletes Hotjar keys from localStorage and sessionStorage, and nothing else', () => {
    const c = start();
    c.acceptAll();
    localStorage.setItem('_hjUserAttributes', 'x');
    sessionStorage.setItem('_hjRecordingLastActivity', '1');
    sessionStorage.setItem('hjViewportId', 'v');
    localStorage.setItem('basket', '2 cameras');
    c.setConsent({ hotjar: false });
    expect(Object.keys(localStorage)).toEqual(['basket']);
    expect(Object.keys(sessionStorage)).toEqual([]);
  });

  it('deletes Fresh Relevance tms_ keys from localStorage as well as its cookies', () => {
    const c = start();
    c.acceptAll();
    setCookie('tms_VisitorID', '.shop.test');
    setCookie('tms_wsip');
    localStorage.setItem('tms_VisitorID', 'abc');
    c.setConsent({ marketing: false });
    expect(cookieNames()).toEqual(['consentry']);
    expect(localStorage.getItem('tms_VisitorID')).toBeNull();
  });

  it('leaves vendors that stay allowed alone', () => {
    const c = start();
    c.acceptAll();
    setCookie('_hjSession_1');
    setCookie('tms_VisitorID');
    c.setConsent({ marketing: false });
    expect(cookieNames()).toContain('_hjSession_1');
  });

  it("calls Mixpanel's opt_out_tracking before its cookies go, and keeps the opt-out flag it writes", () => {
    const order: string[] = [];
    (window as { mixpanel?: Mixpanel }).mixpanel = {
      __loaded: true,
      opt_in_tracking: () => order.push('in'),
      opt_out_tracking: () => {
        order.push(`out with cookie ${document.cookie.includes('mp_tok_mixpanel') ? 'present' : 'gone'}`);
        localStorage.setItem('__mp_opt_in_out_tok', '0');
      },
    };
    const c = start();
    c.acceptAll();
    setCookie('mp_tok_mixpanel', '.shop.test');
    localStorage.setItem('mp_tok_mixpanel', '{}');
    c.setConsent({ mixpanel: false });
    expect(order).toEqual(['in', 'out with cookie present']);
    expect(cookieNames()).not.toContain('mp_tok_mixpanel');
    expect(Object.keys(localStorage)).toEqual(['__mp_opt_in_out_tok']);
  });

  it("calls Mixpanel's opt_in_tracking when it becomes allowed", () => {
    const mixpanel = { __loaded: true, opt_in_tracking: vi.fn(), opt_out_tracking: vi.fn() };
    (window as { mixpanel?: Mixpanel }).mixpanel = mixpanel;
    start().setConsent({ analytics: true });
    expect(mixpanel.opt_in_tracking).toHaveBeenCalledOnce();
    expect(mixpanel.opt_out_tracking).not.toHaveBeenCalled();
  });

  it('leaves a Mixpanel library that is loaded but not initialised alone, since it throws on opt-in', () => {
    const mixpanel = {
      opt_in_tracking: vi.fn(() => {
        throw new TypeError("Cannot read properties of undefined (reading 'opt_out_tracking_persistence_type')");
      }),
      opt_out_tracking: vi.fn(),
    };
    (window as { mixpanel?: Mixpanel }).mixpanel = mixpanel;
    const logged: string[] = [];
    start(undefined, catalog, (m) => logged.push(m)).setConsent({ analytics: true });
    expect([mixpanel.opt_in_tracking.mock.calls.length, logged]).toEqual([0, []]);
  });

  it("tells the Mixpanel snippet's stub, which queues the call until the library loads", () => {
    const stub = Object.assign([] as unknown[][], { opt_in_tracking: vi.fn(), opt_out_tracking: vi.fn() });
    (window as { mixpanel?: unknown }).mixpanel = stub;
    start().setConsent({ analytics: true });
    expect(stub.opt_in_tracking).toHaveBeenCalledOnce();
  });

  it("does not call hooks at start-up, when the vendor's code has not run", () => {
    start().acceptAll();
    const mixpanel = { opt_in_tracking: vi.fn(), opt_out_tracking: vi.fn() };
    (window as { mixpanel?: Mixpanel }).mixpanel = mixpanel;
    start();
    expect(mixpanel.opt_in_tracking).not.toHaveBeenCalled();
  });

  it("deletes Mixpanel's IndexedDB database", () => {
    const deleteDatabase = vi.fn();
    vi.stubGlobal('indexedDB', { deleteDatabase });
    const c = start();
    c.acceptAll();
    c.setConsent({ analytics: false });
    expect(deleteDatabase).toHaveBeenCalledWith('mixpanelBrowserDb');
    vi.unstubAllGlobals();
  });

  it('still cleans when a hook throws', () => {
    const logged: string[] = [];
    (window as { mixpanel?: unknown }).mixpanel = {
      __loaded: true,
      opt_out_tracking: () => {
        throw new Error('broken');
      },
    };
    const c = start(undefined, catalog, (m) => logged.push(m));
    c.acceptAll();
    setCookie('mp_tok_mixpanel');
    c.setConsent({ analytics: false });
    expect(cookieNames()).not.toContain('mp_tok_mixpanel');
    expect(logged).toContainEqual(expect.stringContaining('onWithdraw hook of "mixpanel" threw'));
  });

  it('reloads the page once with location.replace, however many vendors went', () => {
    const c = start();
    c.acceptAll();
    c.rejectAll();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledWith('http://www.shop.test/cameras/list.html');
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads a page whose URL has a #hash with reload(), since replace() would only scroll', () => {
    const c = start();
    c.acceptAll();
    hash = '#reviews';
    c.rejectAll();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
  });

  it('does not reload with reloadOnWithdraw: false, and still cleans', () => {
    const c = start({ vendors: ['hotjar'], reloadOnWithdraw: false });
    c.acceptAll();
    setCookie('_hjSession_1');
    c.rejectAll();
    expect(replace).not.toHaveBeenCalled();
    expect(cookieNames()).not.toContain('_hjSession_1');
  });

  it('does not reload when a choice only grants', () => {
    const c = start();
    c.rejectAll();
    c.acceptAll();
    expect(replace).not.toHaveBeenCalled();
  });

  it('cleans and reloads after reset(), which withdraws everything', () => {
    const c = start();
    c.acceptAll();
    setCookie('_hjSession_1');
    c.reset();
    expect(cookieNames()).toEqual([]);
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('reports each cleaned vendor on the debug stream', () => {
    const seen: DebugEntry[] = [];
    const listen = (e: Event) => seen.push((e as CustomEvent<DebugEntry>).detail);
    document.addEventListener('consentry:debug', listen);
    const c = start({ vendors: ['hotjar'], debug: true });
    c.acceptAll();
    setCookie('_hjSession_1');
    c.rejectAll();
    document.removeEventListener('consentry:debug', listen);
    expect(seen).toContainEqual({ action: 'cleaned', vendor: 'hotjar', detail: '_hjSession_1' });
  });
});

describe('start-up', () => {
  it('starts where reading cookies throws, as in a sandboxed frame', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(document, 'cookie', 'get').mockImplementation(() => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    });
    const logged: string[] = [];
    createCore(
      { vendors: ['hotjar'] },
      { win, catalog, features: [allowHooksFeature, sweepFeature, withdrawFeature], log: (m) => logged.push(m) },
    );
    expect(logged).toEqual([]);
    expect(error).not.toHaveBeenCalled();
  });

  it('deletes cookies and keys of vendors that are not allowed, without reloading', () => {
    setCookie('_hjSessionUser_1', '.shop.test');
    localStorage.setItem('tms_VisitorID', 'x');
    start();
    expect(cookieNames()).toEqual([]);
    expect(localStorage.length).toBe(0);
    expect(replace).not.toHaveBeenCalled();
  });

  it('keeps what allowed vendors stored', () => {
    start().setConsent({ analytics: true, marketing: false });
    setCookie('_hjSessionUser_1');
    setCookie('tms_VisitorID');
    start();
    expect(cookieNames().sort()).toEqual(['_hjSessionUser_1', 'consentry']);
  });

  it('cleans a vendor registered later that the shopper never allowed', () => {
    const c = start({ vendors: [] });
    setCookie('_ab_test');
    c.register({
      id: 'ab',
      name: 'AB',
      company: 'AB',
      category: 'analytics',
      purpose: 'Tests.',
      hosts: ['ab.example'],
      cookies: [{ name: '_ab_', prefix: true, party: 'first', lifetime: '1 day', purpose: 'x' }],
      policyUrl: 'https://ab.example/p',
      leavesUkEea: false,
    });
    expect(cookieNames()).toEqual([]);
  });
});

describe('other tabs', () => {
  /** What another tab does: writes its withdrawal into the shared cookie jar. */
  const withdrawElsewhere = () => createCore({ vendors: ['hotjar'] }, { catalog, features: [], log: () => {} }).rejectAll();

  it('waits while hidden, then cleans and reloads when shown', () => {
    const c = start({ vendors: ['hotjar'] });
    c.acceptAll();
    setCookie('_hjSession_1');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    withdrawElsewhere();
    // The core hears of it (BroadcastChannel, or the cookie when shown); simulate the broadcast.
    c.setConsent({ analytics: false });
    expect(replace).not.toHaveBeenCalled();
    setHidden(false);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(cookieNames()).not.toContain('_hjSession_1');
  });

  it('forgets a pending withdrawal when the vendor is allowed again before the tab is shown', () => {
    const c = start({ vendors: ['hotjar'] });
    c.acceptAll();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    c.setConsent({ analytics: false });
    c.setConsent({ analytics: true });
    setHidden(false);
    expect(replace).not.toHaveBeenCalled();
  });
});
