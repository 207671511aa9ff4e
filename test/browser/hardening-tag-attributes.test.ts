// Property-based, in Chromium: random and hostile tag attributes (data-consentry values that are
// prototype names, wrong case, padded or empty; vendor URLs in upper case, with a trailing dot,
// protocol-relative, with user info or percent-encoding; every way of setting them) on pages
// where the shopper has allowed only marketing. Whatever fast-check generates, no request goes
// to an analytics vendor, nothing optional goes out before the choice, and no exception escapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { launchBrowser, recordNetwork, settled, shopPage, type TestServer, startServer } from './harness';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const CONFIG = { vendors: ['hotjar', 'mixpanel', 'fresh-relevance'] };
/** Never allowed in these tests: the analytics vendors. */
const FORBIDDEN = ['hotjar.com', 'hotjar.io', 'mxpnl.com', 'mixpanel.com'];
const VENDOR_HOSTS = [...FORBIDDEN, 'freshrelevance.com'];

const LABELS = [
  'analytics',
  'marketing',
  'hotjar',
  'mixpanel',
  'fresh-relevance',
  'necessary',
  'preferences',
  '__proto__',
  'constructor',
  'toString',
  'Analytics',
  ' analytics',
  'analytics ',
  'hotjar marketing',
  'marketing,hotjar',
  '',
];
const URLS = [
  'https://static.hotjar.com/c/hotjar.js',
  'https://STATIC.HOTJAR.COM/c/hotjar.js',
  'https://static.hotjar.com./c/hotjar.js',
  '//static.hotjar.com/c/hotjar.js',
  'https://shop:pw@static.hotjar.com/c/hotjar.js',
  'https://static.hotjar%2Ecom/c/hotjar.js',
  'https://vars.hotjar.io/x',
  'https://cdn.mxpnl.com/libs/mixpanel.js',
  'https://api-js.mixpanel.com/track/',
  'https://d81mfvml8p5ml.cloudfront.net/fr.js',
  'https://www.freshrelevance.com/t.js',
  '/local.js',
];

interface Tag {
  static: boolean;
  el: 'script' | 'img' | 'iframe' | 'link';
  how: 'attribute' | 'data-attribute' | 'property' | 'setAttribute' | 'setAttribute upper case' | 'innerHTML' | 'insertAdjacentHTML';
  label: string | null;
  type: string | null;
  url: string;
}

const tag: fc.Arbitrary<Tag> = fc
  .record({
    static: fc.boolean(),
    el: fc.constantFrom('script', 'img', 'iframe', 'link'),
    how: fc.constantFrom(
      'attribute',
      'data-attribute',
      'property',
      'setAttribute',
      'setAttribute upper case',
      'innerHTML',
      'insertAdjacentHTML',
    ),
    label: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...LABELS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    type: fc.constantFrom('text/plain', 'TEXT/PLAIN', 'text/javascript', null),
    url: fc.constantFrom(...URLS),
  })
  .map((t): Tag => {
    // Static HTML follows the markup contract (an unmarked vendor tag in the HTML is fetched by
    // the preload scanner before any script runs: a documented limit no script can close).
    // So static scripts are text/plain with src or data-src, and other static elements use data-*.
    if (t.static)
      return {
        ...t,
        label: t.label ?? '',
        type: t.el === 'script' ? 'text/plain' : null,
        how: t.el === 'script' && t.how !== 'data-attribute' ? 'attribute' : 'data-attribute',
      };
    return t;
  });

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const urlAttr = (t: Tag) => (t.el === 'link' ? 'href' : 'src');

function markup(t: Tag, i: number): string {
  const url = `${t.url}${t.url.includes('?') ? '&' : '?'}t=${i}`;
  const name = t.how === 'data-attribute' ? `data-${urlAttr(t)}` : urlAttr(t);
  const parts = [
    t.el,
    t.el === 'link' ? 'rel="stylesheet"' : '',
    t.label !== null ? `data-consentry="${attr(t.label)}"` : '',
    t.type ? `type="${t.type}"` : '',
    `${name}="${attr(url)}"`,
  ];
  const open = `<${parts.filter(Boolean).join(' ')}>`;
  return t.el === 'img' || t.el === 'link' ? open : `${open}</${t.el}>`;
}

/** A page script that adds the run-time tags with the API each one names. */
function injector(tags: Tag[]): string {
  const steps = tags
    .map((t, i) => ({ ...t, i, html: markup(t, i), attr: urlAttr(t), url: `${t.url}${t.url.includes('?') ? '&' : '?'}t=${i}` }))
    .filter((t) => !t.static);
  return `<script>(${(
    (steps: Array<Tag & { i: number; html: string; attr: string; url: string }>) => {
      for (const t of steps) {
        if (t.how === 'innerHTML') {
          const d = document.createElement('div');
          d.innerHTML = t.html;
          document.body.appendChild(d);
          continue;
        }
        if (t.how === 'insertAdjacentHTML') {
          document.body.insertAdjacentHTML('beforeend', t.html);
          continue;
        }
        const el = document.createElement(t.el);
        if (t.el === 'link') el.setAttribute('rel', 'stylesheet');
        if (t.label !== null) el.setAttribute('data-consentry', t.label);
        if (t.type) el.setAttribute('type', t.type);
        if (t.how === 'property') (el as unknown as Record<string, string>)[t.attr] = t.url;
        else if (t.how === 'setAttribute upper case') el.setAttribute(t.attr.toUpperCase(), t.url);
        else if (t.how === 'data-attribute') el.setAttribute(`data-${t.attr}`, t.url);
        else el.setAttribute(t.attr, t.url);
        document.body.appendChild(el);
      }
    }
  ).toString()})(${JSON.stringify(steps).replace(/</g, '\\u003c')})</script>`;
}

const ERRORS = `window.__errors = []; addEventListener('error', (e) => { if (e.message) window.__errors.push(e.message); });
addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));`;

let run = 0;
async function check(tags: Tag[]): Promise<void> {
  const path = `/tags-${run++}.html`;
  server.page(path, shopPage({ config: CONFIG, body: tags.map((t, i) => (t.static ? markup(t, i) : '')).join('\n') + injector(tags) }));
  server.handle('/local.js', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end('');
  });
  const context = await browser.newContext();
  try {
    await context.addInitScript(ERRORS);
    const net = await recordNetwork(context);
    const page = await context.newPage();
    await page.goto(server.url(path));
    await settled(page, net);
    const toVendors = (hosts: string[]) =>
      net.requests.filter((u) => {
        try {
          const h = new URL(u).hostname.replace(/\.$/, '');
          return hosts.some((x) => h === x || h.endsWith(`.${x}`));
        } catch {
          return false;
        }
      });
    const before = toVendors(VENDOR_HOSTS);
    await page.evaluate(() => window.Consentry!.setConsent({ marketing: true }));
    // The allowed marketing tags are released after a frame; the marker comes after them.
    await settled(page, net);
    const errors = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
    const forbidden = toVendors(FORBIDDEN);
    if (before.length || forbidden.length || errors.length) {
      throw new Error(
        `before the choice: ${JSON.stringify(before)}; to analytics after allowing marketing: ${JSON.stringify(forbidden)}; errors: ${JSON.stringify(errors)}`,
      );
    }
  } finally {
    await context.close();
  }
}

describe('random and hostile tag attributes', () => {
  it('never reach a vendor before the choice, never reach one that was not allowed, and throw nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.array(tag, { minLength: 1, maxLength: 16 }), check), { numRuns: 15 });
  }, 600_000);

  it('holds a marked-up tag labelled "marketing" that loads Hotjar until Hotjar itself is allowed', async () => {
    await check([
      {
        static: true,
        el: 'script',
        how: 'attribute',
        label: 'marketing',
        type: 'text/plain',
        url: 'https://static.hotjar.com/c/hotjar.js',
      },
    ]);
  });

  it('holds the live vendor URL of an element that carries data-consentry, inserted as markup', async () => {
    await check([
      { static: false, el: 'img', how: 'insertAdjacentHTML', label: 'necessary', type: null, url: 'https://static.hotjar.com/c/pixel.gif' },
    ]);
    await check([
      { static: false, el: 'iframe', how: 'innerHTML', label: 'marketing', type: null, url: 'https://vars.hotjar.io/box.html' },
    ]);
  });

  it('the oracle sees a leak: a vendor tag that is let through is reported', async () => {
    // An unmarked Mixpanel script in the static HTML: the documented limit no script can close.
    const leak: Tag = {
      static: true,
      el: 'script',
      how: 'attribute',
      label: null,
      type: null,
      url: 'https://cdn.mxpnl.com/libs/mixpanel.js',
    };
    await expect(check([leak])).rejects.toThrow(/before the choice: \["https:\/\/cdn\.mxpnl\.com/);
  });
});
