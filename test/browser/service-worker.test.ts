// Strict mode in Chromium: with dist/consentry-sw.js registered (from the second page view on),
// what no script gate can stop is held at the network, and the shop's own requests pass.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, launchBrowser, recordNetwork, settled, shopPage, startServer, type NetworkLog, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;
let context: BrowserContext | undefined;

/** Service workers need a secure context: plain-http www.shop.test is not one, localhost is. */
const SECURE = 'localhost';
const STRICT = { vendors: ['hotjar'], reloadOnWithdraw: false, serviceWorker: '/consentry-sw.js' };
const PLAIN = { vendors: ['hotjar'], reloadOnWithdraw: false };
const BODY = `<div style="width:10px;height:10px;background:url(https://static.hotjar.com/bg.png)"></div>
<img src="https://static.hotjar.com/static.gif" alt="">`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  const worker = await readFile(join(ROOT, 'dist/consentry-sw.js'));
  server.handle('/consentry-sw.js', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(worker);
  });
  server.page('/strict.html', shopPage({ config: STRICT, body: BODY }));
  server.page('/plain.html', shopPage({ config: PLAIN, body: BODY }));
  server.handle('/echo', (req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => res.end(`${req.method} ${body}`));
  });
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The first view installs the worker; resolves once it controls the page and knows the choice. */
async function secondView(path: string): Promise<{ page: Page; log: NetworkLog }> {
  context = await browser.newContext();
  const log = await recordNetwork(context);
  const page = await context.newPage();
  await page.goto(server.url(path, SECURE), { waitUntil: 'load' });
  if (path === '/strict.html') await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  log.requests.length = 0;
  await page.reload({ waitUntil: 'load' });
  return { page, log };
}

describe('strict mode: the service worker', () => {
  it('holds a CSS background and an unmarked <img> of the static HTML before consent', async () => {
    const { page, log } = await secondView('/strict.html');
    await settled(page, log);
    expect(log.to('hotjar.com')).toEqual([]);
  });

  it('without it, the script gate alone lets the same CSS background and static <img> through (what the worker closes)', async () => {
    const { page, log } = await secondView('/plain.html');
    await settled(page, log);
    expect(log.to('hotjar.com').length).toBeGreaterThan(0);
  });

  it('lets the CSS background and static <img> go out after consent and a reload', async () => {
    const { page, log } = await secondView('/strict.html');
    await page.evaluate(() => window.Consentry!.acceptAll());
    await settled(page, log);
    log.requests.length = 0;
    await page.reload({ waitUntil: 'load' });
    await settled(page, log);
    expect(log.to('hotjar.com')).toEqual(expect.arrayContaining(['https://static.hotjar.com/bg.png', 'https://static.hotjar.com/static.gif']));
  });

  it('passes the shop’s own POST with its body unchanged', async () => {
    const { page } = await secondView('/strict.html');
    const answer = await page.evaluate(() => fetch('/echo', { method: 'POST', body: 'basket=3' }).then((r) => r.text()));
    expect(answer).toBe('POST basket=3');
  });
});
