// Several tabs of one site in one Chromium context: a choice or a withdrawal made in one reaches
// the others at once (BroadcastChannel; the storage event where there is none), including the
// withdrawal cleanup, and a tab in the background applies a withdrawal's reload only when it is
// shown again. Playwright keeps every page "visible", so a hidden tab is emulated the way the
// browser reports one: document.visibilityState and a visibilitychange event.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, recordNetwork, startServer, type TestServer } from './harness';
import { uiShopPage } from './ui-support';

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];

const HOTJAR_TAG = '<script type="text/plain" data-consentry="hotjar" src="https://static.hotjar.com/c/hotjar-1.js"></script>';

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  // The catalog's Hotjar (cookies and storage keys from vendors/hotjar.ts) on a plain shop page.
  server.page('/shop.html', uiShopPage({ config: { vendors: ['hotjar', 'mixpanel', 'fresh-relevance'] }, body: HOTJAR_TAG }));
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Tab {
  page: Page;
  /** Requests this tab made, in order. */
  requests: string[];
}

/** Two tabs of the shop in one context (one cookie jar, one localStorage, one BroadcastChannel). */
async function twoTabs(initScript = ''): Promise<[Tab, Tab]> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  contexts.push(context);
  if (initScript) await context.addInitScript(initScript);
  await recordNetwork(context);
  const open = async (): Promise<Tab> => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url('/shop.html'));
    await page.getByRole('button', { name: 'Accept all' }).waitFor();
    return { page, requests };
  };
  return [await open(), await open()];
}

const hotjarRequests = (tab: Tab) => tab.requests.filter((u) => new URL(u).hostname.endsWith('hotjar.com'));
const allowed = (tab: Tab, id: string) => tab.page.evaluate((x) => window.Consentry!.isAllowed(x), id);

/** Hotjar leaves a first-party cookie, a localStorage key and, per tab, a sessionStorage key. */
async function hotjarLeftovers(tab: Tab): Promise<void> {
  await tab.page.evaluate(() => {
    document.cookie = '_hjSessionUser_42=abc; path=/';
    localStorage.setItem('_hjLocal', '1');
    sessionStorage.setItem('_hjSession_42', '1');
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}
const leftovers = (tab: Tab) =>
  tab.page.evaluate(() => ({
    cookie: /_hjSessionUser_42/.test(document.cookie),
    local: localStorage.getItem('_hjLocal') !== null,
    session: sessionStorage.getItem('_hjSession_42') !== null,
    sameDocument: (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
  }));

function setHidden(tab: Tab, hidden: boolean): Promise<void> {
  return tab.page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

async function acceptInFirst([a, b]: [Tab, Tab]): Promise<void> {
  await a.page.getByRole('button', { name: 'Accept all' }).click();
  await b.page.getByRole('button', { name: 'Accept all' }).waitFor({ state: 'detached' });
  await expect.poll(() => hotjarRequests(b).length).toBe(1);
}

/** Withdraws analytics in the first tab the way a shopper does, from the preferences dialog. */
async function withdrawInFirst(a: Tab): Promise<void> {
  await a.page.evaluate(() => window.Consentry!.showPreferences());
  await a.page.getByRole('switch', { name: 'Analytics' }).uncheck();
  await Promise.all([a.page.waitForEvent('load'), a.page.getByRole('button', { name: 'Save preferences' }).click()]);
}

describe('several tabs of one site', () => {
  it('a choice in one tab closes the banner in the other and releases its held tags', async () => {
    const tabs = await twoTabs();
    expect(hotjarRequests(tabs[1])).toEqual([]);
    await acceptInFirst(tabs);
    expect(await allowed(tabs[1], 'hotjar')).toBe(true);
  });

  it('a withdrawal in one tab runs the cleanup in the other and reloads it, after which nothing goes to the vendor', async () => {
    const [a, b] = await twoTabs();
    await acceptInFirst([a, b]);
    await hotjarLeftovers(b);
    const reloaded = b.page.waitForEvent('load');
    await withdrawInFirst(a);
    await reloaded;
    // sessionStorage belongs to the tab: only the other tab's own cleanup can have removed it.
    expect(await leftovers(b)).toEqual({ cookie: false, local: false, session: false, sameDocument: false });
    expect(await allowed(b, 'hotjar')).toBe(false);
    const before = hotjarRequests(b).length;
    await b.page.reload();
    expect(hotjarRequests(b).length).toBe(before);
  });

  it('a tab in the background learns of the withdrawal at once but reloads only when shown again', async () => {
    const [a, b] = await twoTabs();
    await acceptInFirst([a, b]);
    await hotjarLeftovers(b);
    await setHidden(b, true);
    await withdrawInFirst(a);
    await expect.poll(() => allowed(b, 'hotjar')).toBe(false);
    expect((await leftovers(b)).sameDocument).toBe(true);
    expect((await leftovers(b)).session).toBe(true);
    const reloaded = b.page.waitForEvent('load');
    await setHidden(b, false);
    await reloaded;
    expect(await leftovers(b)).toEqual({ cookie: false, local: false, session: false, sameDocument: false });
  });

  it('reset() in one tab withdraws everything in the other, which reloads and asks again', async () => {
    const [a, b] = await twoTabs();
    await acceptInFirst([a, b]);
    const reloaded = b.page.waitForEvent('load');
    await a.page.evaluate(() => window.Consentry!.reset());
    await reloaded;
    await b.page.getByRole('button', { name: 'Accept all' }).waitFor();
    expect(await allowed(b, 'analytics')).toBe(false);
  });
});

describe('several tabs without BroadcastChannel (Safari before 15.4)', () => {
  const NO_CHANNEL = 'delete window.BroadcastChannel;';

  it('a choice in one tab still reaches the other at once, through the storage event', async () => {
    const tabs = await twoTabs(NO_CHANNEL);
    expect(await tabs[1].page.evaluate(() => 'BroadcastChannel' in window)).toBe(false);
    await acceptInFirst(tabs);
    expect(await allowed(tabs[1], 'hotjar')).toBe(true);
  });

  it('a withdrawal in one tab still cleans up and reloads the other', async () => {
    const [a, b] = await twoTabs(NO_CHANNEL);
    await acceptInFirst([a, b]);
    await hotjarLeftovers(b);
    const reloaded = b.page.waitForEvent('load');
    await withdrawInFirst(a);
    await reloaded;
    expect(await leftovers(b)).toEqual({ cookie: false, local: false, session: false, sameDocument: false });
  });
});
