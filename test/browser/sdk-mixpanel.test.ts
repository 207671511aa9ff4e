// The real mixpanel-browser 2.83.0, bundled into the shop's own code as a shop installing it from
// npm would, in Chromium. Mixpanel's hosts are routed to local answers; the SDK's code is real.
// Evidence: the requests that left, the cookie jar, Web Storage and indexedDB.databases().
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openRecorded, settled, shopPage, startServer, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;
let context: BrowserContext | undefined;

/** Bundles a fixture with the real SDK from node_modules, at test time: no build output is committed. */
const bundle = async (entry: string) =>
  (await build({ entryPoints: [`test/browser/fixtures/sdk/${entry}`], bundle: true, format: 'iife', write: false, logLevel: 'silent' }))
    .outputFiles[0]!.text;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  for (const entry of ['mixpanel-naive.js', 'mixpanel-when-allowed.js']) {
    const js = await bundle(entry);
    server.handle(`/sdk/${entry}`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(js);
    });
    server.page(`/${entry}.html`, shopPage({ config: { vendors: ['mixpanel'] }, head: `<script src="/sdk/${entry}"></script>` }));
  }
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Everything of Mixpanel's in the page's stores: cookies, both Web Storages, IndexedDB. */
const mixpanelStores = (page: Page) =>
  page.evaluate(async () => {
    const mine = (n: string) => /^(mp_|__mp)|mixpanel/i.test(n);
    return {
      cookies: document.cookie.split('; ').map((c) => c.split('=')[0]!).filter(mine),
      local: Object.keys(localStorage).filter((k) => mine(k) && !k.startsWith('__mp_opt_in_out_')),
      session: Object.keys(sessionStorage).filter(mine),
      databases: (await indexedDB.databases()).map((d) => d.name!).filter(mine),
    };
  });
const NOTHING = { cookies: [], local: [], session: [], databases: [] };

const open = async (path: string) => {
  const opened = await openRecorded(browser, server.url(path));
  context = opened.context;
  const errors: string[] = [];
  // The settled() marker is a 404 of the test server's, not the SDK's.
  opened.page.on('console', (m) => m.type() === 'error' && !m.location().url.includes('/settled/') && errors.push(m.text()));
  opened.page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return { ...opened, errors };
};

describe('mixpanel-browser bundled and started at load, with no consent code', () => {
  it('sends nothing and stores nothing of Mixpanel\'s before a choice', async () => {
    const { page, log } = await open('/mixpanel-naive.js.html');
    await page.evaluate(() => (window as unknown as { trackAgain(): void }).trackAgain());
    await settled(page, log);
    expect([log.to('mixpanel.com'), await mixpanelStores(page)]).toEqual([[], NOTHING]);
  });

  it('leaves nothing of Mixpanel\'s in any store after withdrawal and the reload', async () => {
    const { page, log } = await open('/mixpanel-naive.js.html');
    await page.evaluate(() => window.Consentry!.acceptAll());
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.cookie.includes('_mixpanel'));
    await Promise.all([page.waitForEvent('load'), page.evaluate(() => window.Consentry!.rejectAll())]);
    await settled(page, log);
    expect(await mixpanelStores(page)).toEqual(NOTHING);
  });
});

describe('mixpanel-browser started inside whenAllowed, as the guide recommends', () => {
  it('sends its events to the API host after "Accept all", with no console error', async () => {
    const { page, log, errors } = await open('/mixpanel-when-allowed.js.html');
    await settled(page, log);
    expect([log.to('mixpanel.com'), await mixpanelStores(page)]).toEqual([[], NOTHING]);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => log.to('api-js.mixpanel.com').length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
