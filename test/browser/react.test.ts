// consentry/react in Chromium with a real React build (production, bundled by esbuild): the
// provider adopts the script tag's window.Consentry, and the banner's "Accept all" re-renders
// useConsent and swaps WhenAllowed's fallback for its children.
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeContexts, launchBrowser, openRecorded, startServer, type TestServer } from './harness';
import { uiShopPage } from './ui-support';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  const [b, s, bundle] = await Promise.all([
    launchBrowser(),
    startServer(),
    build({
      entryPoints: [new URL('./fixtures/react/app.tsx', import.meta.url).pathname],
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
  ]);
  [browser, server] = [b, s];
  const js = bundle.outputFiles[0]!.text;
  server.handle('/app.js', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(js);
  });
  server.page('/react.html', uiShopPage({ body: '<div id="app"></div><script src="/app.js"></script>' }));
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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
