// Withdrawal in Chromium, on www.shop.test (the harness maps *.shop.test here), so cookies can
// sit on the host and on the parent domain as vendors really set them. Evidence: the cookie jar
// (context.cookies()), Web Storage, the page loads and the requests that left afterwards.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, recordNetwork, settled, shopPage, startServer, type NetworkLog, type TestServer } from './harness';
import { vendorForUrl } from '../../src/boot/gate/host-match';
import { catalog } from '../../vendors';

const VENDORS = Object.values(catalog);

const MARKED_UP = `
<script async type="text/plain" data-consentry="google-analytics" src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9"></script>
<script type="text/plain" data-consentry="hotjar" src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6"></script>
<script type="text/plain" data-consentry="fresh-relevance" src="https://d81mfvml8p5ml.cloudfront.net/qw8e7r6t.js"></script>
<script type="text/plain" data-consentry="mixpanel" src="https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"></script>`;
/** A tag manager adding Hotjar's and Mixpanel's calls at run time. */
const INJECTED = `<script>
var s = document.createElement('script'); s.src = 'https://script.hotjar.com/modules.8da33a8f.js'; document.head.appendChild(s);
fetch('https://api-js.mixpanel.com/track/?verbose=1', { method: 'POST' }).catch(function () {});
</script>`;
/** A stand-in for Mixpanel's library after its `init()` (which sets `__loaded`), noting each
 * consent call (and whether its cookie was still there). */
const MIXPANEL_STUB = `<script>
window.mixpanel = {
  __loaded: true,
  note: function (what) { localStorage.setItem('test:mixpanel', (localStorage.getItem('test:mixpanel') || '') + what + ';'); },
  opt_in_tracking: function () { this.note('in'); },
  opt_out_tracking: function () {
    this.note('out with cookie ' + (document.cookie.indexOf('mp_tok_mixpanel') >= 0 ? 'present' : 'gone'));
    localStorage.setItem('__mp_opt_in_out_tok', '0');
  }
};
</script>`;

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];
const PAGE = '/withdraw.html';
const DEEP_PAGE = '/shop/cameras/withdraw.html';

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  const vendors = Object.keys(catalog);
  server.page(PAGE, shopPage({ config: { vendors }, head: MIXPANEL_STUB + MARKED_UP + INJECTED }));
  server.page('/keep.html', shopPage({ config: { vendors, reloadOnWithdraw: false }, head: MARKED_UP }));
  server.page(DEEP_PAGE, shopPage({ config: { vendors }, head: MARKED_UP }));
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Makes `document.visibilityState` controllable, as switching tabs would. */
const VISIBILITY = () => {
  let hidden = false;
  Object.defineProperty(Document.prototype, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible'), configurable: true });
  Object.defineProperty(Document.prototype, 'hidden', { get: () => hidden, configurable: true });
  (window as unknown as { setHidden: (h: boolean) => void }).setHidden = (h: boolean) => {
    hidden = h;
    document.dispatchEvent(new Event('visibilitychange'));
  };
};

async function openContext(): Promise<{ context: BrowserContext; net: NetworkLog }> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  contexts.push(context);
  return { context, net: await recordNetwork(context) };
}

async function open(path = PAGE): Promise<{ context: BrowserContext; net: NetworkLog; page: Page }> {
  const { context, net } = await openContext();
  const page = await context.newPage();
  await page.goto(server.url(path));
  return { context, net, page };
}

/** Cookies as vendors set them: some host-only on www.shop.test, some on the parent .shop.test. */
async function vendorCookies(context: BrowserContext): Promise<void> {
  const host = server.url('/');
  await context.addCookies([
    { name: '_hjSession_3456789', value: 'a', url: host },
    { name: '_hjSessionUser_3456789', value: 'b', domain: '.shop.test', path: '/' },
    { name: '_hjTLDTest', value: '1', domain: 'www.shop.test', path: '/' },
    { name: 'mp_tok_mixpanel', value: '{}', domain: '.shop.test', path: '/' },
    { name: '_ga', value: 'GA1.1.1.1', domain: '.shop.test', path: '/' },
    { name: '_ga_ABC123XYZ9', value: 'GS1', url: host },
    { name: 'tms_VisitorID', value: 'v', domain: '.shop.test', path: '/' },
    { name: 'tms_wsip', value: '1', url: host },
    { name: 'basket', value: '2-cameras', domain: '.shop.test', path: '/' },
  ]);
}

const storageKeys = (page: Page) =>
  page.evaluate(() => ({ local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage).sort() }));
const setStorage = (page: Page) =>
  page.evaluate(() => {
    localStorage.setItem('_hjUserAttributes', 'x');
    localStorage.setItem('mp_tok_mixpanel', '{}');
    localStorage.setItem('tms_VisitorID', 'v');
    localStorage.setItem('basket', '2');
    sessionStorage.setItem('_hjRecordingLastActivity', '1');
    sessionStorage.setItem('hjViewportId', 'v');
  });
const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => `${c.name}@${c.domain}`).sort();
const loads = (net: NetworkLog, path = PAGE) => net.requests.filter((u) => u === server.url(path)).length;
const vendorRequests = (urls: string[], ids: string[]) => urls.filter((u) => ids.includes(vendorForUrl(u, VENDORS)?.id ?? ''));

/** Runs `act` and waits for the reload it causes. */
const reloadedBy = (page: Page, act: () => Promise<unknown>) => Promise.all([page.waitForEvent('load'), act()]);

describe('withdrawal in Chromium', () => {
  it("deletes analytics vendors' cookies on www.shop.test and .shop.test, keeps the rest, and reloads once", async () => {
    const { context, net, page } = await open();
    await page.evaluate(() => window.Consentry!.acceptAll());
    await vendorCookies(context);
    await reloadedBy(page, () => page.evaluate(() => window.Consentry!.setConsent({ analytics: false })));
    expect(await cookieNames(context)).toEqual([
      'basket@.shop.test',
      'consentry@www.shop.test',
      'tms_VisitorID@.shop.test',
      'tms_wsip@www.shop.test',
    ]);
    await settled(page, net);
    expect(loads(net)).toBe(2);
  });

  it("deletes a vendor's cookies set on the current page's path and its folder, not only on /", async () => {
    const { context, page } = await open(DEEP_PAGE);
    await page.evaluate(() => window.Consentry!.acceptAll());
    const url = server.url(DEEP_PAGE);
    await context.addCookies([
      { name: '_hjSession_1', value: 'a', domain: 'www.shop.test', path: '/shop/cameras/withdraw.html' },
      { name: '_hjSession_2', value: 'b', domain: 'www.shop.test', path: '/shop/cameras' },
      { name: 'basket', value: '2', domain: 'www.shop.test', path: '/shop/cameras' },
    ]);
    expect((await context.cookies(url)).map((c) => c.name)).toEqual(expect.arrayContaining(['_hjSession_1', '_hjSession_2']));
    await reloadedBy(page, () => page.evaluate(() => window.Consentry!.setConsent({ analytics: false })));
    expect((await context.cookies(url)).map((c) => c.name).sort()).toEqual(['basket', 'consentry']);
  });

  it('sends no request to a withdrawn vendor after the reload, marked up or injected', async () => {
    const { net, page } = await open();
    await page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => vendorRequests(net.requests, ['hotjar', 'mixpanel']).length).toBeGreaterThan(0);
    await settled(page, net);
    const before = net.requests.length;
    await reloadedBy(page, () => page.evaluate(() => window.Consentry!.setConsent({ analytics: false })));
    // The vendor still allowed is released on the new page: the gate has run there.
    await expect.poll(() => vendorRequests(net.requests.slice(before), ['fresh-relevance']).length).toBeGreaterThan(0);
    await settled(page, net);
    const after = net.requests.slice(before);
    expect(after).toContain(server.url(PAGE));
    expect(vendorRequests(after, ['hotjar', 'mixpanel', 'google-analytics'])).toEqual([]);
  });

  it('removes Hotjar keys from both storages and Mixpanel keys from localStorage when analytics is withdrawn', async () => {
    const { page } = await open();
    await page.evaluate(() => window.Consentry!.acceptAll());
    await setStorage(page);
    await reloadedBy(page, () => page.evaluate(() => window.Consentry!.setConsent({ analytics: false })));
    const keys = await storageKeys(page);
    expect(keys.local.filter((k) => /^(_hj|hj|mp_|__mpq_)/.test(k))).toEqual([]);
    expect(keys.local).toEqual(expect.arrayContaining(['basket', 'tms_VisitorID']));
    expect(keys.session).toEqual([]);
  });

  it('deletes Fresh Relevance tms_ cookies on both domains and its localStorage keys when marketing is withdrawn', async () => {
    const { context, page } = await open();
    await page.evaluate(() => window.Consentry!.acceptAll());
    await vendorCookies(context);
    await setStorage(page);
    await reloadedBy(page, () => page.evaluate(() => window.Consentry!.setConsent({ marketing: false })));
    expect((await cookieNames(context)).filter((c) => c.startsWith('tms_'))).toEqual([]);
    expect((await storageKeys(page)).local).not.toContain('tms_VisitorID');
    expect(await cookieNames(context)).toContain('_hjSessionUser_3456789@.shop.test');
  });

  it("calls Mixpanel's opt_in_tracking on allow, opt_out_tracking before its cookie goes, and keeps the opt-out flag", async () => {
    const { context, page } = await open();
    await page.evaluate(() => window.Consentry!.acceptAll());
    await vendorCookies(context);
    await reloadedBy(page, () => page.evaluate(() => window.Consentry!.setConsent({ mixpanel: false })));
    expect(await page.evaluate(() => localStorage.getItem('test:mixpanel'))).toBe('in;out with cookie present;');
    expect(await page.evaluate(() => localStorage.getItem('__mp_opt_in_out_tok'))).toBe('0');
    expect((await cookieNames(context)).filter((c) => c.startsWith('mp_'))).toEqual([]);
  });

  it("deletes Mixpanel's IndexedDB database when analytics is withdrawn", async () => {
    const { page } = await open();
    await page.evaluate(() => window.Consentry!.acceptAll());
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('mixpanelBrowserDb', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('queue');
          open.onsuccess = () => resolve(open.result.close());
          open.onerror = () => reject(open.error);
        }),
    );
    const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(await databases()).toContain('mixpanelBrowserDb');
    await reloadedBy(page, () => page.evaluate(() => window.Consentry!.setConsent({ analytics: false })));
    await expect.poll(databases).not.toContain('mixpanelBrowserDb');
  });

  it('does not reload with reloadOnWithdraw: false, and still deletes the cookies', async () => {
    const { context, net, page } = await open('/keep.html');
    await page.evaluate(() => window.Consentry!.acceptAll());
    await vendorCookies(context);
    await page.evaluate(() => window.Consentry!.setConsent({ analytics: false }));
    await settled(page, net);
    expect(loads(net, '/keep.html')).toBe(1);
    expect((await cookieNames(context)).filter((c) => c.startsWith('_hj'))).toEqual([]);
  });

  it('cleans vendors that are not allowed at start-up, without a reload', async () => {
    const { context, net } = await openContext();
    await vendorCookies(context);
    const page = await context.newPage();
    await page.goto(server.url(PAGE));
    expect(await cookieNames(context)).toEqual(['basket@.shop.test']);
    await settled(page, net);
    expect(loads(net)).toBe(1);
  });
});

describe('a withdrawal made in another tab', () => {
  it('waits while this tab is hidden, then cleans and reloads it when shown; afterwards no request goes to the vendor', async () => {
    const { context, net } = await openContext();
    await context.addInitScript(VISIBILITY);
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(server.url(PAGE));
    await b.goto(server.url(PAGE));
    await a.evaluate(() => window.Consentry!.acceptAll());
    await b.waitForFunction(() => window.Consentry!.isAllowed('hotjar'));
    await b.evaluate(() => {
      (window as unknown as { setHidden: (h: boolean) => void }).setHidden(true);
      (window as unknown as { heard: Promise<unknown> }).heard = new Promise((r) =>
        document.addEventListener('consentry:change', r, { once: true }),
      );
      (window as unknown as { firstLoad: boolean }).firstLoad = true;
    });
    await reloadedBy(a, () => a.evaluate(() => window.Consentry!.setConsent({ analytics: false })));
    await b.evaluate(() => (window as unknown as { heard: Promise<unknown> }).heard);
    await settled(b, net);
    expect(await b.evaluate(() => (window as unknown as { firstLoad?: boolean }).firstLoad)).toBe(true);

    await vendorCookies(context);
    const bRequests: string[] = [];
    b.on('request', (r) => bRequests.push(r.url()));
    await reloadedBy(b, () => b.evaluate(() => (window as unknown as { setHidden: (h: boolean) => void }).setHidden(false)));
    expect(await b.evaluate(() => (window as unknown as { firstLoad?: boolean }).firstLoad)).toBeUndefined();
    expect((await cookieNames(context)).filter((c) => c.startsWith('_hj'))).toEqual([]);
    await settled(b, net);
    expect(vendorRequests(bRequests, ['hotjar', 'mixpanel', 'google-analytics'])).toEqual([]);
    expect(net.requests.length).toBeGreaterThan(0);
  });
});
