// The gate and the page's own markup in Chromium: document.write, nonces and Trusted Types,
// the debug stream, the warning for an unmarked vendor script, and the load-mode check.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeContexts, launchBrowser, recordNetwork, settled, shopPage, startServer, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;
const HOTJAR = 'https://static.hotjar.com/c/hotjar-3001.js?sv=6';
const FREE_IMG = 'https://cdn.assets-example.net/written.gif';
const STUB = '(window.__ran = window.__ran || []).push(document.currentScript && document.currentScript.src);';
const config = { vendors: ['hotjar', 'mixpanel'], reloadOnWithdraw: false };

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, html: string, headers?: Record<string, string>) {
  server.page(path, html, { headers });
  const context = await browser.newContext();
  const log = await recordNetwork(context);
  log.stub('hotjar.com', STUB);
  log.stub('mxpnl.com', STUB);
  const page = await context.newPage();
  const console: { type: string; text: string }[] = [];
  page.on('console', (m) => console.push({ type: m.type(), text: m.text() }));
  await page.goto(server.url(path), { waitUntil: 'load' });
  await settled(page, log);
  return { context, log, page, console };
}
const ran = (page: Page) => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? []);

describe('document.write', () => {
  it('keeps written vendor markup in place and runs it once, at that place, on consent', async () => {
    const body = `<div id="before"></div><script>document.write('<script src="${HOTJAR}"><\\/script><img src="${FREE_IMG}" alt="">');</script><div id="after"></div>`;
    const { log, page } = await open('/write.html', shopPage({ config, body }));
    expect(log.requests).toContain(FREE_IMG);
    expect(log.to('hotjar.com')).toEqual([]);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => ran(page)).toEqual([HOTJAR]);
    expect(log.to('hotjar.com')).toEqual([HOTJAR]);
    const between = await page.evaluate((src) => {
      const s = [...document.scripts].find((x) => x.src === src)!;
      const at = (id: string) => s.compareDocumentPosition(document.getElementById(id)!);
      return at('before') === Node.DOCUMENT_POSITION_PRECEDING && at('after') === Node.DOCUMENT_POSITION_FOLLOWING;
    }, HOTJAR);
    expect(between).toBe(true);
  });
});

describe('marked-up tags added later', () => {
  it('holds a marked-up tag the page adds after load, by category, and activates it on consent', async () => {
    const PIXEL = 'https://in.hotjar.com/later.gif';
    const { log, page } = await open('/later.html', shopPage({ config }));
    await page.evaluate((src) => {
      document.body.insertAdjacentHTML('beforeend', `<img data-consentry="analytics" data-src="${src}" alt="">`);
      return new Promise(requestAnimationFrame);
    }, PIXEL);
    await page.evaluate(() => window.Consentry!.setConsent({ marketing: true }));
    await page.evaluate(() => fetch('https://cdn.assets-example.net/sync').catch(() => {}));
    await expect.poll(() => log.requests.includes('https://cdn.assets-example.net/sync')).toBe(true);
    expect(log.to('hotjar.com')).toEqual([]);
    await page.evaluate(() => window.Consentry!.setConsent({ analytics: true }));
    await expect.poll(() => log.to('hotjar.com')).toEqual([PIXEL]);
  });

  it('activates a marked-up tag nested in a large batch of insertions on consent', async () => {
    // Dozens of insertions in one task reach the observer as one batch, which is read another way.
    const PIXEL = 'https://in.hotjar.com/batch.gif';
    const { log, page } = await open('/batch.html', shopPage({ config }));
    await page.evaluate((src) => {
      for (let i = 0; i < 40; i++) document.body.appendChild(document.createElement('p'));
      const li = document.createElement('li');
      li.innerHTML = `<span><img data-consentry="hotjar" data-src="${src}" alt=""></span>`;
      document.body.appendChild(document.createElement('ul')).appendChild(li);
      return new Promise(requestAnimationFrame);
    }, PIXEL);
    expect(log.to('hotjar.com')).toEqual([]);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => log.to('hotjar.com')).toEqual([PIXEL]);
  });
});

describe('nonces', () => {
  const csp = { 'content-security-policy': "script-src 'nonce-n0nce'" };
  const head = `<script type="text/plain" data-consentry="hotjar" nonce="n0nce" src="${HOTJAR}"></script>
<script type="text/plain" data-consentry="hotjar" nonce="n0nce">window.__withNonce = true;</script>
<script type="text/plain" data-consentry="hotjar">window.__withoutNonce = true;</script>`;
  const page = shopPage({ config, head }).replace('<script src="/dist/consentry.js">', '<script nonce="n0nce" src="/dist/consentry.js">');

  it('runs a released script with the nonce it carried, and gives none to a script that had none', async () => {
    const { page: p } = await open('/nonce.html', page, csp);
    await p.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => ran(p)).toEqual([HOTJAR]);
    await expect.poll(() => p.evaluate(() => (window as unknown as { __withNonce?: boolean }).__withNonce)).toBe(true);
    expect(await p.evaluate(() => (window as unknown as { __withoutNonce?: boolean }).__withoutNonce)).toBeUndefined();
  });
});

describe('Trusted Types', () => {
  const csp = { 'content-security-policy': "require-trusted-types-for 'script'" };
  const MIXPANEL = 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js';
  const FRAME = 'https://vars.hotjar.com/box.html';
  const head = `<script type="text/plain" data-consentry="hotjar" src="${HOTJAR}"></script>
<script type="text/plain" data-consentry="hotjar">window.__inline = true;</script>`;
  const body = `<script>
  var policy = trustedTypes.createPolicy('shop', { createScriptURL: function (s) { return s; }, createHTML: function (s) { return s; } });
  var s = document.createElement('script'); s.src = policy.createScriptURL(${JSON.stringify(MIXPANEL)}); document.head.appendChild(s);
  var d = document.createElement('div'); document.body.appendChild(d); d.innerHTML = policy.createHTML('<iframe src="${FRAME}"></iframe>');
</script>`;
  const html = shopPage({ config, head, body }).replace(
    '<script src="/dist/consentry.js">',
    '<script>window.__violations = []; document.addEventListener("securitypolicyviolation", function (e) { window.__violations.push(e.violatedDirective + " " + e.sample); });</script><script src="/dist/consentry.js">',
  );

  it('holds and releases tags on a page that enforces Trusted Types, causing no violation', async () => {
    const { log, page, console: messages } = await open('/tt.html', html, csp);
    expect(log.to('hotjar.com')).toEqual([]);
    expect(log.to('mxpnl.com')).toEqual([]);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => ran(page).then((r) => r.sort())).toEqual([MIXPANEL, HOTJAR].sort());
    await expect.poll(() => log.requests.includes(FRAME)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(messages.filter((m) => /Trusted/i.test(m.text))).toEqual([]);
    // The page really enforces: a plain string where a script URL goes is refused.
    const plain = await page.evaluate(() => {
      try {
        document.createElement('script').src = '/x.js';
        return 'accepted';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(plain).toBe('TypeError');
  });
});

describe('what the gate tells the site', () => {
  it('reports held, blocked and released tags on the consentry:debug event when debug is on', async () => {
    const head = `<script type="text/plain" data-consentry="hotjar" src="${HOTJAR}"></script>`;
    const html = shopPage({ config: { ...config, debug: true }, head }).replace(
      '<script type="application/json"',
      '<script>window.__debug = []; document.addEventListener("consentry:debug", function (e) { window.__debug.push(e.detail.action + " " + e.detail.vendor); });</script><script type="application/json"',
    );
    const { page } = await open('/debug.html', html);
    await page.evaluate(() => fetch('https://api-js.mixpanel.com/track').catch(() => {}));
    const entries = () => page.evaluate(() => (window as unknown as { __debug: string[] }).__debug);
    expect(await entries()).toEqual(expect.arrayContaining(['held hotjar', 'blocked mixpanel']));
    await page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(entries).toContain('released hotjar');
    await page.evaluate(() => fetch('https://api-js.mixpanel.com/track').catch(() => {}));
    expect(await entries()).toContain('passed mixpanel');
  });

  it('warns about an unmarked vendor script in the HTML, naming it and showing the markup to use', async () => {
    const { console: messages } = await open('/unmarked.html', shopPage({ config, body: `<script src="${HOTJAR}"></script>` }));
    // Worded by consentry-later.js, which the boot fetches once it has something to say.
    await expect
      .poll(() => messages.find((m) => m.type === 'warning' && m.text.includes(HOTJAR))?.text)
      .toContain(`<script type="text/plain" data-consentry="hotjar" src="${HOTJAR}"></script>`);
  });

  it('does not warn about a vendor script a page script injected while the page was loading (the gate holds it)', async () => {
    const MIXPANEL = 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js';
    // The unmarked Mixpanel tag after it is a real warning, so the test knows warnings were read.
    const body = `<script>document.body.insertAdjacentHTML('beforeend', '<script src="${HOTJAR}"><\\/script>');</script><script src="${MIXPANEL}"></script>`;
    const { console: messages } = await open('/injected-while-loading.html', shopPage({ config, body }));
    await expect.poll(() => messages.some((m) => m.type === 'warning' && m.text.includes(MIXPANEL))).toBe(true);
    expect(messages.filter((m) => m.type === 'warning' && m.text.includes(HOTJAR))).toEqual([]);
  });

  for (const how of ['async', 'defer', 'type="module"']) {
    it(`says in a console error that consentry.js must be a plain script first in <head> when loaded ${how}`, async () => {
      const html = shopPage({ config }).replace('<script src="/dist/consentry.js">', `<script ${how} src="/dist/consentry.js">`);
      const { console: messages } = await open(`/load-${how.replace(/\W/g, '')}.html`, html);
      // Worded once consentry-later.js loads, or by the boot when it cannot (a module has no <script> to load it from).
      await expect.poll(() => messages.some((m) => m.type === 'error' && m.text.includes('first in <head>'))).toBe(true);
    });
  }

  it('says nothing about load mode when consentry.js is a plain script first in <head>', async () => {
    const { console: messages } = await open('/plain.html', shopPage({ config }));
    expect(messages.filter((m) => m.text.includes('first in <head>'))).toEqual([]);
  });
});

describe('HTML that streams in', () => {
  it('holds marked-up and injected tags that arrive in a later chunk of the page, then loads them on consent', async () => {
    const MIXPANEL = 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js';
    const body = `<p id="first">first chunk</p><!--chunk-->
      <script type="text/plain" data-consentry="hotjar" src="${HOTJAR}"></script>
      <script>var s = document.createElement('script'); s.src = '${MIXPANEL}'; document.head.append(s);</script>
      <p id="second">second chunk</p>`;
    const [first, second] = shopPage({ config, body }).split('<!--chunk-->') as [string, string];
    let sendRest!: () => void;
    server.handle('/streamed.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(first);
      sendRest = () => res.end(second);
    });
    const context = await browser.newContext();
    const log = await recordNetwork(context);
    log.stub('hotjar.com', STUB);
    log.stub('mxpnl.com', STUB);
    const page = await context.newPage();
    const loaded = page.goto(server.url('/streamed.html'), { waitUntil: 'load' });
    // Consentry has started and the first chunk is on screen before the rest of the HTML exists.
    await page.waitForSelector('#first');
    sendRest();
    await loaded;
    await page.waitForSelector('#second');
    await settled(page, log);
    expect([...log.to('hotjar.com'), ...log.to('mxpnl.com')]).toEqual([]);
    await page.evaluate(() => window.Consentry!.acceptAll());
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining([HOTJAR, MIXPANEL]));
  });
});
