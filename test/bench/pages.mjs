// The pages the benchmark loads. One shop page, built four ways (no consent library,
// vanilla-cookieconsent 3.1.0 set up as its docs say, vanilla-cookieconsent loaded synchronously
// in <head> as Consentry is, Consentry), so every difference in the figures comes from the
// consent layer; plus the gate page (2,000 elements added at run time) and the scale page
// (200 vendors, 1,000 held tags).
//
// Vendor URLs are plain http on the bench server's port: the browser maps every host to
// 127.0.0.1 and the server answers any host it does not own with a small stand-in script, so no
// request is intercepted by the driver (interception would add its own latency to every load).

/** The five vendors of the shop's policy (catalog ids): category and where their tag loads from. */
export const VENDORS = [
  {
    id: 'doubleclick',
    name: 'DoubleClick',
    category: 'marketing',
    tag: (port) => `http://www.googletagmanager.com:${port}/gtag/js?id=DC-1234567`,
  },
  { id: 'hotjar', name: 'Hotjar', category: 'analytics', tag: (port) => `http://static.hotjar.com:${port}/c/hotjar-123456.js?sv=6` },
  {
    id: 'fresh-relevance',
    name: 'Fresh Relevance',
    category: 'marketing',
    tag: (port) => `http://d81mfvml8p5ml.cloudfront.net:${port}/shop123.js`,
  },
  { id: 'rakuten', name: 'Rakuten Advertising', category: 'marketing', tag: (port) => `http://tag.rmp.rakuten.com:${port}/123456.ct.js` },
  { id: 'mixpanel', name: 'Mixpanel', category: 'analytics', tag: (port) => `http://cdn.mxpnl.com:${port}/libs/mixpanel-2-latest.min.js` },
];

const CONTENT = `<header><a href="/">Camera Shop</a><nav><a href="/lenses">Lenses</a> <a href="/bags">Bags</a> <a href="#" data-consentry-open>Cookie settings</a></nav></header>
<main><h1>Cameras</h1><p>Mirrorless, compact and film cameras, delivered tomorrow.</p>
<ul class="grid">${Array.from({ length: 12 }, (_, i) => `<li><h2>Camera ${i + 1}</h2><p>A fine camera for every shopper: ${24 + i} megapixels, weather sealed.</p><p>&pound;${499 + i * 50}</p><button type="button">Add to basket</button></li>`).join('')}</ul></main>
<footer><p>Camera Shop Ltd, 1 High Street.</p></footer>`;

const STYLE = `<style>body{font:16px/1.5 system-ui,sans-serif;margin:0}header,main,footer{padding:1rem}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:1rem;list-style:none;padding:0}.grid li{border:1px solid #ccc;padding:.5rem}</style>`;

const page = ({ head = '', body = '' }) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Camera Shop</title>${head}${STYLE}</head><body>${CONTENT}${body}</body></html>`;

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** As a site writes it: the five vendors by catalog id, then the script, first in <head>. */
const CONSENTRY_HEAD = `${consentryConfig(VENDORS.map((v) => v.id))}<script src="/dist/consentry.js"></script>`;

export function consentryConfig(vendors, extra = {}) {
  return `<script type="application/json" id="consentry-config">${json({ vendors, policyUrl: '/cookies', ...extra })}</script>`;
}

/** The page without any consent library: the vendor tags run at once. */
export function plainShop(port) {
  return page({ body: VENDORS.map((v) => `<script async src="${v.tag(port)}"></script>`).join('') });
}

/** Consentry as its README says: config, then consentry.js first in <head>; tags marked up. */
export function consentryShop(port, config = {}) {
  const tags = VENDORS.map((v) => `<script type="text/plain" data-consentry="${v.id}" async src="${v.tag(port)}"></script>`).join('');
  const head = Object.keys(config).length
    ? `${consentryConfig(
        VENDORS.map((v) => v.id),
        config,
      )}<script src="/dist/consentry.js"></script>`
    : CONSENTRY_HEAD;
  return page({ head, body: tags });
}

/** vanilla-cookieconsent 3.1.0's files, as the bench server serves them from the pinned devDependency. */
const VCC = '/node_modules/vanilla-cookieconsent/dist';
/** The docs' `cookieconsent-config.js`, served by the bench at this path (config, not library: not counted in bytes). */
export const VANILLA_CONFIG_PATH = '/vanilla-config.js';

const vanillaTags = (port) =>
  VENDORS.map(
    (v) => `<script type="text/plain" data-category="${v.category}" data-service="${v.id}" async src="${v.tag(port)}"></script>`,
  ).join('');

/**
 * The same policy for vanilla-cookieconsent in both setups: categories necessary / analytics /
 * marketing, one service per vendor so the preferences list the same five; buttons named as
 * Consentry's ("Accept all", "Reject all").
 */
function vanillaConfig() {
  const services = (category) => Object.fromEntries(VENDORS.filter((v) => v.category === category).map((v) => [v.id, { label: v.name }]));
  return {
    // Its default hides the banner from automated browsers (navigator.webdriver), i.e. from this bench.
    hideFromBots: false,
    categories: {
      necessary: { enabled: true, readOnly: true },
      analytics: { services: services('analytics') },
      marketing: { services: services('marketing') },
    },
    language: {
      default: 'en',
      translations: {
        en: {
          consentModal: {
            title: 'Cookies on this site',
            description: 'We use optional cookies for analytics and marketing. See our <a href="/cookies">cookie policy</a>.',
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            showPreferencesBtn: 'Manage cookies',
          },
          preferencesModal: {
            title: 'Cookie preferences',
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            savePreferencesBtn: 'Save choices',
            closeIconLabel: 'Close',
            sections: [
              { title: 'Strictly necessary', description: 'Needed for the shop to work.', linkedCategory: 'necessary' },
              { title: 'Analytics', description: 'How the shop is used.', linkedCategory: 'analytics' },
              { title: 'Marketing', description: 'Offers and adverts.', linkedCategory: 'marketing' },
            ],
          },
        },
      },
    },
  };
}

/**
 * vanilla-cookieconsent 3.1.0 as its docs ("Getting started", HTML) say: the stylesheet in
 * <head>; at the end of <body> `<script type="module" src="cookieconsent-config.js">`, a file that
 * imports `cookieconsent.umd.js` and calls `CookieConsent.run()` (see vanillaConfigModule). Tags
 * marked `type="text/plain" data-category data-service`.
 */
export function vanillaShop(port) {
  return page({
    head: `<link rel="stylesheet" href="${VCC}/cookieconsent.css">`,
    body: `${vanillaTags(port)}<script type="module" src="${VANILLA_CONFIG_PATH}"></script>`,
  });
}

/** The docs' `cookieconsent-config.js`: import the UMD build, then run with the config. */
export function vanillaConfigModule() {
  return `import '${VCC}/cookieconsent.umd.js';\n\nCookieConsent.run(${json(vanillaConfig())});\n`;
}

/**
 * vanilla-cookieconsent 3.1.0 loaded the way Consentry is: synchronously in <head> (stylesheet
 * and `cookieconsent.umd.js`, both render-blocking). `run()` reads the marked-up tags and appends
 * its banner to <body> at once, so in <head> it is called on DOMContentLoaded.
 */
export function vanillaHeadShop(port) {
  return page({
    head: `<link rel="stylesheet" href="${VCC}/cookieconsent.css"><script src="${VCC}/cookieconsent.umd.js"></script><script>document.addEventListener('DOMContentLoaded',()=>CookieConsent.run(${json(vanillaConfig())}));</script>`,
    body: vanillaTags(port),
  });
}

/**
 * The files a page's <head> downloads before it can render: `<script src>` without async, defer
 * or type=module, and `<link rel=stylesheet>` without a non-matching media. Paths as written.
 */
export function renderBlockingFiles(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  const files = [];
  const attr = (attrs, name) => {
    const m = attrs.match(new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+))?`, 'i'));
    return m ? (m[1] ?? '').replace(/^["']|["']$/g, '') : null;
  };
  for (const [, tag, attrs] of head.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    if (tag.toLowerCase() === 'script') {
      const type = (attr(attrs, 'type') ?? '').toLowerCase();
      if (attr(attrs, 'src') && attr(attrs, 'async') === null && attr(attrs, 'defer') === null && ['', 'text/javascript'].includes(type))
        files.push(attr(attrs, 'src'));
    } else if (
      (attr(attrs, 'rel') ?? '').toLowerCase() === 'stylesheet' &&
      ['', 'all', 'screen'].includes((attr(attrs, 'media') ?? '').toLowerCase())
    ) {
      files.push(attr(attrs, 'href'));
    }
  }
  return files;
}

/**
 * A page whose own script adds 2,000 elements through the everyday DOM APIs a shop and its tag
 * manager use. None points at a vendor host, so with and without Consentry the page does the same
 * work and the difference is the gate's cost on ordinary elements. `window.benchInsert()` times
 * one round, including the microtasks (mutation observers) it triggers.
 */
export function gatePage(withConsentry) {
  const head = withConsentry ? CONSENTRY_HEAD : '';
  const script = `<script>
const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
window.benchRan = 0;
window.benchInsert = () => new Promise((done) => {
  const box = document.createElement('section');
  document.querySelector('main').appendChild(box);
  const t0 = performance.now();
  for (let i = 0; i < 500; i++) { const d = document.createElement('div'); d.className = 'row'; d.textContent = 'Row ' + i; box.appendChild(d); }
  for (let i = 0; i < 300; i++) { const m = document.createElement('img'); m.alt = ''; m.src = GIF; box.appendChild(m); }
  for (let i = 0; i < 100; i++) { const m = new Image(); m.setAttribute('src', GIF); box.appendChild(m); }
  const ul = document.createElement('ul'); box.appendChild(ul);
  ul.innerHTML = Array.from({ length: 200 }, (_, i) => '<li><a href="/product/' + i + '">Item ' + i + '</a></li>').join('');
  for (let i = 0; i < 200; i++) box.insertAdjacentHTML('beforeend', '<span class="tag">#' + i + '</span>');
  for (let i = 0; i < 200; i++) { const a = document.createElement('a'); a.setAttribute('href', '/offer/' + i); a.textContent = 'Offer'; box.appendChild(a); }
  const proto = document.createElement('p'); proto.innerHTML = 'Price <b hidden></b>';
  for (let i = 0; i < 50; i++) box.appendChild(proto.cloneNode(true));
  for (let i = 0; i < 100; i++) { const s = document.createElement('script'); s.textContent = 'window.benchRan++'; box.appendChild(s); }
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg'); box.appendChild(svg);
  for (let i = 0; i < 99; i++) svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'rect'));
  // 500 + 300 + 100 + 1 + 400 + 200 + 200 + 100 (50 p + 50 b) + 100 + 1 + 99 = 2,001 with the box.
  const c = new MessageChannel();
  c.port1.onmessage = () => { const t = performance.now() - t0; box.remove(); done(t); };
  c.port2.postMessage(0);
});
</script>`;
  return page({ head, body: script });
}

/** The scale page: 200 vendors registered by config and 1,000 held tags in the HTML. */
export function scalePage(port) {
  const vendors = Array.from({ length: 200 }, (_, i) => ({
    id: `vendor-${i}`,
    name: `Vendor ${i}`,
    company: `Vendor ${i} Ltd`,
    category: i % 2 ? 'analytics' : 'marketing',
    purpose: 'Measures which offers shoppers like.',
    hosts: [`cdn.vendor${i}.example`, `t.vendor${i}.example`],
    cookies: [{ name: `_v${i}_`, prefix: true, party: 'first', lifetime: '1 year', purpose: 'Recognises a returning visitor.' }],
    policyUrl: `https://vendor${i}.example/privacy`,
    leavesUkEea: true,
  }));
  const tags = Array.from({ length: 1000 }, (_, i) => {
    const v = i % 200;
    return i % 4 === 3
      ? `<img data-consentry="vendor-${v}" data-src="http://t.vendor${v}.example:${port}/p.gif?i=${i}" alt="">`
      : `<script type="text/plain" data-consentry="vendor-${v}" async src="http://cdn.vendor${v}.example:${port}/t${i}.js"></script>`;
  }).join('');
  return page({ head: `${consentryConfig(vendors)}<script src="/dist/consentry.js"></script>`, body: tags });
}
