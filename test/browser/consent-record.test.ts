// The consent record, end to end in Chromium with the built script tag. The two-year rule (731
// and 729 days) is a shared scenario of every engine: test/browser/scenarios/conformance.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeContexts, launchBrowser, recordNetwork, shopPage, startServer, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/record.html', shopPage({ config: { vendors: ['hotjar'] } }));
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the consent record in a real browser', () => {
  it('keeps acceptAll across a reload, in the consentry cookie', async () => {
    const context = await browser.newContext();
    await recordNetwork(context);
    const page = await context.newPage();
    await page.goto(server.url('/record.html'));
    await page.evaluate(() => window.Consentry!.acceptAll());
    await page.reload();
    expect(await page.evaluate(() => window.Consentry!.isAllowed('analytics'))).toBe(true);
    const cookie = (await context.cookies()).find((c) => c.name === 'consentry');
    const record = await page.evaluate(() => window.Consentry!.getConsent());
    expect(cookie?.value).toMatch(new RegExp(`^1\\.${record!.id}\\.`));
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.path).toBe('/');
  });

  it('starts on safe defaults with a console error when the config element is not JSON', async () => {
    const context = await browser.newContext();
    await recordNetwork(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const pageErrors: Error[] = [];
    page.on('pageerror', (e) => pageErrors.push(e));
    server.page(
      '/broken-config.html',
      shopPage().replace(
        '<script src="/dist/consentry.js">',
        '<script type="application/json" id="consentry-config">{vendors: [hotjar]}</script><script src="/dist/consentry.js">',
      ),
    );
    await page.goto(server.url('/broken-config.html'));
    expect(errors.some((e) => e.includes('consentry-config') && e.includes('not valid JSON'))).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => window.Consentry!.isAllowed('analytics'))).toBe(false);
  });
});
