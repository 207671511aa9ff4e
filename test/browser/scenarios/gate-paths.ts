// The run-time path suite of the gate as one specification for every engine: each path a tag
// can take to the network is held (or failed as offline) before consent and let through after it.
// Each path is also run with a host no vendor claims, which must go through at once: that request
// is the sign the page has done its part. Run by each engine's test file (scenarios/index.ts).
import { describe, expect } from 'vitest';
import { shopPage, type NetworkLog } from '../harness';
import { settledIn, type EnginePage } from '../engines/engine';
import type { Stage } from './stage';

/** Each path as page code: `u` is the URL the tag asks for. */
export const ELEMENT_PATHS: Record<string, string> = {
  'the src property of a script': `s = document.createElement('script'); s.src = u; document.head.append(s)`,
  'new Image()': `new Image().src = u`,
  'the src property of an img': `i = document.createElement('img'); i.src = u; document.body.append(i)`,
  'the srcset property of an img': `i = document.createElement('img'); i.srcset = u + ' 2x'; document.body.append(i)`,
  'the src property of an iframe': `f = document.createElement('iframe'); f.src = u; document.body.append(f)`,
  'the href property of a stylesheet link': `l = document.createElement('link'); l.rel = 'stylesheet'; l.href = u; document.head.append(l)`,
  'the href property of a preload link': `l = document.createElement('link'); l.rel = 'preload'; l.as = 'script'; l.href = u; document.head.append(l)`,
  'the href property of a prefetch link': `l = document.createElement('link'); l.rel = 'prefetch'; l.href = u; document.head.append(l)`,
  'the src property of a source in a video': `v = document.createElement('video'); s = document.createElement('source'); s.src = u; v.append(s); document.body.append(v)`,
  'the srcset property of a source in a picture': `p = document.createElement('picture'); s = document.createElement('source'); s.srcset = u; p.append(s, document.createElement('img')); document.body.append(p)`,
  'the src property of a video': `v = document.createElement('video'); v.src = u; document.body.append(v)`,
  'the src property of an audio': `a = document.createElement('audio'); a.src = u; document.body.append(a)`,
  'the poster property of a video': `v = document.createElement('video'); v.poster = u; document.body.append(v)`,
  'the src property of an embed': `e = document.createElement('embed'); e.src = u; document.body.append(e)`,
  'the data property of an object': `o = document.createElement('object'); o.data = u; document.body.append(o)`,
  setAttribute: `i = document.createElement('img'); i.setAttribute('src', u); document.body.append(i)`,
  setAttributeNS: `f = document.createElement('iframe'); f.setAttributeNS(null, 'src', u); document.body.append(f)`,
  createElementNS: `s = document.createElementNS('http://www.w3.org/1999/xhtml', 'script'); s.src = u; document.head.append(s)`,
  innerHTML: `d = document.createElement('div'); document.body.append(d); d.innerHTML = '<p>offer</p><iframe src="' + u + '"></iframe>'`,
  outerHTML: `d = document.createElement('span'); document.body.append(d); d.outerHTML = '<link rel="stylesheet" href="' + u + '">'`,
  insertAdjacentHTML: `document.body.insertAdjacentHTML('beforeend', '<embed src="' + u + '">')`,
  'DOMParser and importNode': `d = new DOMParser().parseFromString('<iframe src="' + u + '"></iframe>', 'text/html'); document.body.append(document.importNode(d.body.firstChild, true))`,
  'DOMParser and adoptNode': `d = new DOMParser().parseFromString('<img src="' + u + '">', 'text/html'); document.body.append(document.adoptNode(d.body.firstChild))`,
  'template content': `t = document.createElement('template'); t.innerHTML = '<iframe src="' + u + '"></iframe>'; document.body.append(t.content.cloneNode(true))`,
  cloneNode: `f = document.createElement('iframe'); f.src = u; document.body.append(f.cloneNode())`,
  'Range.createContextualFragment': `document.body.append(document.createRange().createContextualFragment('<script src="' + u + '"></scr' + 'ipt>'))`,
  setHTMLUnsafe: `d = document.createElement('div'); document.body.append(d); d.setHTMLUnsafe('<iframe src="' + u + '"></iframe>')`,
  'a same-origin frame Consentry saw created': `f = document.createElement('iframe'); document.body.append(f); w = f.contentWindow; i = w.document.createElement('img'); i.src = u; w.document.body.append(i)`,
};

/** A network call: its code resolves with what the calling code saw; `offline` is that when held. */
export const NETWORK_PATHS: Record<string, { code: string; offline: unknown }> = {
  fetch: { code: `return fetch(u).then(function () { return 'ok'; }, function (e) { return e.name; })`, offline: 'TypeError' },
  XMLHttpRequest: {
    code: `return new Promise(function (done) { var x = new XMLHttpRequest(); var seen = []; x.onreadystatechange = function () { seen.push('readystatechange:' + x.readyState); }; x.onerror = function () { seen.push('error'); }; x.onload = function () { done('ok'); }; x.onloadend = function () { done(seen.concat('loadend')); }; x.open('GET', u); x.send(); })`,
    offline: ['readystatechange:1', 'readystatechange:4', 'error', 'loadend'],
  },
  'navigator.sendBeacon': { code: `return navigator.sendBeacon(u, 'x') ? 'ok' : false`, offline: false },
  WebSocket: {
    code: `return new Promise(function (done) { var ws = new WebSocket(u.replace(/^http/, 'ws')); var seen = []; ws.onerror = function () { seen.push('error:' + ws.readyState); }; ws.addEventListener('close', function (e) { seen.push('close:' + e.code); done(seen); }); ws.onopen = function () { done('ok'); }; })`,
    offline: ['error:3', 'close:1006'],
  },
  EventSource: {
    code: `return new Promise(function (done) { var es = new EventSource(u); es.onerror = function () { done('error:' + es.readyState); es.close(); }; es.onopen = function () { done('ok'); }; })`,
    offline: 'error:2',
  },
  "a same-origin frame's fetch": {
    code: `var f = document.createElement('iframe'); document.body.append(f); return f.contentWindow.fetch(u).then(function () { return 'ok'; }, function (e) { return e.name; })`,
    offline: 'TypeError',
  },
};

// Plain http: a proxy that records requests (the evidence in engines without interception) sees
// a plain request's full URL, but only the host of a TLS tunnel. The gate matches hosts, not
// schemes, so the scheme changes nothing it decides.
const vendorUrl = (slug: string) => `http://static.hotjar.com/p/${slug}`;
const freeUrl = (slug: string) => `http://cdn.assets-example.net/p/${slug}`;
const slugOf = (name: string) => name.replace(/\W+/g, '-');
const wire = (name: string, u: string) => (name === 'WebSocket' ? u.replace(/^http/, 'ws') : u);

const run = (page: EnginePage, code: string, u: string) =>
  page.evaluate(`(function (u) { var a, d, e, f, i, l, o, p, s, t, v, w; ${code}; return true; })(${JSON.stringify(u)})`);
const call = (page: EnginePage, code: string, u: string) => page.evaluate(`(function (u) { ${code}; })(${JSON.stringify(u)})`);
const seen = (log: NetworkLog, url: string) => expect.poll(() => log.requests.includes(url), { timeout: 5000 }).toBe(true);

/**
 * A path this engine never takes to the network at all, consent or not, with the reason the
 * README's Limits give. Its scenario then asserts exactly that, so the limit stays true.
 */
export type NeverFetched = Partial<Record<keyof typeof ELEMENT_PATHS, string>>;

/** Registers the run-time path suite on `stage`, with this engine's never-fetched paths. */
export function gatePaths(stage: Stage, neverFetched: NeverFetched = {}): void {
  stage.page('/paths.html', shopPage({ config: { vendors: ['hotjar'], reloadOnWithdraw: false } }));
  const open = () => stage.open('/paths.html');

  describe('the tag gate on every run-time path', () => {
    for (const [name, code] of Object.entries(ELEMENT_PATHS)) {
      const reason = neverFetched[name];
      if (reason) {
        stage.scenario(`never fetches a tag added by ${name}, before or after consent (${reason})`, async () => {
          const page = await open();
          const slug = slugOf(name);
          await run(page, code, vendorUrl(slug));
          await run(page, code, freeUrl(slug));
          await page.evaluate('(window.Consentry.acceptAll(), true)');
          await settledIn(page);
          expect(page.log.requests.filter((u) => u.includes(`/p/${slug}`))).toEqual([]);
        });
        continue;
      }
      stage.scenario(`holds a tag added by ${name} until consent, then loads it`, async () => {
        const page = await open();
        const { log } = page;
        const slug = slugOf(name);
        await run(page, code, vendorUrl(slug));
        await run(page, code, freeUrl(slug));
        await seen(log, freeUrl(slug));
        // This path's own vendor URL: an engine whose one session serves every scenario (WebKit's
        // classic WebDriver) may still deliver a late request of the scenario before.
        expect(log.to('hotjar.com').filter((u) => u === vendorUrl(slug))).toEqual([]);
        await page.evaluate('(window.Consentry.acceptAll(), true)');
        await seen(log, vendorUrl(slug));
      });
    }

    for (const [name, { code, offline }] of Object.entries(NETWORK_PATHS)) {
      stage.scenario(`fails ${name} to a vendor as offline until consent, then lets it through`, async () => {
        const page = await open();
        const { log } = page;
        const slug = slugOf(name);
        expect(await call(page, code, vendorUrl(slug))).toEqual(offline);
        call(page, code, freeUrl(slug)).catch(() => {});
        await seen(log, wire(name, freeUrl(slug)));
        expect(log.to('hotjar.com')).toEqual([]);
        await page.evaluate('(window.Consentry.acceptAll(), true)');
        call(page, code, vendorUrl(slug)).catch(() => {});
        await seen(log, wire(name, vendorUrl(slug)));
      });
    }
  });

  describe('a vendor the site registers at run time', () => {
    stage.scenario('has its hosts held from register() on, until the shopper allows its category', async () => {
      const page = await open();
      const { log } = page;
      const chat = 'http://widget.chat-vendor-example.com/loader.js';
      await page.evaluate(
        "(window.Consentry.register({ id: 'chat', name: 'Chat', category: 'preferences', hosts: ['chat-vendor-example.com'] }), true)",
      );
      await run(page, ELEMENT_PATHS['the src property of a script']!, chat);
      await run(page, ELEMENT_PATHS['the src property of a script']!, freeUrl('registered'));
      await seen(log, freeUrl('registered'));
      expect(log.to('chat-vendor-example.com')).toEqual([]);
      await page.evaluate('(window.Consentry.setConsent({ preferences: true }), true)');
      await seen(log, chat);
    });
  });
}
