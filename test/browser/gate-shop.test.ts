// The tag gate on a shop page carrying the five catalog vendors, marked up and injected, in
// Chromium: what the network saw before and after each choice. The conformance scenarios (first
// visit, Accept all in order, analytics only, Reject all and a reload) are shared by every engine
// in test/browser/scenarios/conformance.ts; these are the ones only Chromium runs.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { closeContexts, launchBrowser, recordNetwork, settled, startServer, type NetworkLog, type TestServer } from './harness';
import { FREE, GTM, INJECTED, MARKED, STUB, VENDOR_HOSTS, gateShop } from './fixtures/gate/shop';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/shop.html', gateShop());
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  context: BrowserContext;
  page: Page;
  log: NetworkLog;
}

const vendorRequests = (log: NetworkLog) => VENDOR_HOSTS.flatMap((h) => log.to(h)).filter((u) => u !== GTM);

async function visit(): Promise<Visit> {
  const context = await browser.newContext();
  const log = await recordNetwork(context);
  for (const host of VENDOR_HOSTS) log.stub(host, STUB);
  const page = await context.newPage();
  await page.goto(server.url('/shop.html'), { waitUntil: 'load' });
  // The tag manager's free tag has loaded, so the page has done all it does before a choice.
  // Waited for, not read once at an idle network: under load the read can come before the request.
  await expect.poll(() => log.requests.includes(FREE), { timeout: 10_000 }).toBe(true);
  return { context, page, log };
}

const ran = (page: Page) => page.evaluate(() => (window as unknown as { __ran: string[] }).__ran);

/** Waits until every expected request was made and every expected vendor script has run. */
const settle = async (page: Page, log: NetworkLog, expected: string[]) => {
  await expect.poll(() => expected.filter((u) => !log.requests.includes(u)), { timeout: 5000 }).toEqual([]);
  const scripts = expected.filter((u) => SCRIPTS.includes(u));
  const notRun = async () => {
    const done = new Set(await ran(page));
    return scripts.filter((u) => !done.has(u));
  };
  await expect.poll(notRun, { timeout: 5000 }).toEqual([]);
};

const ALL_MARKED = Object.values(MARKED);
const ALL_INJECTED = [INJECTED.ads, INJECTED.fresh, INJECTED.rakuten, INJECTED.hotjarPixel];
/** The vendor scripts among them, which record that they ran. */
const SCRIPTS = [MARKED.mixpanelLib, MARKED.hotjarLib, MARKED.floodlight, MARKED.fresh, INJECTED.ads, INJECTED.fresh, INJECTED.rakuten];

describe('the tag gate on a shop page', () => {
  it("carries the held tag's attributes over to the live script", async () => {
    const { page, log } = await visit();
    await page.evaluate(() => window.Consentry!.acceptAll());
    await settle(page, log, [MARKED.fresh]);
    const tag = await page.evaluate(() => {
      const s = document.getElementById('fr-tag') as HTMLScriptElement;
      return { type: s.type, async: s.async, className: s.className, crossOrigin: s.crossOrigin, referrerPolicy: s.referrerPolicy };
    });
    expect(tag).toEqual({ type: '', async: true, className: 'vendor-tag', crossOrigin: 'anonymous', referrerPolicy: 'origin' });
  });

  it('activates each held tag once although consent is given twice', async () => {
    const { log, page } = await visit();
    await page.evaluate(() => window.Consentry!.setConsent({ analytics: true }));
    await settle(page, log, [MARKED.mixpanelLib]);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await settle(page, log, ALL_MARKED);
    for (const url of ALL_MARKED)
      expect(
        vendorRequests(log).filter((u) => u === url),
        url,
      ).toHaveLength(1);
  });

  it('loads allowed marked-up tags on a returning visit, once each', async () => {
    const { log, page } = await visit();
    await page.evaluate(() => window.Consentry!.acceptAll());
    await settle(page, log, ALL_MARKED);
    const before = log.requests.length;
    await page.reload({ waitUntil: 'load' });
    const expected = [...ALL_MARKED, ...ALL_INJECTED, INJECTED.mixpanelTrack];
    const again = () => log.requests.slice(before);
    await expect.poll(() => expected.filter((u) => !again().includes(u)), { timeout: 10_000 }).toEqual([]);
    // Every tag has been asked for; after the marker, a second request for any would show.
    await settled(page, log);
    for (const url of expected)
      expect(
        again().filter((u) => u === url),
        url,
      ).toHaveLength(1);
  });
});
