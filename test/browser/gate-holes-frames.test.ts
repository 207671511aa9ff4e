// Gate holes in Chromium: a script navigating or writing a same-origin frame to a
// vendor URL. window.open into a named frame, a script's click on a link that targets one, a form
// submitted into one, a <frame>'s src, a meta refresh and document.open/write in a frame are
// stopped before consent (frame navigations are not replayed: they are logged as 'blocked') and
// work after it. Top-level navigations and a link the shopper really clicks are never stopped.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeContexts, launchBrowser, openRecorded, shopPage, startServer, type NetworkLog, type TestServer, settled } from './harness';

let browser: Browser;
let server: TestServer;

const SLOT = '<iframe name="slot" src="/frame.html"></iframe>';
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/frame.html', '<!doctype html><title>frame</title><p>frame</p>');
  server.page('/frames.html', shopPage({ config: { vendors: ['hotjar'], reloadOnWithdraw: false, debug: true }, body: SLOT }));
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = () => openRecorded(browser, server.url('/frames.html'));

const slugOf = (name: string) => name.replace(/\W+/g, '-');
const seen = (log: NetworkLog, url: string) => expect.poll(() => log.requests.some((r) => r.startsWith(url)), { timeout: 5000 }).toBe(true);
const run = (page: Page, code: string, u: string) =>
  page.evaluate(`(function (u) { var a, b, d, f, m; try { ${code}; } catch (e) {} })(${JSON.stringify(u)})`);

/** A frame whose document the script opens and writes itself. */
const written = (html: string) =>
  `f = document.createElement('iframe'); document.body.append(f); d = f.contentDocument; d.open(); d.write(${html}); d.close()`;

/** A frame made by script, showing its initial about:blank document `d`. */
const created = `f = document.createElement('iframe'); document.body.append(f); d = f.contentDocument`;

const PATHS: Record<string, string> = {
  'window.open into a named frame': `window.open(u, 'slot')`,
  "a script's click on a link that targets a named frame": `a = document.createElement('a'); a.target = 'slot'; a.href = u; document.body.append(a); a.click()`,
  "a script's click inside a link whose <base target> is a named frame": `b = document.createElement('base'); b.target = 'slot'; document.head.append(b); a = document.createElement('a'); a.href = u; a.innerHTML = '<span>go</span>'; document.body.append(a); a.firstChild.dispatchEvent(new MouseEvent('click', { bubbles: true })); b.remove()`,
  'form.submit() (GET) into a named frame': `f = document.createElement('form'); f.target = 'slot'; f.action = u; document.body.append(f); f.submit()`,
  'form.submit() (POST) into a named frame': `f = document.createElement('form'); f.method = 'post'; f.target = 'slot'; f.action = u; document.body.append(f); f.submit()`,
  'form.requestSubmit() into a named frame': `f = document.createElement('form'); f.target = 'slot'; f.action = u; document.body.append(f); f.requestSubmit()`,
  "a script's click on a submit button with formtarget and formaction": `f = document.createElement('form'); f.innerHTML = '<button>go</button>'; b = f.firstChild; b.formTarget = 'slot'; b.formAction = u; document.body.append(f); b.click()`,
  "window.open(u, '_self') in a frame": `f = document.createElement('iframe'); document.body.append(f); f.contentWindow.open(u, '_self')`,
  'the src property of a <frame>': `f = document.createElement('frame'); f.src = u; document.body.append(f)`,
  'a meta refresh written into a frame': written(`'<meta http-equiv="refresh" content="0; url=' + u + '">'`),
  'a meta refresh appended to a frame made by createElement': `${created}; m = d.createElement('meta'); m.httpEquiv = 'refresh'; m.content = '0; url=' + u; d.head.append(m)`,
  'a meta refresh whose content is set once it is in a created frame': `${created}; m = d.createElement('meta'); m.httpEquiv = 'refresh'; d.head.append(m); m.content = '0;url=' + u`,
  'a meta refresh in a created frame made by setAttribute, http-equiv last': `${created}; m = d.createElement('meta'); m.setAttribute('content', '0;url=' + u); d.head.append(m); m.setAttribute('http-equiv', 'Refresh')`,
  'a meta refresh made in the page and moved into a created frame': `${created}; m = document.createElement('meta'); m.httpEquiv = 'refresh'; m.content = '0;url=' + u; d.head.append(m)`,
  'an img written into a frame with document.open()': written(`'<p>offer</p><img src="' + u + '">'`),
  'a script written into a frame with document.open()': written(`'<script src="' + u + '"></scr' + 'ipt>'`),
};

describe('the tag gate on frame navigations and frame writes', () => {
  for (const [name, code] of Object.entries(PATHS)) {
    it(`stops ${name} before consent, and lets it through after`, async () => {
      const { page, log } = await open();
      const slug = slugOf(name);
      const u = `https://static.hotjar.com/p/${slug}`;
      const free = `https://cdn.assets-example.net/p/${slug}`;
      // The free URL first: a second navigation of the same frame would cancel the first.
      await run(page, code, free);
      await seen(log, free);
      await run(page, code, u);
      await settled(page, log);
      expect(log.to('hotjar.com')).toEqual([]);
      await page.evaluate(() => window.Consentry!.acceptAll());
      await run(page, code, u);
      await seen(log, u);
    });
  }

  it("logs a stopped frame navigation as 'blocked', with its vendor", async () => {
    const { page } = await open();
    await run(page, PATHS['window.open into a named frame']!, 'https://static.hotjar.com/p/logged');
    const log = await page.evaluate(() => window.Consentry!.debugLog());
    expect(log).toContainEqual(expect.objectContaining({ action: 'blocked', vendor: 'hotjar' }));
  });

  it('never stops a link the shopper really clicks, even into a frame', async () => {
    const { page, log } = await open();
    const u = 'https://static.hotjar.com/p/shopper-click';
    await run(
      page,
      `a = document.createElement('a'); a.id = 'go'; a.target = 'slot'; a.href = u; a.textContent = 'go'; document.body.append(a)`,
      u,
    );
    await page.click('#go');
    await seen(log, u);
  });

  const TOP: Record<string, string> = {
    'window.open(u)': `window.open(u)`,
    "window.open(u, '_blank')": `window.open(u, '_blank')`,
    "window.open(u, 'a-new-window')": `window.open(u, 'a-new-window')`,
    "window.open(u, '_top')": `window.open(u, '_top')`,
    'location.assign(u)': `location.assign(u)`,
  };
  for (const [name, code] of Object.entries(TOP)) {
    it(`never stops a top-level navigation: ${name}`, async () => {
      const { page, log } = await open();
      const u = `https://static.hotjar.com/p/${slugOf(name)}`;
      await run(page, code, u);
      await seen(log, u);
    });
  }

  // Location is [LegacyUnforgeable]: href, assign() and replace() are own, non-configurable
  // properties of each Location object, so no script can put a check in front of them.
  it('known limit: a frame navigated through its own location still reaches the vendor', async () => {
    const { page, log } = await open();
    const u = 'https://static.hotjar.com/p/frame-location';
    await run(page, `document.querySelector('iframe').contentWindow.location.href = u`, u);
    await seen(log, u);
  });

  it('keeps the identity of a frame window (event.source === contentWindow)', async () => {
    const { page } = await open();
    const same = await page.evaluate(
      () =>
        new Promise((done) => {
          const f = document.querySelector('iframe')!;
          addEventListener('message', (e) => done(e.source === f.contentWindow && f.contentWindow === window.frames[0]), { once: true });
          (f.contentWindow as Window & { eval(s: string): void }).eval('parent.postMessage("hi", "*")');
        }),
    );
    expect(same).toBe(true);
  });
});
