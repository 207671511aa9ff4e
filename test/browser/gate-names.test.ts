// Every spelling of a fetching attribute the browser honours is held like the plain one: a name
// in any case, SVG's href with or without the XLink namespace and under any prefix, SVG's filter
// image, SVG's href.baseVal, an image preload's imagesrcset, markup and customized built-ins. The
// gate paths test covers the plain spellings.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeContexts, launchBrowser, recordNetwork, shopPage, startServer, type TestServer } from './harness';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/names.html', shopPage({ config: { vendors: ['hotjar'], reloadOnWithdraw: false } }));
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SVG = `svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg'); document.body.append(svg);`;
const XLINK = `'http://www.w3.org/1999/xlink'`;
const svgImage = `${SVG} i = document.createElementNS(svg.namespaceURI, 'image'); i.setAttribute('width', '10'); i.setAttribute('height', '10');`;
/** An feImage is fetched only when a drawn shape uses its filter. */
const feImage = (set: string) =>
  `${SVG} f = document.createElementNS(svg.namespaceURI, 'filter'); f.id = 'f' + Math.random().toString(36).slice(2); i = document.createElementNS(svg.namespaceURI, 'feImage'); ${set}; f.append(i); r = document.createElementNS(svg.namespaceURI, 'rect'); r.setAttribute('width', '10'); r.setAttribute('height', '10'); r.setAttribute('filter', 'url(#' + f.id + ')'); svg.append(f, r)`;

/** Each path as page code: `u` is the URL the tag asks for. */
const PATHS: Record<string, string> = {
  'setAttribute with an upper-case name': `i = document.createElement('img'); i.setAttribute('SRC', u); document.body.append(i)`,
  'setAttributeNS with xlink:href on an SVG image': `${svgImage} i.setAttributeNS(${XLINK}, 'xlink:href', u); svg.append(i)`,
  'setAttributeNS with another prefix for the XLink namespace': `${svgImage} i.setAttributeNS(${XLINK}, 'xl:href', u); svg.append(i)`,
  'setAttribute href on an SVG image': `${svgImage} i.setAttribute('href', u); svg.append(i)`,
  'setAttribute href on an SVG feImage': feImage(`i.setAttribute('href', u)`),
  'setAttributeNS with xlink:href on an SVG feImage': feImage(`i.setAttributeNS(${XLINK}, 'xlink:href', u)`),
  'markup with xlink:href on an SVG image': `d = document.createElement('div'); document.body.append(d); d.innerHTML = '<svg><image xlink:href="' + u + '" width="10" height="10"/></svg>'`,
  'markup with href on an SVG image': `d = document.createElement('div'); document.body.append(d); d.innerHTML = '<svg><image href="' + u + '" width="10" height="10"/></svg>'`,
  'markup with an SVG feImage': `d = document.createElement('div'); document.body.append(d); d.innerHTML = '<svg><filter id="g"><feImage href="' + u + '"/></filter><rect width="10" height="10" filter="url(#g)"/></svg>'`,
  'setAttribute imagesrcset on an image preload link': `l = document.createElement('link'); l.rel = 'preload'; l.as = 'image'; l.setAttribute('imagesrcset', u + ' 1x'); document.head.append(l)`,
  'the imageSrcset property of an image preload link': `l = document.createElement('link'); l.rel = 'preload'; l.as = 'image'; l.imageSrcset = u + ' 1x'; document.head.append(l)`,
  'markup with an image preload link and imagesrcset': `d = document.createElement('div'); document.body.append(d); d.innerHTML = '<link rel="preload" as="image" imagesrcset="' + u + ' 1x">'`,
  'href.baseVal on an SVG image': `${svgImage} i.href.baseVal = u; svg.append(i)`,
  'href.baseVal on an SVG feImage': feImage(`i.href.baseVal = u`),
  'href.baseVal on an SVG script': `${SVG} s = document.createElementNS(svg.namespaceURI, 'script'); s.href.baseVal = u; svg.append(s)`,
  'a customized built-in script': `customElements.get('x-s') || customElements.define('x-s', class extends HTMLScriptElement {}, { extends: 'script' }); s = document.createElement('script', { is: 'x-s' }); s.src = u; document.head.append(s)`,
};

const vendorUrl = (slug: string) => `https://static.hotjar.com/p/${slug}.gif`;
const freeUrl = (slug: string) => `https://cdn.assets-example.net/p/${slug}.gif`;
const run = (code: string, u: string) => `(function (u) { var d, f, i, l, r, s, svg; ${code}; })(${JSON.stringify(u)})`;

describe('the tag gate on every spelling of a fetching attribute', () => {
  for (const [name, code] of Object.entries(PATHS)) {
    it(`holds a vendor URL given by ${name} until consent, then loads it`, async () => {
      const context = await browser.newContext();
      const log = await recordNetwork(context);
      const page = await context.newPage();
      await page.goto(server.url('/names.html'), { waitUntil: 'load' });
      const slug = name.replace(/\W+/g, '-');
      await page.evaluate(run(code, vendorUrl(slug)));
      // The same code with a host no vendor claims must fetch: the sign the path really fetches.
      await page.evaluate(run(code, freeUrl(slug)));
      await expect.poll(() => log.requests.includes(freeUrl(slug)), { timeout: 5000 }).toBe(true);
      expect(log.to('hotjar.com')).toEqual([]);
      await page.evaluate(() => window.Consentry!.acceptAll());
      await expect.poll(() => log.requests.includes(vendorUrl(slug)), { timeout: 5000 }).toBe(true);
    });
  }
});
