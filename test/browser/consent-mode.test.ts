// Google Consent Mode v2 in Chromium: what Google's tag finds in dataLayer when it runs, and
// which Google requests leave the page. The gtag.js stand-in records dataLayer as it was at the
// moment the tag executed, so "before any Google tag" is observed, not assumed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, recordNetwork, settled, shopPage, startServer, type NetworkLog, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];

/** dataLayer as plain values: `arguments` objects become arrays. Runs in the page. */
const READ_LAYER = `(window.dataLayer || []).map(function (e) {
  return Object.prototype.toString.call(e) === '[object Arguments]' ? { args: Array.prototype.slice.call(e) } : e;
})`;

/** The gtag.js stand-in: notes what dataLayer held when it ran, per tag id. */
const GTAG_STUB = `(function () {
  var id = new URL(document.currentScript.src).searchParams.get('id');
  (window.__gtagSaw = window.__gtagSaw || {})[id] = ${READ_LAYER};
})();`;

const DC = 'DC-8765432';
const GA = 'G-ABC123XYZ9';
/** Google's own install snippet, unmarked as Google writes it; only the loaders are held. */
const SNIPPET = `<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', '${DC}'); gtag('config', '${GA}');</script>
<script async type="text/plain" data-consentry="doubleclick" src="https://www.googletagmanager.com/gtag/js?id=${DC}"></script>
<script async type="text/plain" data-consentry="google-analytics" src="https://www.googletagmanager.com/gtag/js?id=${GA}"></script>`;

const AD = ['ad_storage', 'ad_user_data', 'ad_personalization'];
const ALL_DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const ALL_GRANTED = Object.fromEntries(Object.keys(ALL_DENIED).map((k) => [k, 'granted']));
const adDenied = (state: object) => ({ ...state, ...Object.fromEntries(AD.map((k) => [k, 'denied'])) });

type Entry = { args?: unknown[]; event?: string };

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  const vendors = ['doubleclick', 'google-analytics', 'hotjar'];
  server.page('/gcm.html', shopPage({ config: { vendors }, head: SNIPPET }));
  server.page('/gcm-no-reload.html', shopPage({ config: { vendors, reloadOnWithdraw: false }, head: SNIPPET }));
  server.page('/gcm-advanced.html', shopPage({ config: { vendors, googleConsentMode: { mode: 'advanced' } }, head: SNIPPET }));
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, init?: () => void): Promise<{ page: Page; net: NetworkLog }> {
  const context = await browser.newContext();
  contexts.push(context);
  const net = await recordNetwork(context);
  net.stub('www.googletagmanager.com', GTAG_STUB);
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(server.url(path));
  return { page, net };
}

const layer = (page: Page) => page.evaluate(READ_LAYER) as Promise<Entry[]>;
const consent = (entries: Entry[], kind: 'default' | 'update') =>
  entries.filter((e) => e.args?.[0] === 'consent' && e.args[1] === kind).map((e) => e.args![2]);
/** Index of the first entry that is `gtag(name, ...)` or the consent command `kind`. */
const indexOf = (entries: Entry[], name: string, kind?: string) =>
  entries.findIndex((e) => e.args?.[0] === name && (kind === undefined || e.args[1] === kind));
/** What the gtag.js stand-in for `id` saw, once it has run. */
const sawWhenLoaded = (page: Page, id: string) =>
  page
    .waitForFunction((i) => (window as { __gtagSaw?: Record<string, Entry[]> }).__gtagSaw?.[i], id, { timeout: 10_000 })
    .then((h) => h.jsonValue() as Promise<Entry[]>);

describe('Google Consent Mode v2 in Chromium', () => {
  it('puts the consent default in dataLayer before any gtag("config") and lets no Google request out before a choice', async () => {
    const { page, net } = await open('/gcm.html');
    await settled(page, net);
    const entries = await layer(page);
    expect(consent(entries, 'default')).toEqual([{ ...ALL_DENIED, wait_for_update: 500 }]);
    expect(indexOf(entries, 'consent', 'default')).toBe(0);
    expect(indexOf(entries, 'consent', 'default')).toBeLessThan(indexOf(entries, 'config'));
    expect(net.to('googletagmanager.com')).toEqual([]);
    expect(consent(entries, 'update')).toEqual([]);
  });

  it('after "Accept all", pushes an update granting exactly the mapped types, which the released Google tag finds', async () => {
    const { page } = await open('/gcm.html');
    await page.getByRole('button', { name: 'Accept all' }).click();
    expect(consent(await layer(page), 'update')).toEqual([ALL_GRANTED]);
    const saw = await sawWhenLoaded(page, DC);
    expect(consent(saw, 'default')).toHaveLength(1);
    expect(consent(saw, 'update')).toEqual([ALL_GRANTED]);
  });

  it('after a later withdrawal of marketing, pushes an update denying the ad types', async () => {
    const { page } = await open('/gcm-no-reload.html');
    await page.evaluate(() => window.Consentry!.acceptAll());
    await page.evaluate(() => window.Consentry!.setConsent({ marketing: false }));
    expect(consent(await layer(page), 'update')).toEqual([ALL_GRANTED, adDenied(ALL_GRANTED)]);
  });

  it('after a withdrawal of marketing and the reload it causes, the next page starts with the ad types denied', async () => {
    const { page } = await open('/gcm.html');
    await page.evaluate(() => window.Consentry!.acceptAll());
    await Promise.all([page.waitForEvent('load'), page.evaluate(() => window.Consentry!.setConsent({ marketing: false }))]);
    expect(consent(await layer(page), 'update')).toEqual([adDenied(ALL_GRANTED)]);
  });

  it('on the next page, a stored choice is in an update before the Google tags are released', async () => {
    const { page } = await open('/gcm.html');
    await page.evaluate(() => window.Consentry!.setConsent({ analytics: true, marketing: false, preferences: false }));
    await page.reload();
    const saw = await sawWhenLoaded(page, GA);
    const update = { ...ALL_DENIED, analytics_storage: 'granted' };
    expect(consent(saw, 'update')).toEqual([update]);
    expect(indexOf(saw, 'consent', 'update')).toBeLessThan(indexOf(saw, 'config'));
  });

  it('tells tag managers of each change with a consentry_update event', async () => {
    const { page } = await open('/gcm-no-reload.html');
    await page.evaluate(() => window.Consentry!.setConsent({ analytics: true }));
    const events = (await layer(page)).filter((e) => e.event === 'consentry_update');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      consentry: { categories: { analytics: true, marketing: false }, vendors: { 'google-analytics': true, doubleclick: false } },
    });
  });

  it('in advanced mode, lets Google tags load before a choice, with everything denied', async () => {
    const { page } = await open('/gcm-advanced.html');
    const saw = await sawWhenLoaded(page, DC);
    expect(consent(saw, 'default')).toEqual([{ ...ALL_DENIED, wait_for_update: 500 }]);
    expect(consent(saw, 'update')).toEqual([]);
  });

  it('in advanced mode under Global Privacy Control, holds Google tags as in basic mode', async () => {
    const { page, net } = await open('/gcm-advanced.html', () =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    );
    await settled(page, net);
    expect(net.to('googletagmanager.com')).toEqual([]);
  });
});
