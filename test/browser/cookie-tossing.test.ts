// Cookie tossing in Chromium: a script on a sibling subdomain (blog.shop.test) sets a consent
// cookie for the parent domain and a deeper path, granting everything. The shopper's refusal
// on www.shop.test must hold on every path, and the forged cookie must never become the site's.
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openRecorded, settled, shopPage, startServer, SITE, type TestServer } from './harness';
import { encodeRecord } from '../../src/shared/consent-record';
import { answer, banner } from './ui-support';

const HOTJAR = `<script type="text/plain" data-consentry="hotjar" src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6"></script>`;
const FORGED_ID = 'F0RGEDF0RGEDF0RG';

let browser: Browser;
let server: TestServer;
let context: BrowserContext | undefined;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  for (const path of ['/', '/checkout/', '/checkout/pay.html'])
    server.page(path, shopPage({ config: { vendors: ['hotjar'] }, head: HOTJAR }));
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
    categories: {
      preferences: { granted: true, method: 'banner' },
      analytics: { granted: true, method: 'banner' },
      marketing: { granted: true, method: 'banner' },
    },
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
  await opened.page.evaluate(({ value, site }) => (document.cookie = `consentry=${value}; domain=${site}; path=/checkout; max-age=86400`), {
    value: forged(),
    site: SITE,
  });
  return opened;
}

describe('a consent cookie tossed from a sibling subdomain', () => {
  it('loads no optional tag on the path it covers: two different consent cookies are no consent', async () => {
    const { page, log } = await rejectedThenTossed();
    await page.goto(server.url('/checkout/'), { waitUntil: 'load' });
    expect(await page.evaluate(() => window.Consentry!.getConsent())).toBeNull();
    // No consent means the banner asks again, with its answers shown.
    await banner(page).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await answer(page, 'Reject all').isVisible()).toBe(true);
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

// The recommended name on https: the browser itself refuses a `__Host-` cookie that names a
// domain, another path or no `Secure`, so a sibling subdomain cannot toss one at all. The test
// site is served over https by answering its requests from the local server inside Chromium.
describe('the __Host-consentry cookie on an https site', () => {
  const HOST_NAME = '__Host-consentry';
  const secure = (path: string, host = `www.${SITE}`) => `https://${host}${path}`;

  async function openSecure(path: string) {
    const opened = await openRecorded(browser, 'about:blank');
    context = opened.context;
    // Registered after the recorder, so it answers the site's https requests first; it records them too.
    await context.route(`https://*.${SITE}/**`, async (route) => {
      const url = new URL(route.request().url());
      opened.log.requests.push(url.href);
      const answer = await fetch(server.url(url.pathname + url.search, '127.0.0.1'));
      await route.fulfill({
        status: answer.status,
        headers: Object.fromEntries(answer.headers),
        body: Buffer.from(await answer.arrayBuffer()),
      });
    });
    await opened.page.goto(secure(path), { waitUntil: 'load' });
    return opened;
  }

  beforeAll(() => {
    const config = { vendors: ['hotjar'], cookie: { name: HOST_NAME } };
    for (const path of ['/host/', '/host/checkout/']) server.page(path, shopPage({ config, head: HOTJAR }));
  });

  it('is written host-only, on path /, Secure, and read back on the next page', async () => {
    const { page, log } = await openSecure('/host/');
    await page.evaluate(() => window.Consentry!.rejectAll());
    const jar = (await context!.cookies()).filter((c) => c.name === HOST_NAME);
    expect(jar.map((c) => [c.domain, c.path, c.secure])).toEqual([[`www.${SITE}`, '/', true]]);
    await page.goto(secure('/host/checkout/'), { waitUntil: 'load' });
    expect(await page.evaluate(() => window.Consentry!.getConsent()?.categories.analytics?.granted)).toBe(false);
    await settled(page, log);
    expect(log.to('hotjar.com')).toEqual([]);
  });

  it('cannot be tossed from a sibling subdomain: the refusal holds and no optional tag loads', async () => {
    const { page, log } = await openSecure('/host/');
    await page.evaluate(() => window.Consentry!.rejectAll());
    await page.goto(secure('/blog.html', `blog.${SITE}`), { waitUntil: 'load' });
    const tossed = await page.evaluate(
      ({ name, value, site }) => {
        document.cookie = `${name}=${value}; domain=${site}; path=/host/checkout; secure; max-age=86400`;
        return document.cookie;
      },
      { name: HOST_NAME, value: forged(), site: SITE },
    );
    // The browser refused it: the sibling's own page cannot even see a cookie it set.
    expect(tossed).not.toContain(FORGED_ID);
    await page.goto(secure('/host/checkout/'), { waitUntil: 'load' });
    expect(await page.evaluate(() => window.Consentry!.getConsent()?.categories.analytics?.granted)).toBe(false);
    await settled(page, log);
    expect(log.to('hotjar.com')).toEqual([]);
    expect((await context!.cookies()).filter((c) => c.name === HOST_NAME).map((c) => c.value.includes(FORGED_ID))).toEqual([false]);
  });
});
