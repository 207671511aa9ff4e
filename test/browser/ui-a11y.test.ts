// The banner and the preferences dialog for a keyboard and screen-reader shopper, in Chromium:
// axe-core finds no WCAG 2.2 A/AA violations, and Tab, Shift+Tab, Space, Enter and Esc do it all.
// The keyboard path and axe on the banner are shared scenarios of every engine
// (scenarios/banner.ts, Chromium included); this file covers what only Chromium's suite asks.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServer, type TestServer } from './harness';
import { axeViolations as violations, banner, focused, openShop, preferences, tabTo, uiShopPage, type Shop } from './ui-support';

let browser: Browser;
let server: TestServer;
const shops: Shop[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/shop.html', uiShopPage());
  server.page('/modal.html', uiShopPage({ config: { layout: 'modal' } }));
});
afterEach(async () => {
  await Promise.all(shops.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = '/shop.html', colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const shop = await openShop(browser, server, path, { colorScheme });
  shops.push(shop);
  await banner(shop.page).waitFor();
  return shop.page;
}

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('finds no violations with the preferences dialog open and a vendor expanded', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    await page.getByText('About Mixpanel').click();
    expect(await violations(page)).toEqual([]);
  });

  it('finds no violations in the dark colour scheme', async () => {
    const page = await open('/shop.html', 'dark');
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    await preferences(page).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('finds no violations with the blocking banner of layout "modal"', async () => {
    expect(await violations(await open('/modal.html'))).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('moves focus into the preferences dialog when it opens', async () => {
    const page = await open();
    await tabTo(page, 'Manage preferences');
    await page.keyboard.press('Enter');
    // The dialog comes with the preferences part, fetched on this key press: focus moves once it is up.
    await preferences(page).waitFor();
    expect((await focused(page)).inDialog).toBe('cy-prefs');
  });

  it('keeps focus inside the preferences dialog on Tab', async () => {
    const page = await open();
    await tabTo(page, 'Manage preferences');
    await page.keyboard.press('Enter');
    await preferences(page).waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.inDialog).toBe('cy-prefs');
      seen.add(f.name);
    }
    expect(seen.has('Close') && seen.has('Save preferences')).toBe(true);
  });

  it('keeps focus inside the preferences dialog on Shift+Tab', async () => {
    const page = await open();
    await tabTo(page, 'Manage preferences');
    await page.keyboard.press('Enter');
    await preferences(page).waitFor();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page)).inDialog).toBe('cy-prefs');
    }
  });

  it('hides the banner from the accessibility tree while the preferences are open', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    // Once the dialog is up: before, the banner's own "Accept all" is the one there is.
    await preferences(page).waitFor();
    expect(await page.getByRole('button', { name: 'Accept all' }).count()).toBe(1);
  });

  it('returns focus to the "Cookie settings" link that opened the preferences', async () => {
    const page = await open();
    await page.evaluate(() => window.Consentry!.acceptAll());
    await page.reload();
    await tabTo(page, 'Cookie settings');
    await page.keyboard.press('Enter');
    await preferences(page).waitFor();
    expect(await page.getByRole('switch', { name: 'Marketing' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ name: 'Cookie settings', tag: 'a', inDialog: null });
  });

  it('reopens from Consentry.showPreferences() with the stored choice', async () => {
    const page = await open();
    await page.evaluate(() => window.Consentry!.setConsent({ preferences: false, analytics: true, marketing: false }));
    await page.evaluate(() => window.Consentry!.showPreferences());
    await preferences(page).waitFor();
    const states = await Promise.all(
      ['Analytics', 'Marketing', 'Preferences'].map((name) => page.getByRole('switch', { name }).isChecked()),
    );
    expect(states).toEqual([true, false, false]);
  });
});
