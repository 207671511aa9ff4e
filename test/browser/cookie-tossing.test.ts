// Cookie tossing in Chromium: a script on a sibling subdomain (blog.shop.test) sets a consent
// cookie for the parent domain and a deeper path, granting everything. The shopper's refusal
// on www.shop.test must hold on every path, and the forged cookie must never become the site's.
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openRecorded, settled, shopPage, startServer, SITE, type TestServer } from './harness';
import { encodeRecord } from '../../src/shared/consent-record';

const HOTJAR = `<script type="text/plain" data-consentry="hotjar" src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6"></script>`;
const FORGED_ID = 'F0RGEDF0RGEDF0RG';

let browser: Browser;
let server: TestServer;
let context: BrowserContext | undefined;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  for (const path of ['/', '/checkout/', '/checkout/pay.html']) server.page(path, shopPage({ config: { vendors: ['hotjar'] }, head: HOTJAR }));
  server.page('/blog.html', '<!doctype html><title>Blog</title>');
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the attacker's script on blog.shop.test writes: everything granted, for every subdomain's /checkout. */
const forged = () =>
  encodeRecord({
    version: 1,
    id: FORGED_ID,
    consentedAt: Date.now() - 60_000,
    revision: 0,
    categories: { preferences: { granted: true, method: 'banner' }, analytics: { granted: true, method: 'banner' }, marketing: { granted: true, method: 'banner' } },
    vendors: { hotjar: true },
    seenVendors: ['hotjar'],
    signals: [],
  });

/** The shopper rejects all on www.shop.test, then the sibling subdomain tosses its cookie. */
async function rejectedThenTossed() {
  const opened = await openRecorded(browser, server.url('/'));
  context = opened.context;
  await opened.page.evaluate(() => window.Consentry!.rejectAll());
  await opened.page.goto(server.url('/blog.html', `blog.${SITE}`), { waitUntil: 'load' });
  await opened.page.evaluate(({ value, site }) => (document.cookie = `consentry=${value}; domain=${site}; path=/checkout; max-age=86400`), { value: forged(), site: SITE });
  return opened;
}

describe('a consent cookie tossed from a sibling subdomain', () => {
  it('loads no optional tag on the path it covers: two different consent cookies are no consent', async () => {
    const { page, log } = await rejectedThenTossed();
    await page.goto(server.url('/checkout/'), { waitUntil: 'load' });
    expect(await page.evaluate(() => window.Consentry!.getConsent())).toBeNull();
    await settled(page, log);
    expect(log.to('hotjar.com')).toEqual([]);
  });

  it('is expired when the shopper chooses again, so the refusal holds on every path afterwards', async () => {
    const { page, log } = await rejectedThenTossed();
    await page.goto(server.url('/checkout/pay.html'), { waitUntil: 'load' });
    await page.evaluate(() => window.Consentry!.rejectAll());
    for (const path of ['/checkout/', '/checkout/pay.html', '/']) {
      await page.goto(server.url(path), { waitUntil: 'load' });
      expect(await page.evaluate(() => window.Consentry!.getConsent()?.categories.analytics?.granted)).toBe(false);
    }
    await settled(page, log);
    expect(log.to('hotjar.com')).toEqual([]);
    const jar = (await context!.cookies()).filter((c) => c.name === 'consentry');
    expect(jar.map((c) => [c.domain, c.path])).toEqual([[`www.${SITE}`, '/']]);
  });

  it('never becomes the site\u2019s own cookie', async () => {
    const { page } = await rejectedThenTossed();
    await page.goto(server.url('/checkout/'), { waitUntil: 'load' });
    await page.goto(server.url('/'), { waitUntil: 'load' });
    const own = (await context!.cookies()).filter((c) => c.name === 'consentry' && c.domain === `www.${SITE}`);
    expect(own).toHaveLength(1);
    expect(own[0]!.value).not.toContain(FORGED_ID);
  });
});
