// What the UI does to the record and the network, in Chromium: each choice made in the UI
// records what the API would, a returning shopper never fetches the UI, and when the UI chunk
// is missing a plain fallback still lets the shopper choose.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeContexts, launchBrowser, startServer, type TestServer } from './harness';
import { answers, banner, openShop, preferences, uiShopPage, type Shop } from './ui-support';
import { mixpanel } from '../../vendors';

let browser: Browser;
let server: TestServer;
const shops: Shop[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/shop.html', uiShopPage());
  server.page('/boutique.html', uiShopPage({ lang: 'fr-FR' }));
  server.page('/cookies.html', uiShopPage({ body: '<h2>Cookies we use</h2><div data-consentry-cookie-table></div>' }));
  // The fail-closed page loads Consentry from a folder whose UI chunk is missing.
  server.page('/broken.html', uiShopPage().replace('src="/dist/consentry.js"', 'src="/broken/consentry.js"'));
  server.handle('/broken/consentry.js', async (_req, res) => {
    const { readFile } = await import('node:fs/promises');
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(await readFile(new URL('../../dist/consentry.js', import.meta.url)));
  });
  server.handle('/broken/consentry-ui.js', (_req, res) => {
    res.writeHead(404);
    res.end('not found');
  });
});
afterEach(async () => {
  await Promise.all(shops.splice(0).map((s) => s.close()));
  await closeContexts(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = '/shop.html'): Promise<Shop> {
  const shop = await openShop(browser, server, path);
  shops.push(shop);
  return shop;
}

/** The answers a fresh shopper ends up with after `act` on a first visit. */
async function answersAfter(act: (page: Page) => Promise<unknown>): Promise<unknown> {
  const { page } = await open();
  await banner(page).waitFor();
  await act(page);
  return answers(page);
}

describe('choices made in the UI', () => {
  it('"Accept all" in the banner records what acceptAll() records', async () => {
    const ui = await answersAfter((p) => p.getByRole('button', { name: 'Accept all' }).click());
    const api = await answersAfter((p) => p.evaluate(() => window.Consentry!.acceptAll()));
    expect(ui).not.toBeNull();
    expect(ui).toEqual(api);
  });

  it('"Reject all" in the banner records what rejectAll() records', async () => {
    const ui = await answersAfter((p) => p.getByRole('button', { name: 'Reject all' }).click());
    const api = await answersAfter((p) => p.evaluate(() => window.Consentry!.rejectAll()));
    expect(ui).not.toBeNull();
    expect(ui).toEqual(api);
  });

  it('a custom choice saved in the preferences records what setConsent() records', async () => {
    const ui = await answersAfter(async (p) => {
      await p.getByRole('button', { name: 'Manage preferences' }).click();
      await p.getByRole('switch', { name: 'Analytics' }).check();
      await p.getByRole('switch', { name: 'Hotjar' }).uncheck();
      await p.getByRole('button', { name: 'Save preferences' }).click();
    });
    const api = await answersAfter((p) =>
      p.evaluate(() => window.Consentry!.setConsent({ preferences: false, analytics: true, marketing: false, hotjar: false })),
    );
    expect(ui).toMatchObject({ categories: { analytics: true, marketing: false }, vendors: { hotjar: false } });
    expect(ui).toEqual(api);
  });

  it('records how the choice was made: the banner, or the preferences', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    await preferences(page).getByRole('button', { name: 'Reject all' }).click();
    expect(await page.evaluate(() => window.Consentry!.getConsent()!.categories.analytics!.method)).toBe('preferences');
  });
});

describe('under a privacy signal (Global Privacy Control)', () => {
  async function withGpc(): Promise<Page> {
    const shop = await openShop(browser, server, '/shop.html', {});
    shops.push(shop);
    await shop.page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await shop.page.reload();
    await banner(shop.page).waitFor();
    return shop.page;
  }

  it("says the browser's privacy signal is respected", async () => {
    const page = await withGpc();
    expect(await banner(page).getByText("Your browser's privacy signal is respected.").isVisible()).toBe(true);
  });

  it('"Accept all" in the banner leaves out what the signal refuses', async () => {
    const page = await withGpc();
    await page.getByRole('button', { name: 'Accept all' }).click();
    expect(await page.evaluate(() => ['analytics', 'marketing'].map((id) => window.Consentry!.isAllowed(id)))).toEqual([true, false]);
  });

  it("shows the refused category's switch off in the preferences", async () => {
    const page = await withGpc();
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    expect(await page.getByRole('switch', { name: 'Marketing' }).isChecked()).toBe(false);
  });
});

describe('loading', () => {
  it('fetches the UI chunk on a first visit', async () => {
    const { page, net } = await open();
    await banner(page).waitFor();
    expect(net.requests.filter((u) => u.includes('consentry-ui'))).toEqual([server.url('/dist/consentry-ui.js')]);
  });

  it('does not request the UI chunk on a returning visit', async () => {
    const { page, net } = await open();
    await page.getByRole('button', { name: 'Reject all' }).click();
    const before = net.requests.length;
    await page.goto(server.url('/shop.html?again'));
    await page.waitForFunction(() => document.readyState === 'complete');
    const later = net.requests.slice(before);
    expect(later).toContain(server.url('/dist/consentry.js'));
    expect(later.filter((u) => u.includes('consentry-ui'))).toEqual([]);
    expect(await banner(page).count()).toBe(0);
  });

  it('speaks French on a French page, from its own chunk', async () => {
    const { page, net } = await open('/boutique.html');
    await page.getByRole('dialog', { name: 'Cookies sur ce site' }).waitFor();
    expect(await page.getByRole('button', { name: 'Tout refuser' }).count()).toBe(1);
    expect(net.requests.filter((u) => u.includes('consentry-ui'))).toEqual([server.url('/dist/consentry-ui.fr.js')]);
  });

  it("fills the policy page's cookie declaration, Mixpanel's cookie included", async () => {
    const { page } = await open('/cookies.html');
    const row = page.locator('[data-consentry-cookie-table] tr', { hasText: 'mp_*' });
    await row.waitFor();
    const { company } = mixpanel;
    const { purpose, lifetime } = mixpanel.cookies[0]!;
    expect(await row.locator('th, td').allTextContents()).toEqual(['mp_*', company, purpose, lifetime, 'First party']);
  });
});

describe('fail closed: the UI chunk answers 404', () => {
  async function fallback(): Promise<Page> {
    const { page } = await open('/broken.html');
    await page.getByRole('button', { name: 'Reject all' }).waitFor();
    return page;
  }

  it('shows a plain fallback with the three buttons, and nothing optional is allowed', async () => {
    const page = await fallback();
    for (const name of ['Accept all', 'Reject all', 'Manage preferences'])
      expect(await page.getByRole('button', { name }).isVisible()).toBe(true);
    expect(await page.evaluate(() => window.Consentry!.isAllowed('analytics'))).toBe(false);
  });

  it('"Accept all" in the fallback works', async () => {
    const page = await fallback();
    await page.getByRole('button', { name: 'Accept all' }).click();
    expect(await page.evaluate(() => window.Consentry!.isAllowed('marketing'))).toBe(true);
    expect(await page.getByRole('button', { name: 'Accept all' }).count()).toBe(0);
  });

  it('"Reject all" in the fallback works', async () => {
    const page = await fallback();
    await page.getByRole('button', { name: 'Reject all' }).click();
    expect(await page.evaluate(() => window.Consentry!.getConsent()?.categories.analytics?.granted)).toBe(false);
  });

  it('"Manage preferences" in the fallback saves a custom choice', async () => {
    const page = await fallback();
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    await page.getByRole('switch', { name: 'Analytics' }).check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    expect(await page.evaluate(() => ['analytics', 'marketing'].map((id) => window.Consentry!.isAllowed(id)))).toEqual([true, false]);
  });

  it('is unaffected by the shop’s CSS, like the real banner', async () => {
    server.page(
      '/broken-hostile.html',
      uiShopPage({ head: '<style>* { all: unset } button { display: none }</style>' }).replace(
        'src="/dist/consentry.js"',
        'src="/broken/consentry.js"',
      ),
    );
    const { page } = await open('/broken-hostile.html');
    await page.getByRole('button', { name: 'Reject all' }).waitFor();
    expect(await page.getByRole('button', { name: 'Accept all' }).isVisible()).toBe(true);
  });

  it('reports what to fix in the console', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url('/broken.html'));
    await page.getByRole('button', { name: 'Reject all' }).waitFor();
    expect(errors.some((e) => /^Consentry: .*consentry-ui\.js/.test(e))).toBe(true);
  });
});
