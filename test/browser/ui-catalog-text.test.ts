// The built files together, in Chromium: dist/consentry.js carries catalog vendors without the
// words only the UI shows, and dist/consentry-ui.js (each language's chunk) shows them as the
// catalog writes them, unless the site wrote its own.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { catalog } from '../../vendors';
import { launchBrowser, startServer, type TestServer } from './harness';
import { enGB } from '../../src/ui/text-en-gb';
import { banner as frBanner, prefs as frPrefs } from '../../src/ui/lang/fr';
const fr = { ...frBanner, ...frPrefs.text };
import { openShop, uiShopPage, type Shop } from './ui-support';

let browser: Browser;
let server: TestServer;
const shops: Shop[] = [];
const { hotjar, mixpanel } = catalog;
const config = { vendors: ['hotjar', { id: 'mixpanel', purpose: 'Our own words.' }] };

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/shop.html', uiShopPage({ config }));
  server.page('/boutique.html', uiShopPage({ config, lang: 'fr-FR' }));
  server.page('/cookies.html', uiShopPage({ config, body: '<div data-consentry-cookie-table></div>' }));
});
afterEach(async () => {
  await Promise.all(shops.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Shop> {
  const shop = await openShop(browser, server, path);
  shops.push(shop);
  return shop;
}

describe('catalog words, shipped in the UI chunk', () => {
  it.each([
    ['/shop.html', enGB.details, (w: string) => w],
    ['/boutique.html', fr.details, (w: string) => frPrefs.catalog[w]!],
  ])(
    'shows a catalog vendor as the catalog describes it, in the page’s language, and the site’s own words where given (%s)',
    async (path, about, tr) => {
      const { page } = await open(path);
      await page.evaluate(() => window.Consentry!.showPreferences!());
      const details = (name: string) => page.locator('details', { hasText: about.replace('{name}', name) });
      await details('Hotjar').locator('summary').click();
      await expect(details('Hotjar').textContent()).resolves.toContain(tr(hotjar!.purpose));
      await expect(details('Hotjar').locator('a').getAttribute('href')).resolves.toBe(hotjar!.policyUrl);
      const mp = await details('Mixpanel').textContent();
      expect(mp).toContain('Our own words.');
      expect(mp).not.toContain(tr(mixpanel!.purpose));
      expect(mp).toContain(tr(mixpanel!.cookies[0]!.purpose));
    },
  );

  it('fills the cookie declaration with the catalog’s wording', async () => {
    const { page } = await open('/cookies.html');
    const row = page.locator('[data-consentry-cookie-table] tr', { hasText: '_hjSessionUser_*' });
    await row.waitFor();
    const c = hotjar!.cookies[0]!;
    expect(await row.locator('th, td').allTextContents()).toEqual([
      '_hjSessionUser_*',
      hotjar!.company,
      c.purpose,
      c.lifetime,
      'First party',
    ]);
  });
});
