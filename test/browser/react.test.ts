// consentry/react in Chromium with a real React build (production, bundled by esbuild): the
// provider adopts the script tag's window.Consentry, and the banner's "Accept all" re-renders
// useConsent and swaps WhenAllowed's fallback for its children; an EmbedPlaceholder fallback gets
// Consentry's click-to-load box, and the player behind it is fetched once, after the click, in an
// app rendered in the browser and in one rendered on the server and hydrated; focus goes from the
// box's "Load video" to the player, and nowhere when the banner allows it.
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { embeds } from '../../vendors';
import { Shop } from './fixtures/react/shop';
import { closeContexts, launchBrowser, openRecorded, settled, startServer, type TestServer } from './harness';
import { UI_CONFIG, uiShopPage } from './ui-support';

const VIDEO = 'https://www.youtube-nocookie.com/embed/camera-review';

let browser: Browser;
let server: TestServer;

const bundle = (entry: string) =>
  build({
    entryPoints: [new URL(`./fixtures/react/${entry}`, import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  }).then((b) => b.outputFiles[0]!.text);

beforeAll(async () => {
  const [b, s, app, hydrate] = await Promise.all([launchBrowser(), startServer(), bundle('app.tsx'), bundle('hydrate.tsx')]);
  [browser, server] = [b, s];
  for (const [path, js] of [
    ['/app.js', app],
    ['/hydrate.js', hydrate],
  ] as const) {
    server.handle(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(js);
    });
  }
  const config = { vendors: [...UI_CONFIG.vendors, embeds.youtube] };
  server.page('/react.html', uiShopPage({ config, body: '<div id="app"></div><script src="/app.js"></script>' }));
  const html = renderToString(createElement(Shop));
  server.page('/react-ssr.html', uiShopPage({ config, body: `<div id="app">${html}</div><script src="/hydrate.js"></script>` }));
  // An app whose bundle runs late (slow network, big bundle): the test says when it hydrates.
  server.page(
    '/react-ssr-late.html',
    uiShopPage({ config, body: `<div id="app" data-hydrate="late">${html}</div><script src="/hydrate.js"></script>` }),
  );
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The page's script errors from now on: a hydration mismatch is reported there. Failed loads are
 * left out: the test site serves no video player and no favicon, and the network log checks requests.
 */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(String(e)));
  return errors;
}

describe('consentry/react with the script tag', () => {
  it('shows the fallback before a choice, then the children and the new record after "Accept all"', async () => {
    const { page } = await openRecorded(browser, server.url('/react.html'));
    await page.locator('#held').waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text the shopper reads, which is what this checks
    expect(await page.locator('#status').innerText()).toBe('no choice yet');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.locator('#loaded').waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text the shopper reads, which is what this checks
    expect(await page.locator('#status').innerText()).toBe('analytics on');
    expect(await page.locator('#held').count()).toBe(0);
  });
});

describe.each([
  ['rendered in the browser', '/react.html'],
  ['rendered on the server and hydrated', '/react-ssr.html'],
])('an EmbedPlaceholder as the fallback of a WhenAllowed video, %s', (_, path) => {
  it('gets the click-to-load box, and the video host is requested once, after "Load video"', async () => {
    const { page, log } = await openRecorded(browser, server.url(path));
    const errors = consoleErrors(page);
    const load = page.getByRole('group', { name: 'YouTube' }).getByRole('button', { name: 'Load video' });
    await load.waitFor();
    await settled(page, log);
    expect(log.to('youtube-nocookie.com')).toEqual([]);
    await load.click();
    await page.locator('#player').waitFor();
    await expect.poll(() => log.to('youtube-nocookie.com')).toEqual([VIDEO]);
    // Anything the released fallback or a second player would fetch has arrived by now.
    await settled(page, log);
    expect(log.to('youtube-nocookie.com')).toEqual([VIDEO]);
    expect(await page.getByRole('group', { name: 'YouTube' }).count()).toBe(0);
    expect(await page.locator('iframe[data-consentry]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('moves focus from "Load video", pressed with the keyboard, to the player', async () => {
    const { page } = await openRecorded(browser, server.url(path));
    const load = page.getByRole('group', { name: 'YouTube' }).getByRole('button', { name: 'Load video' });
    await load.focus();
    await page.keyboard.press('Enter');
    await page.locator('#player').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('player');
  });

  it('leaves focus alone when "Accept all" in the banner allows the video', async () => {
    const { page, log } = await openRecorded(browser, server.url(path));
    await page.getByRole('group', { name: 'YouTube' }).getByRole('button', { name: 'Load video' }).waitFor();
    await page.getByRole('button', { name: 'Accept all' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#player').waitFor();
    // Anything React does after showing the player has been done a frame later.
    await settled(page, log);
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('player');
  });

  it("lets a returning shopper's video load directly, requesting the video host once", async () => {
    const { page, log } = await openRecorded(browser, server.url(path));
    await page.getByRole('group', { name: 'YouTube' }).getByRole('button', { name: 'Load video' }).click();
    await expect.poll(() => log.to('youtube-nocookie.com')).toEqual([VIDEO]);
    const errors = consoleErrors(page);
    await page.reload({ waitUntil: 'load' });
    await page.locator('#player').waitFor();
    // The fallback is held by the gate and released at once (the vendor is allowed), on the
    // server's HTML before React runs: only the player that replaces it may fetch the video.
    await settled(page, log);
    expect(log.to('youtube-nocookie.com')).toEqual([VIDEO, VIDEO]);
    expect(errors).toEqual([]);
  });
});

describe('an EmbedPlaceholder in server HTML that React hydrates late', () => {
  it('hydrates with no mismatch after Consentry drew its box over it, then loads the video once on "Load video"', async () => {
    const { page, log } = await openRecorded(browser, server.url('/react-ssr-late.html'));
    const errors = consoleErrors(page);
    const load = page.getByRole('group', { name: 'YouTube' }).getByRole('button', { name: 'Load video' });
    await load.waitFor();
    await page.evaluate(() => (window as { hydrateShop?: () => void }).hydrateShop!());
    await page.locator('#status[data-hydrated]').waitFor();
    expect(errors).toEqual([]);
    await load.click();
    await page.locator('#player').waitFor();
    await settled(page, log);
    expect(log.to('youtube-nocookie.com')).toEqual([VIDEO]);
  });
});
