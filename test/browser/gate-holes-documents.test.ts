// Gate holes in Chromium. First, documents the gate never parsed (an XHR's
// responseXML, a document made by createHTMLDocument, an <object>'s or <frame>'s window) whose
// nodes enter the page, or whose window fetches. Then frames whose URL has no host (a
// javascript: URL whose markup or code names a vendor; a blob: document). Each is counted at the
// network: nothing reaches the vendor before consent, and the same code works after it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeContexts, launchBrowser, openRecorded, shopPage, startServer, type NetworkLog, type TestServer, settled } from './harness';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/docs.html', shopPage({ config: { vendors: ['hotjar'], reloadOnWithdraw: false } }));
  server.page('/frame.html', '<!doctype html><title>frame</title><p>frame</p>');
  // A same-origin page that names the URL it is given in an <img>.
  server.handle('/offer.html', (req, res) => {
    const u = new URL(req.url ?? '/', 'http://x').searchParams.get('u') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>offer</title><p>offer</p><img src="${u.replace(/"/g, '&quot;')}">`);
  });
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = () => openRecorded(browser, server.url('/docs.html'));

const slugOf = (name: string) => name.replace(/\W+/g, '-');
const seen = (log: NetworkLog, url: string) => expect.poll(() => log.requests.some((r) => r.startsWith(url)), { timeout: 5000 }).toBe(true);
/** Runs `code` (a function body that may return a promise) with `u` the URL, and waits for it. */
const run = (page: Page, code: string, u: string) =>
  page.evaluate(
    `(function (u) { var d, f, i, o, x; return Promise.resolve().then(function () { ${code}; }).catch(function () {}); })(${JSON.stringify(u)})`,
  );

/** An XHR for the same-origin offer page as a document. */
const xhr = `return new Promise(function (done) { x = new XMLHttpRequest(); x.open('GET', '/offer.html?u=' + encodeURIComponent(u)); x.responseType = 'document'; x.onload = function () { done(x.responseXML); }; x.send(); })`;
/** A frame-like element loading the same-origin page, resolved once its document has loaded. */
const loaded = (make: string) =>
  `${make}; return new Promise(function (done) { f.addEventListener('load', function () { done(f); }, { once: true }); document.body.append(f); })`;
const object = loaded(`f = document.createElement('object'); f.type = 'text/html'; f.data = '/frame.html'`);

const PATHS: Record<string, string> = {
  "appendChild of an <img> from an XHR's responseXML": `${xhr}.then(function (d) { document.body.appendChild(d.querySelector('img')); })`,
  "append of an XHR's responseXML body": `${xhr}.then(function (d) { document.body.append(d.body); })`,
  "insertBefore of an <img> from an XHR's responseXML": `${xhr}.then(function (d) { document.body.insertBefore(d.querySelector('img'), document.body.firstChild); })`,
  "adoptNode of an <img> from an XHR's responseXML": `${xhr}.then(function (d) { document.body.append(document.adoptNode(d.querySelector('img'))); })`,
  "importNode of an <img> from an XHR's responseXML": `${xhr}.then(function (d) { document.body.append(document.importNode(d.querySelector('img'), true)); })`,
  "Range insertNode of an <img> from an XHR's responseXML": `${xhr}.then(function (d) { i = document.createRange(); i.selectNodeContents(document.body); i.insertNode(d.querySelector('img')); })`,
  'an <img> written into createHTMLDocument(), then moved into the page': `d = document.implementation.createHTMLDocument(''); d.write('<img src="' + u + '">'); document.body.appendChild(d.querySelector('img'))`,
  "an <img> put by innerHTML into createHTMLDocument()'s body, then moved into the page": `d = document.implementation.createHTMLDocument(''); d.body.innerHTML = '<img src="' + u + '">'; document.body.append(d.body.firstChild)`,
  "fetch() from an <object>'s contentWindow": `${object}.then(function (f) { return f.contentWindow.fetch(u); })`,
  "an <img> put into an <object>'s contentDocument": `${object}.then(function (f) { f.contentDocument.body.innerHTML = '<img src="' + u + '">'; })`,
  "fetch() from an <object>'s contentDocument.defaultView": `${object}.then(function (f) { return f.contentDocument.defaultView.fetch(u); })`,
  "fetch() from a <frame>'s contentWindow": `${loaded(`f = document.createElement('frame'); f.src = '/frame.html'`)}.then(function (f) { return f.contentWindow.fetch(u); })`,
};

describe('documents the gate never parsed', () => {
  for (const [name, code] of Object.entries(PATHS)) {
    it(`holds ${name} until consent, then lets it through`, async () => {
      const { page, log } = await open();
      const slug = slugOf(name);
      const u = `https://static.hotjar.com/p/${slug}`;
      const free = `https://cdn.assets-example.net/p/${slug}`;
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
});

const FRAMES: Record<string, string> = {
  "an iframe's src set to a javascript: URL whose markup names a vendor": `f = document.createElement('iframe'); f.src = "javascript:'<img src=\\"" + u + "\\">'"; document.body.append(f)`,
  "an iframe's src attribute set to a percent-encoded javascript: URL": `f = document.createElement('iframe'); f.setAttribute('src', 'javascript:' + encodeURIComponent("'<img src=\\"" + u + "\\">'")); document.body.append(f)`,
  'an iframe in markup whose javascript: URL fetches a vendor': `d = document.createElement('div'); document.body.append(d); d.innerHTML = '<iframe src="javascript:fetch(&quot;' + u + '&quot;)"></iframe>'`,
};

describe('frames whose URL has no host', () => {
  for (const [name, code] of Object.entries(FRAMES)) {
    it(`holds ${name} until consent, then loads it`, async () => {
      const { page, log } = await open();
      const slug = slugOf(name);
      const u = `https://static.hotjar.com/p/${slug}`;
      const free = `https://cdn.assets-example.net/p/${slug}`;
      await run(page, code, free);
      await seen(log, free);
      await run(page, code, u);
      await settled(page, log);
      expect(log.to('hotjar.com')).toEqual([]);
      // The held frame itself loads on consent (a javascript: URL is replayed, like any held src).
      await page.evaluate(() => window.Consentry!.acceptAll());
      await seen(log, u);
    });
  }

  // A blob's bytes can only be read asynchronously (blob.text(), FileReader), and the frame's
  // document is parsed the moment its src is set: no synchronous check can see what it loads.
  for (const tag of ['iframe', 'object']) {
    it(`known limit: a blob: HTML document in an <${tag}> that names a vendor reaches it`, async () => {
      const { page, log } = await open();
      const u = `https://static.hotjar.com/p/blob-${tag}`;
      const attr = tag === 'iframe' ? 'src' : 'data';
      await run(
        page,
        `f = document.createElement('${tag}'); f.${attr} = URL.createObjectURL(new Blob(['<img src="' + u + '">'], { type: 'text/html' })); document.body.append(f)`,
        u,
      );
      await seen(log, u);
    });
  }
});
