// The browser's privacy signals in Chromium, on a shop page carrying all six catalog vendors,
// both marked up and injected at run time by a tag-manager-like script. Evidence is the
// network: which vendors' requests left the page, classified by the real catalog.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, recordNetwork, settled, shopPage, startServer, type NetworkLog, type TestServer } from './harness';
import { vendorForUrl } from '../../src/boot/gate/host-match';
import { catalog } from '../../vendors';

const VENDORS = Object.values(catalog);
const ANALYTICS = VENDORS.filter((v) => v.category === 'analytics').map((v) => v.id);
const MARKETING = VENDORS.filter((v) => v.category === 'marketing').map((v) => v.id);

const MARKED_UP = `
<script async type="text/plain" data-consentry="doubleclick" src="https://www.googletagmanager.com/gtag/js?id=DC-8765432"></script>
<script async type="text/plain" data-consentry="google-analytics" src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9"></script>
<script type="text/plain" data-consentry="hotjar" src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6"></script>
<script type="text/plain" data-consentry="fresh-relevance" src="https://d81mfvml8p5ml.cloudfront.net/qw8e7r6t.js"></script>
<script type="text/plain" data-consentry="rakuten" src="https://tag.rmp.rakuten.com/123456.ct.js"></script>
<script type="text/plain" data-consentry="mixpanel" src="https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"></script>`;

/** What a tag manager does at run time, unaware of consent. */
const INJECTED = `<script>
['https://script.hotjar.com/modules.8da33a8f.js', 'https://am.freshrelevance.com/rec/?fr_site=qw8e7r6t'].forEach(function (src) {
  var s = document.createElement('script'); s.src = src; document.head.appendChild(s);
});
new Image().src = 'https://ad.doubleclick.net/ddm/activity/src=8765432;type=invmedia;cat=visit0;ord=1';
new Image().src = 'https://track.linksynergy.com/ep?mid=12345&ord=A100';
fetch('https://api-js.mixpanel.com/track/?verbose=1', { method: 'POST', body: 'data=e30=' }).catch(function () {});
fetch('https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123XYZ9', { method: 'POST' }).catch(function () {});
</script>`;

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/signals.html', shopPage({ config: { vendors: Object.keys(catalog) }, head: MARKED_UP + INJECTED }));
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const GPC = () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
const DNT = () => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' });

async function open(init: () => void): Promise<{ page: Page; net: NetworkLog }> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  contexts.push(context);
  const net = await recordNetwork(context);
  const page = await context.newPage();
  await page.addInitScript(init);
  await page.goto(server.url('/signals.html'));
  return { page, net };
}

/** The vendors whose requests left the page so far. */
const vendorsSeen = (net: NetworkLog) => [...new Set(net.requests.map((u) => vendorForUrl(u, VENDORS)?.id).filter(Boolean))].sort();
const banner = (page: Page) => page.getByRole('dialog', { name: 'Cookies on this site' });

describe('Global Privacy Control (reject-marketing by default)', () => {
  it('lets no marketing or analytics request out before a choice, and asks with the banner', async () => {
    const { page, net } = await open(GPC);
    await banner(page).waitFor();
    await settled(page, net);
    expect(vendorsSeen(net)).toEqual([]);
    expect(await page.evaluate(() => window.Consentry!.getConsent())).toBeNull();
    expect(await page.evaluate(() => window.Consentry!.isAllowed('marketing'))).toBe(false);
  });

  it('"Accept all" in the banner releases analytics and still lets no marketing request out', async () => {
    const { page, net } = await open(GPC);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => vendorsSeen(net)).toEqual([...ANALYTICS].sort());
    await settled(page, net);
    expect(vendorsSeen(net)).toEqual([...ANALYTICS].sort());
  });

  it('names the signal in the record, with marketing refused', async () => {
    const { page } = await open(GPC);
    await page.getByRole('button', { name: 'Accept all' }).click();
    const record = await page.evaluate(() => window.Consentry!.getConsent());
    expect(record!.signals).toEqual(['gpc']);
    expect(record!.categories.marketing!.granted).toBe(false);
    expect(record!.categories.analytics!.granted).toBe(true);
  });

  it('keeps marketing out on the next page after "Accept all"', async () => {
    const { page, net } = await open(GPC);
    await page.getByRole('button', { name: 'Accept all' }).click();
    const before = net.requests.length;
    await page.reload();
    await settled(page, net);
    const later = net.requests.slice(before);
    expect(later.filter((u) => MARKETING.includes(vendorForUrl(u, VENDORS)?.id ?? ''))).toEqual([]);
  });

  it('releases marketing after an explicit opt-in with its own switch in the preferences', async () => {
    const { page, net } = await open(GPC);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await page.getByRole('switch', { name: 'Marketing' }).check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => vendorsSeen(net)).toEqual(Object.keys(catalog).sort());
    expect(await page.evaluate(() => window.Consentry!.isAllowed('marketing'))).toBe(true);
  });
});

describe('Do Not Track (reject-all by default)', () => {
  it('shows no banner, loads nothing optional and records the refusal, method signal', async () => {
    const { page, net } = await open(DNT);
    await settled(page, net);
    expect(await banner(page).count()).toBe(0);
    expect(net.requests.filter((u) => u.includes('consentry-ui'))).toEqual([]);
    expect(vendorsSeen(net)).toEqual([]);
    const record = await page.evaluate(() => window.Consentry!.getConsent());
    expect(record!.signals).toEqual(['dnt']);
    for (const id of ['preferences', 'analytics', 'marketing'])
      expect(record!.categories[id]).toEqual({ granted: false, method: 'signal' });
  });

  it('still opens the preferences from "Cookie settings"', async () => {
    const { page } = await open(DNT);
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
  });
});
