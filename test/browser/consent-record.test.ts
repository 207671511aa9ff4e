// The two-year consent record, end to end in Chromium with the built script tag.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeContexts, launchBrowser, recordNetwork, shopPage, startServer, type TestServer } from './harness';

const DAY = 86_400_000;
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

  it('asks again once the consent is 731 days old, although the cookie is still there', async () => {
    const context = await browser.newContext();
    await recordNetwork(context);
    const page = await context.newPage();
    const t0 = Date.now();
    await page.clock.install({ time: t0 });
    await page.goto(server.url('/record.html'));
    await page.evaluate(() => window.Consentry!.acceptAll());
    await page.clock.setSystemTime(t0 + 731 * DAY);
    await page.reload();
    expect((await context.cookies()).some((c) => c.name === 'consentry')).toBe(true);
    expect(await page.evaluate(() => window.Consentry!.getConsent())).toBeNull();
    expect(await page.evaluate(() => window.Consentry!.isAllowed('analytics'))).toBe(false);
  });

  it('still counts consent 729 days old', async () => {
    const context = await browser.newContext();
    await recordNetwork(context);
    const page = await context.newPage();
    const t0 = Date.now();
    await page.clock.install({ time: t0 });
    await page.goto(server.url('/record.html'));
    await page.evaluate(() => window.Consentry!.acceptAll());
    await page.clock.setSystemTime(t0 + 729 * DAY);
    await page.reload();
    expect(await page.evaluate(() => window.Consentry!.isAllowed('analytics'))).toBe(true);
  });

  it('starts on safe defaults with a console error when the config element is not JSON', async () => {
    const context = await browser.newContext();
    await recordNetwork(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const pageErrors: Error[] = [];
    page.on('pageerror', (e) => pageErrors.push(e));
    server.page('/broken-config.html', shopPage().replace('<script src="/dist/consentry.js">', '<script type="application/json" id="consentry-config">{vendors: [hotjar]}</script><script src="/dist/consentry.js">'));
    await page.goto(server.url('/broken-config.html'));
    expect(errors.some((e) => e.includes('consentry-config') && e.includes('not valid JSON'))).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => window.Consentry!.isAllowed('analytics'))).toBe(false);
  });
});
