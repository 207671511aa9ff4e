// Gate holes in Chromium: connections the browser opens outside the page's network stack, so
// the test proxy never sees them: a WebTransport session and a payment method's manifest, fetched
// by the browser for a PaymentRequest that names a method by URL. Both are read through the
// DevTools protocol (Network.webTransportCreated, and the browser's log line for each manifest
// download it tries). Neither can complete offline: the attempt is what counts. Both need a
// secure context, so the page is on localhost.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { closeContexts, launchBrowser, recordNetwork, settled, shopPage, startServer, type NetworkLog, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/connections.html', shopPage({ config: { vendors: ['hotjar'], reloadOnWithdraw: false, debug: true } }));
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const vendorUrl = (slug: string) => `https://static.hotjar.com/p/${slug}`;
const freeUrl = (slug: string) => `https://cdn.assets-example.net/p/${slug}`;

/** The page, its network log, and every URL the browser said (through DevTools) it tried to reach. */
async function open(): Promise<{ page: Page; log: NetworkLog; tried: string[] }> {
  const context = await browser.newContext();
  const log = await recordNetwork(context);
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const tried: string[] = [];
  cdp.on('Network.webTransportCreated', (e) => tried.push(e.url));
  // The browser downloads a payment method's manifest itself and logs each one it cannot fetch.
  cdp.on('Log.entryAdded', (e) => {
    const m = /payment manifest "([^"]+)"/.exec(e.entry.text);
    if (m) tried.push(m[1]!);
  });
  await Promise.all([cdp.send('Network.enable'), cdp.send('Log.enable')]);
  await page.goto(server.url('/connections.html', 'localhost'), { waitUntil: 'load' });
  return { page, log, tried };
}
const sawAttempt = (tried: string[], url: string) => expect.poll(() => tried.some((u) => u.startsWith(url)), { timeout: 5000 }).toBe(true);

/** Page code that makes the connection to `u` and resolves once the browser has answered it. */
const PATHS: Record<string, string> = {
  'new WebTransport(u)': `var t = new WebTransport(u); return t.ready.then(null, function () {})`,
  'a PaymentRequest whose payment method is a vendor URL': `return new PaymentRequest([{ supportedMethods: u }], { total: { label: 'Total', amount: { currency: 'GBP', value: '1.00' } } }).canMakePayment().then(null, function () {})`,
};
const run = (page: Page, code: string, u: string) => page.evaluate(`(function (u) { ${code}; })(${JSON.stringify(u)})`);

describe('the tag gate on connections the browser makes itself', () => {
  for (const [name, code] of Object.entries(PATHS)) {
    it(`holds ${name} until consent, then lets the browser try it`, async () => {
      const { page, log, tried } = await open();
      const slug = name.replace(/\W+/g, '-');
      await run(page, code, vendorUrl(slug));
      // A later attempt to a free host, seen through the same channel: the vendor's would be before it.
      await run(page, code, freeUrl(slug));
      await sawAttempt(tried, freeUrl(slug));
      await settled(page, log);
      expect(tried.filter((u) => u.includes('hotjar.com'))).toEqual([]);
      await page.evaluate(() => window.Consentry!.acceptAll());
      await run(page, code, vendorUrl(slug));
      await sawAttempt(tried, vendorUrl(slug));
    });
  }

  it("logs a held WebTransport as 'blocked', with its vendor", async () => {
    const { page } = await open();
    await run(page, PATHS['new WebTransport(u)']!, vendorUrl('logged'));
    expect(await page.evaluate(() => window.Consentry!.debugLog())).toContainEqual(
      expect.objectContaining({ action: 'blocked', vendor: 'hotjar' }),
    );
  });

  it('gives a held WebTransport the promises of one whose server cannot be reached', async () => {
    const { page } = await open();
    const out = await page.evaluate(async (u) => {
      const t = new WebTransport(u);
      const failed = (p: Promise<unknown>) =>
        p.then(
          () => 'resolved',
          (e: Error) => e.name,
        );
      return { isTransport: t instanceof WebTransport, ready: await failed(t.ready), closed: await failed(t.closed) };
    }, vendorUrl('shape'));
    expect(out).toEqual({ isTransport: true, ready: 'NetworkError', closed: 'NetworkError' });
  });

  it("keeps a PaymentRequest's other payment methods when it leaves out a held vendor's", async () => {
    const { page, tried, log } = await open();
    await page.evaluate(
      ([u, free]) =>
        new PaymentRequest([{ supportedMethods: u! }, { supportedMethods: free! }], {
          total: { label: 'Total', amount: { currency: 'GBP', value: '1.00' } },
        })
          .canMakePayment()
          .catch(() => {}),
      [vendorUrl('mixed'), freeUrl('mixed')],
    );
    await sawAttempt(tried, freeUrl('mixed'));
    await settled(page, log);
    expect(tried.filter((u) => u.includes('hotjar.com'))).toEqual([]);
  });
});
