// The real @hotjar/browser 1.0.9 loader, bundled into the shop's own code and started at load
// (`Hotjar.init()`) with no consent code, in Chromium. Hotjar's site script is not on npm: its
// host answers with a stand-in that writes and sends what Hotjar's cookie page says the real one
// does. Evidence: the requests that left, the console, the cookie jar, Web Storage, IndexedDB.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { settled } from './harness';
import { NOTHING, sdkSuite, serveBundles, storesOf, type Opened } from './sdk-support';

const ANSWERS = [
  { host: 'static.hotjar.com', body: readFileSync('test/browser/fixtures/sdk/hotjar-site-script.js', 'utf8') },
  { host: 'hotjar.com', body: '{}', type: 'application/json' },
];
const { open: openPath } = sdkSuite(async (server) => {
  await serveBundles(server, { vendors: ['hotjar'] }, ['hotjar-at-load.js']);
}, ANSWERS);
const open = () => openPath('/hotjar-at-load.js.html');
/** Every Hotjar name the cookie page lists starts with `_hj` or `hj`. */
const hotjarStores = (page: Page) => storesOf(page, '^_?hj');
const hotjarHosts = ({ log }: Opened) => [...log.to('hotjar.com'), ...log.to('hotjar.io')];

describe('@hotjar/browser started at load with Hotjar.init(), with no consent code', () => {
  it("requests nothing and stores nothing of Hotjar's before a choice", async () => {
    const o = await open();
    await settled(o.page, o.log);
    expect([hotjarHosts(o), await hotjarStores(o.page)]).toEqual([[], NOTHING]);
  });

  it('loads the site script and sends its page view after "Accept all", with no console error', async () => {
    const o = await open();
    await o.page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => o.log.to('in.hotjar.com').length).toBeGreaterThan(0);
    expect([o.log.to('static.hotjar.com'), o.errors]).toEqual([[expect.stringContaining('/c/hotjar-1234567.js?sv=6')], []]);
  });

  it("leaves nothing of Hotjar's in any store after withdrawal and the reload", async () => {
    const o = await open();
    await o.page.evaluate(() => window.Consentry!.acceptAll());
    await o.page.waitForFunction(() => document.cookie.includes('_hjSession_1234567'));
    await Promise.all([o.page.waitForEvent('load'), o.page.evaluate(() => window.Consentry!.rejectAll())]);
    await settled(o.page, o.log);
    expect(await hotjarStores(o.page)).toEqual(NOTHING);
  });
});
