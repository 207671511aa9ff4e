// Fail closed in Chromium: when Consentry's own start-up fails (a UI chunk that never answers,
// one that throws, a platform API it depends on that throws) nothing optional runs, and the
// shopper still gets a plain fallback with the same three buttons that records a real choice.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { ROOT, launchBrowser, startServer, type TestServer } from './harness';
import { uiShopPage } from './ui-support';
import { consentry, uncaught, sessionPool, type Session } from './fixtures/hardening/support';

let browser: Browser;
let server: TestServer;
const sessions = sessionPool();
const stalled: Array<() => void> = [];

/** A marked-up Hotjar tag and a Mixpanel tag injected at run time, as a tag manager would. */
const TAGS = `<script type="text/plain" data-consentry="hotjar" src="https://static.hotjar.com/c/hotjar-1.js"></script>
<script nonce="R">var s = document.createElement('script'); s.src = 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js'; document.head.appendChild(s);</script>`;
const VENDOR_HOSTS = ['hotjar.com', 'mxpnl.com', 'mixpanel.com', 'freshrelevance.com'];

/** Serves consentry.js from `/<folder>/`, so each folder can have its own broken UI chunk. */
function brokenSite(folder: string, chunk: (res: import('node:http').ServerResponse) => void): void {
  server.page(`/${folder}.html`, uiShopPage({ body: TAGS }).replace('src="/dist/consentry.js"', `src="/${folder}/consentry.js"`));
  server.handle(`/${folder}/consentry.js`, async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(await readFile(`${ROOT}dist/consentry.js`));
  });
  server.handle(`/${folder}/consentry-ui.js`, (_req, res) => chunk(res));
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  // Headers sent, body never: a stalled CDN.
  brokenSite('stalled', (res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.write('/* ');
    stalled.push(() => res.end('*/'));
  });
  brokenSite('throwing', (res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end('throw new Error("a broken deploy");');
  });
  server.page('/shop.html', uiShopPage({ body: TAGS }));
});
afterEach(() => sessions.closeAll());
afterAll(async () => {
  stalled.forEach((end) => end());
  await browser?.close();
  await server?.close();
});

const open = (initScript = ''): Promise<Session> => sessions.open(browser, initScript);

async function expectWorkingFallback(s: Session): Promise<void> {
  const { page } = s;
  for (const name of ['Accept all', 'Reject all', 'Manage preferences'])
    expect(await page.getByRole('button', { name }).isVisible()).toBe(true);
  expect(s.net.requests.filter((u) => VENDOR_HOSTS.some((h) => new URL(u).hostname.endsWith(h)))).toEqual([]);
  expect(await consentry(page, (c) => ['analytics', 'marketing', 'hotjar', 'mixpanel'].filter((id) => c.isAllowed(id)))).toEqual([]);
  await page.getByRole('button', { name: 'Manage preferences' }).click();
  await page.getByRole('switch', { name: 'Analytics' }).check();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  expect(
    await consentry(page, (c) => [c.isAllowed('analytics'), c.isAllowed('marketing'), c.getConsent()?.categories.analytics?.method]),
  ).toEqual([true, false, 'preferences']);
  // The choice applies at once: both analytics tags, held until now, are released.
  await expect.poll(() => [s.net.to('static.hotjar.com').length, s.net.to('cdn.mxpnl.com').length]).toEqual([1, 1]);
}

describe('fail closed', () => {
  it('a UI chunk that never answers: after the wait, the fallback, and nothing optional ran meanwhile', async () => {
    const s = await open();
    await s.page.clock.install();
    await s.page.goto(server.url('/stalled.html'), { waitUntil: 'domcontentloaded' });
    expect(await s.page.getByRole('button', { name: 'Accept all' }).count()).toBe(0);
    await s.page.clock.runFor(5000);
    await s.page.getByRole('button', { name: 'Reject all' }).waitFor();
    await expectWorkingFallback(s);
    expect(
      s.consoleErrors.some((e) => /^Consentry: the consent UI could not start \(\S*\/consentry-ui\.js did not arrive within 5 s\)/.test(e)),
    ).toBe(true);
  });

  it('a UI chunk that throws: the fallback, and nothing optional ran', async () => {
    const s = await open();
    await s.page.goto(server.url('/throwing.html'));
    await s.page.getByRole('button', { name: 'Reject all' }).waitFor();
    await expectWorkingFallback(s);
  });

  it('a page where attachShadow throws (an old polyfill or a hostile script): a plain fallback still works', async () => {
    const s = await open(`Element.prototype.attachShadow = function () { throw new DOMException('not supported', 'NotSupportedError'); };`);
    await s.page.goto(server.url('/shop.html'));
    await s.page.getByRole('button', { name: 'Reject all' }).waitFor();
    await expectWorkingFallback(s);
    expect(await uncaught(s.page)).toEqual([]);
  });

  it('a choice made elsewhere (another tab, the API) closes the fallback too', async () => {
    const s = await open();
    await s.page.goto(server.url('/throwing.html'));
    await s.page.getByRole('button', { name: 'Reject all' }).waitFor();
    const other = await s.context.newPage();
    await other.goto(server.url('/shop.html'));
    await other.getByRole('button', { name: 'Accept all' }).click();
    await s.page.getByRole('button', { name: 'Reject all' }).waitFor({ state: 'hidden' });
    expect(await consentry(s.page, (c) => c.isAllowed('analytics'))).toBe(true);
  });

  it('a page where constructable stylesheets and BroadcastChannel throw: the real banner still works', async () => {
    const s = await open(
      `window.CSSStyleSheet = function () { throw new Error('no'); }; window.BroadcastChannel = function () { throw new Error('no'); };`,
    );
    await s.page.goto(server.url('/shop.html'));
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    expect(await consentry(s.page, (c) => c.isAllowed('marketing'))).toBe(true);
    expect(await uncaught(s.page)).toEqual([]);
  });
});
