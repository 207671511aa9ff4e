// Gate holes in Chromium: URLs that are not what they seem (a value whose
// toString() changes between the gate's check and the browser's call, a Request whose url getter
// lies, a Request from another frame's realm), relative URLs in a frame with its own <base>, and
// Google's tag URLs (gtm.js on a vendor's host, GT- ids, a repeated id parameter). Each is held
// or failed as offline before consent, counted at the network, and works after it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { closeContexts, launchBrowser, recordNetwork, shopPage, startServer, type NetworkLog, type TestServer, settled } from './harness';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/holes.html', shopPage({ config: { vendors: ['hotjar'], reloadOnWithdraw: false } }));
  server.page('/google.html', shopPage({ config: { vendors: ['doubleclick', 'google-analytics'], reloadOnWithdraw: false } }));
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ context: BrowserContext; page: Page; log: NetworkLog }> {
  const context = await browser.newContext();
  const log = await recordNetwork(context);
  const page = await context.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  return { context, page, log };
}

const slugOf = (name: string) => name.replace(/\W+/g, '-');
const seen = (log: NetworkLog, url: string) => expect.poll(() => log.requests.includes(url), { timeout: 5000 }).toBe(true);
/** Runs page code with `u` (the URL) and `h` (a harmless URL); errors and rejections are swallowed. */
const run = (page: Page, code: string, u: string, h = '') =>
  page.evaluate(
    `(function (u, h) { var a, d, f, i, o, R, s, x; try { var r = (function () { ${code}; })(); if (r && r.catch) r.catch(function () {}); } catch (e) {} })(${JSON.stringify(u)}, ${JSON.stringify(h)})`,
  );

/** An object that reads as `h` the first time it is turned into a string and as `u` after that. */
const LIAR = `o = { n: 0, toString: function () { return this.n++ ? u : h; } }`;

describe('a URL turned into a string once, for the check and the call', () => {
  const PATHS: Record<string, string> = {
    fetch: `${LIAR}; return fetch(o)`,
    'XMLHttpRequest open': `${LIAR}; x = new XMLHttpRequest(); x.open('GET', o); x.send()`,
    'navigator.sendBeacon': `${LIAR}; navigator.sendBeacon(o, 'x')`,
    'new Image().src': `${LIAR}; new Image().src = o`,
    'setAttribute src on an img': `${LIAR}; i = document.createElement('img'); i.setAttribute('src', o); document.body.append(i)`,
    'the src property of a script': `${LIAR}; s = document.createElement('script'); s.src = o; document.head.append(s)`,
  };
  for (const [name, code] of Object.entries(PATHS)) {
    it(`sends ${name} to the URL it checked, never to the vendor`, async () => {
      const { page, log } = await open('/holes.html');
      const slug = slugOf(name);
      const u = `https://static.hotjar.com/p/${slug}`;
      const h = `https://cdn.assets-example.net/p/${slug}`;
      await run(page, code, u, h);
      await seen(log, h);
      await settled(page, log);
      expect(log.to('hotjar.com')).toEqual([]);
      // After consent the same code still works: it fetches what the browser would, once.
      await page.evaluate(() => window.Consentry!.acceptAll());
      const before = log.requests.filter((r) => r === h).length;
      await run(page, code, u, h);
      await expect.poll(() => log.requests.filter((r) => r === h).length, { timeout: 5000 }).toBeGreaterThan(before);
    });
  }

  it('sends a WebSocket to the URL it checked, never to the vendor', async () => {
    const { page, log } = await open('/holes.html');
    const u = 'wss://static.hotjar.com/p/ws';
    const h = 'wss://cdn.assets-example.net/p/ws';
    await run(page, `${LIAR}; new WebSocket(o)`, u, h);
    await seen(log, h);
    await settled(page, log);
    expect(log.to('hotjar.com')).toEqual([]);
  });

  const REQUESTS: Record<string, string> = {
    'a Request subclass whose url getter lies': `R = class extends Request { get url() { return h; } }; return fetch(new R(u))`,
    "a Request made in another same-origin frame's realm": `f = document.createElement('iframe'); document.body.append(f); return fetch(new f.contentWindow.Request(u))`,
  };
  for (const [name, code] of Object.entries(REQUESTS)) {
    it(`fails fetch of ${name} as offline until consent, then lets it through`, async () => {
      const { page, log } = await open('/holes.html');
      const slug = slugOf(name);
      const u = `https://static.hotjar.com/p/${slug}`;
      await run(page, code, u, `https://cdn.assets-example.net/p/${slug}`);
      const free = `https://cdn.assets-example.net/p/${slug}-free`;
      await run(page, code, free, free);
      await seen(log, free);
      expect(log.to('hotjar.com')).toEqual([]);
      await page.evaluate(() => window.Consentry!.acceptAll());
      await run(page, code, u, `https://cdn.assets-example.net/p/${slug}`);
      await seen(log, u);
    });
  }
});

describe("a relative URL in a frame resolves against the frame's own base", () => {
  const frameWithBase = `f = document.createElement('iframe'); document.body.append(f); d = f.contentDocument; var b = d.createElement('base'); b.href = u.slice(0, u.lastIndexOf('/') + 1); d.head.append(b); s = u.slice(u.lastIndexOf('/') + 1)`;
  const PATHS: Record<string, string> = {
    "the frame's fetch": `${frameWithBase}; return f.contentWindow.fetch(s)`,
    "an img's src in the frame": `${frameWithBase}; i = d.createElement('img'); i.src = s; d.body.append(i)`,
    "markup written into the frame's body": `${frameWithBase}; d.body.innerHTML = '<img src="' + s + '">'`,
  };
  for (const [name, code] of Object.entries(PATHS)) {
    it(`holds ${name} until consent, then lets it through`, async () => {
      const { page, log } = await open('/holes.html');
      const slug = slugOf(name);
      const u = `https://static.hotjar.com/p/${slug}`;
      const free = `https://cdn.assets-example.net/p/${slug}`;
      await run(page, code, u);
      await run(page, code, free);
      await seen(log, free);
      expect(log.to('hotjar.com')).toEqual([]);
      await page.evaluate(() => window.Consentry!.acceptAll());
      await run(page, code, u);
      await seen(log, u);
    });
  }
});

describe("Google's tag URLs", () => {
  const tag = `s = document.createElement('script'); s.src = u; document.head.append(s)`;
  const free = 'https://www.googletagmanager.com/gtm.js?id=GTM-FREE1';

  it("holds a gtm.js on a vendor's own host until its vendor is allowed", async () => {
    const { page, log } = await open('/google.html');
    const u = 'https://www.google-analytics.com/gtm.js?id=GTM-OWN1';
    await run(page, tag, u);
    await run(page, tag, free);
    await seen(log, free);
    expect(log.to('google-analytics.com')).toEqual([]);
    await page.evaluate(() => window.Consentry!.setConsent({ 'google-analytics': true }));
    await seen(log, u);
  });

  it('holds a GT- Google tag until both DoubleClick and Google Analytics are allowed', async () => {
    const { page, log } = await open('/google.html');
    const u = 'https://www.googletagmanager.com/gtag/js?id=GT-ABC123';
    await run(page, tag, u);
    await run(page, tag, free);
    await seen(log, free);
    await page.evaluate(() => window.Consentry!.setConsent({ 'google-analytics': true }));
    await settled(page, log);
    expect(log.requests).not.toContain(u);
    await page.evaluate(() => window.Consentry!.setConsent({ 'google-analytics': false, doubleclick: true }));
    await settled(page, log);
    expect(log.requests).not.toContain(u);
    await page.evaluate(() => window.Consentry!.setConsent({ 'google-analytics': true, doubleclick: true }));
    await seen(log, u);
  });

  it('checks every value of a repeated id parameter', async () => {
    const { page, log } = await open('/google.html');
    const u = 'https://www.googletagmanager.com/gtag/js?id=x&id=G-ABC123';
    await run(page, tag, u);
    await run(page, tag, free);
    await seen(log, free);
    await settled(page, log);
    expect(log.requests).not.toContain(u);
    await page.evaluate(() => window.Consentry!.setConsent({ 'google-analytics': true }));
    await seen(log, u);
  });
});
