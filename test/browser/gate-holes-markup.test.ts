// Gate holes in Chromium: document.write split across calls while the page parses
// (a tag, a tag name or an attribute finished by a later call), and APIs that fetch without a
// URL attribute setter: new Audio(u), Cache add(), <a ping>, speculation rules, execCommand and
// the legacy background attribute. Each is held (or refused) before consent, counted at the
// network, and works after it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { closeContexts, launchBrowser, recordNetwork, shopPage, startServer, type NetworkLog, type TestServer, settled } from './harness';

let browser: Browser;
let server: TestServer;

const CONFIG = { vendors: ['hotjar'], reloadOnWithdraw: false };
const slugOf = (name: string) => name.replace(/\W+/g, '-');
const vendorUrl = (slug: string) => `https://static.hotjar.com/p/${slug}`;
const freeUrl = (slug: string) => `https://cdn.assets-example.net/p/${slug}`;

/** Page code run while the page parses; `u` is the URL. Each is written once with a vendor URL and once with a free one. */
const WRITES: Record<string, string> = {
  'an attribute value split across two writes': `document.write('<img src="'); document.write(u + '">')`,
  'a tag name split across two writes': `document.write('<im'); document.write('g src="' + u + '">')`,
  'an unclosed tag finished by a later write': `document.write('<img src="' + u + '"'); document.write(' alt="">')`,
  'a script tag split across three writes': `document.write('<scr'); document.write('ipt src="' + u); document.write('"></scr' + 'ipt>')`,
  'an unclosed tag that no later write finishes': `document.write('<img alt=">" src="' + u + '"')`,
};

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/apis.html', shopPage({ config: CONFIG }));
  for (const [name, code] of Object.entries(WRITES)) {
    const slug = slugOf(name);
    const script = (u: string) => `<script>(function (u) { ${code}; })(${JSON.stringify(u)})</script><p>after</p>`;
    server.page(`/write-${slug}.html`, shopPage({ config: CONFIG, body: script(vendorUrl(slug)) + script(freeUrl(slug)) }));
  }
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, host?: string): Promise<{ context: BrowserContext; page: Page; log: NetworkLog }> {
  const context = await browser.newContext();
  const log = await recordNetwork(context);
  const page = await context.newPage();
  await page.goto(server.url(path, host), { waitUntil: 'load' });
  return { context, page, log };
}
const seen = (log: NetworkLog, url: string) => expect.poll(() => log.requests.some((r) => r.startsWith(url)), { timeout: 5000 }).toBe(true);

describe('document.write split across calls while the page parses', () => {
  for (const name of Object.keys(WRITES)) {
    it(`holds ${name} until consent, then loads it`, async () => {
      const slug = slugOf(name);
      const { page, log } = await open(`/write-${slug}.html`);
      await seen(log, freeUrl(slug));
      expect(log.to('hotjar.com')).toEqual([]);
      // The page around the writes is intact (an unclosed tag swallows the next one, as without Consentry).
      if (!/no later write/.test(name)) expect(await page.locator('p', { hasText: 'after' }).count()).toBe(2);
      await page.evaluate(() => window.Consentry!.acceptAll());
      await seen(log, vendorUrl(slug));
    });
  }
});

describe('APIs that fetch without a URL attribute setter', () => {
  const run = (page: Page, code: string, u: string) =>
    page.evaluate(
      `(function (u) { var a, c, d, s, t; try { var r = (function () { ${code}; })(); if (r && r.catch) r.catch(function () {}); } catch (e) {} })(${JSON.stringify(u)})`,
    );
  const editable = `d = document.createElement('div'); d.contentEditable = 'true'; document.body.append(d); d.focus()`;
  const PATHS: Record<string, { code: string; host?: string }> = {
    'new Audio(u)': { code: `window.keep = new Audio(u)` },
    'Cache add()': { code: `return caches.open('x').then(function (c) { return c.add(u); })`, host: 'localhost' },
    'Cache addAll()': { code: `return caches.open('x').then(function (c) { return c.addAll([u]); })`, host: 'localhost' },
    "a script's click on a link with a ping": {
      code: `a = document.createElement('a'); a.href = '#here'; a.ping = u; document.body.append(a); a.click()`,
    },
    "execCommand('insertImage')": { code: `${editable}; document.execCommand('insertImage', false, u)` },
    "execCommand('insertHTML')": { code: `${editable}; document.execCommand('insertHTML', false, '<img src="' + u + '">')` },
    'the background attribute of a table': {
      code: `t = document.createElement('table'); t.setAttribute('background', u); t.innerHTML = '<tr><td>cell</td></tr>'; document.body.append(t)`,
    },
    'the background attribute of a td, in markup': {
      code: `d = document.createElement('div'); document.body.append(d); d.innerHTML = '<table><tr><td background="' + u + '">cell</td></tr></table>'`,
    },
    'the background property of the body': { code: `document.body.background = u` },
  };
  for (const [name, { code, host }] of Object.entries(PATHS)) {
    it(`holds ${name} until consent, then lets it through`, async () => {
      const { page, log } = await open('/apis.html', host);
      const slug = slugOf(name);
      await run(page, code, vendorUrl(slug));
      await run(page, code, freeUrl(slug));
      await seen(log, freeUrl(slug));
      await settled(page, log);
      expect(log.to('hotjar.com')).toEqual([]);
      await page.evaluate(() => window.Consentry!.acceptAll());
      await run(page, code, vendorUrl(slug));
      await seen(log, vendorUrl(slug));
    });
  }

  // Speculation rules are read from the script's text when it is inserted; holding them would
  // need a check on every node insertion (appendChild, append, insertBefore...), a hot path. This
  // headless Chromium does not prefetch a cross-site list rule, so the network cannot show the
  // request; the test shows the gate leaves the rules as written.
  it('known limit: <script type="speculationrules"> naming a vendor URL is left as written', async () => {
    const { page } = await open('/apis.html');
    const u = vendorUrl('speculation-rules');
    const rules = await page.evaluate((u) => {
      const s = document.createElement('script');
      s.type = 'speculationrules';
      s.textContent = JSON.stringify({ prefetch: [{ source: 'list', urls: [u] }] });
      document.head.append(s);
      return [s.type, s.textContent];
    }, u);
    expect(rules).toEqual(['speculationrules', JSON.stringify({ prefetch: [{ source: 'list', urls: [u] }] })]);
  });

  it('keeps a ping to a vendor from a link the shopper really clicks, and sends it after consent', async () => {
    const { page, log } = await open('/apis.html');
    const u = vendorUrl('shopper-ping');
    await run(
      page,
      `a = document.createElement('a'); a.id = 'go'; a.href = '#here'; a.textContent = 'go'; a.ping = u + ' ' + u.replace('static.hotjar.com', 'cdn.assets-example.net'); document.body.append(a)`,
      u,
    );
    await page.click('#go');
    await seen(log, freeUrl('shopper-ping'));
    await settled(page, log);
    expect(log.to('hotjar.com')).toEqual([]);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await page.click('#go');
    await seen(log, u);
  });
});
