// The real react-ga4 3.0.1, bundled into the shop's own code and started at load
// (`ReactGA.initialize('G-...')`), with Google Consent Mode on, in Chromium. gtag.js is not on npm:
// its host answers with a stand-in that works through dataLayer as Google's pages say gtag.js
// does (consent commands in order, a collect hit per page view carrying the consent state, `_ga`
// cookies only with analytics_storage granted). Evidence: dataLayer, the requests that left, the
// console and the cookie jar.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settled } from './harness';
import { NOTHING, sdkSuite, serveBundles, storesOf, type Opened } from './sdk-support';

const ANSWERS = [
  { host: 'www.googletagmanager.com', body: readFileSync('test/browser/fixtures/sdk/gtag-stand-in.js', 'utf8') },
  { host: 'google-analytics.com', body: '' },
];
const { open: openPath } = sdkSuite(async (server) => {
  // Deferred, as an app's bundle is: react-ga4 appends gtag.js to document.body, which a script in <head> does not have yet.
  await serveBundles(server, { vendors: ['google-analytics'], googleConsentMode: true }, ['react-ga4-at-load.js'], ' defer');
}, ANSWERS);
const open = () => openPath('/react-ga4-at-load.js.html');
const gaStores = (page: Page) => storesOf(page, '^_ga');
const googleHosts = ({ log }: Opened) => [...log.to('googletagmanager.com'), ...log.to('google-analytics.com')];

/** dataLayer's gtag commands as arrays (`['consent', 'default', {...}]`); other pushes as `null`. */
const commands = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { dataLayer: unknown[] }).dataLayer.map((e) =>
      e && typeof e === 'object' && 'length' in e && !Array.isArray(e) ? (Array.from(e as ArrayLike<unknown>) as unknown[]) : null,
    ),
  );

/**
 * Notes in `window.granted` the page's time when a Consent Mode update granting analytics_storage
 * entered dataLayer (by Consentry's gtag() or anyone's push), before gtag.js, which also wraps
 * push, can act on it.
 */
const watchGrant = () => {
  const w = window as unknown as { dataLayer: unknown[]; granted?: number };
  const push = w.dataLayer.push;
  w.dataLayer.push = function (this: unknown[], ...items: unknown[]) {
    for (const a of items as Array<ArrayLike<unknown>>)
      if (a?.[0] === 'consent' && a[1] === 'update' && (a[2] as { analytics_storage?: string })?.analytics_storage === 'granted')
        w.granted ??= performance.now();
    return push.apply(this, items);
  };
};

describe('react-ga4 started at load with Google Consent Mode', () => {
  it('finds the Consent Mode default, all denied, in dataLayer before its first config', async () => {
    const o = await open();
    const list = await commands(o.page);
    const defaults = list.findIndex((c) => c?.[0] === 'consent' && c[1] === 'default');
    const config = list.findIndex((c) => c?.[0] === 'config');
    expect([defaults >= 0 && defaults < config, list[defaults]?.[2]]).toEqual([
      true,
      expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'denied' }),
    ]);
  });

  it("requests nothing and stores nothing of Google Analytics's before a choice", async () => {
    const o = await open();
    await settled(o.page, o.log);
    expect([googleHosts(o), await gaStores(o.page)]).toEqual([[], NOTHING]);
  });

  it('sends its first collect request after the Consent Mode update granting analytics_storage, with no console error', async () => {
    const o = await open();
    await o.page.evaluate(watchGrant);
    await o.page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => o.log.to('google-analytics.com').length).toBeGreaterThan(0);
    // Both on the page's clock: when dataLayer took the update, and when the browser started the request.
    const [granted, collect] = await o.page.evaluate(() => [
      (window as unknown as { granted?: number }).granted,
      performance.getEntriesByType('resource').find((e) => e.name.includes('google-analytics.com/g/collect'))?.startTime,
    ]);
    const first = new URL(o.log.to('google-analytics.com')[0]!);
    expect([granted! < collect!, first.pathname, first.searchParams.get('gcs'), o.errors]).toEqual([true, '/g/collect', 'G111', []]);
  });

  it("leaves nothing of Google Analytics's in any store after withdrawal and the reload", async () => {
    const o = await open();
    await o.page.evaluate(() => window.Consentry!.acceptAll());
    await o.page.waitForFunction(() => document.cookie.includes('_ga_TEST123'));
    await Promise.all([o.page.waitForEvent('load'), o.page.evaluate(() => window.Consentry!.rejectAll())]);
    await settled(o.page, o.log);
    expect(await gaStores(o.page)).toEqual(NOTHING);
  });
});
