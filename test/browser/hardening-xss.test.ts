// XSS in Chromium: every string a site (or a poisoned catalog override, or register()) can give
// Consentry carries the usual payloads. The UI must show them as text and nothing else: no
// element, attribute or script is created from them, and only http(s) or relative URLs become
// links; a javascript: or data: policy URL gets a console error and is dropped.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, shopPage, startServer, type TestServer } from './harness';
import { uncaught, sessionPool, type Session } from './fixtures/hardening/support';
import { enGB } from '../../src/ui/text-en-gb';

let browser: Browser;
let server: TestServer;
const sessions = sessionPool();

/** The usual payloads in one string, tagged with the field it was put in, so a hit names it. */
const P = (field: string) =>
  `${field} <img src=x onerror="__xss.push('${field} img')"><script>__xss.push('${field} script')</script>` +
  `<svg onload="__xss.push('${field} svg')"></svg>"'><iframe srcdoc="<script>parent.__xss.push('${field} iframe')</script>"></iframe>` +
  `javascript:__xss.push('${field} js') {{constructor.constructor('__xss.push(1)')()}} &lt;b&gt;`;

const TEXT_KEYS = Object.keys(enGB);
const text = Object.fromEntries(TEXT_KEYS.map((k) => [k, P(`text.${k}`)]));
const cookie = (field: string) => ({
  name: P(`${field}.cookie.name`),
  party: 'first',
  lifetime: P(`${field}.cookie.lifetime`),
  purpose: P(`${field}.cookie.purpose`),
});
const poisonedVendor = (id: string, category: string, hosts: string[]) => ({
  id,
  name: P(`${id}.name`),
  company: P(`${id}.company`),
  category,
  purpose: P(`${id}.purpose`),
  hosts,
  cookies: [cookie(id)],
  // Valid as a URL (a relative path), hostile as markup: it must stay an attribute value.
  policyUrl: `/privacy?q="><img src=x onerror="__xss.push('${id}.policyUrl')">`,
  leavesUkEea: true,
});

const CONFIG = {
  policyUrl: `/cookies?"><script>__xss.push('config.policyUrl')</script>`,
  text,
  categories: {
    analytics: { label: P('categories.analytics.label'), description: P('categories.analytics.description') },
    loyalty: { label: P('categories.loyalty.label'), description: P('categories.loyalty.description') },
  },
  // hotjar overrides a catalog entry field by field; "wishlist" is a vendor new to the catalog.
  vendors: [poisonedVendor('hotjar', 'analytics', ['hotjar.com']), poisonedVendor('wishlist', 'loyalty', ['wishlist.example'])],
};

/**
 * A shop page whose config element holds `config` escaped as a site must escape it: a raw
 * `</script>` inside the JSON would end the element and run the rest as markup before
 * Consentry ever reads it (harness.shopPage does not escape, which these payloads would abuse).
 */
const configuredPage = (config: object, head = '', body = '') =>
  shopPage({ head, body }).replace(
    '<script src="/dist/consentry.js">',
    `<script type="application/json" id="consentry-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script><script src="/dist/consentry.js">`,
  );
/** The same escaping for an inline script: JSON.stringify alone leaves `</script>` intact. */
const inline = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');

const REGISTER = `<script>Consentry.register(${inline(poisonedVendor('late', 'marketing', ['late.example']))})</script>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/xss.html', configuredPage(CONFIG, REGISTER, '<div data-consentry-cookie-table></div>'));
  server.page(
    '/bad-urls.html',
    configuredPage(
      {
        policyUrl: 'javascript:__xss.push("config.policyUrl")',
        vendors: [
          { ...poisonedVendor('hotjar', 'analytics', ['hotjar.com']), policyUrl: 'data:text/html,<script>alert(1)</script>' },
          { ...poisonedVendor('wishlist', 'analytics', ['wishlist.example']), policyUrl: ' JaVaScRiPt:__xss.push("vendor")' },
          { ...poisonedVendor('tabbed', 'analytics', ['tabbed.example']), policyUrl: 'java\tscript:__xss.push("tab")' },
        ],
      },
      `<script>Consentry.register(${inline({ ...poisonedVendor('late', 'marketing', ['late.example']), policyUrl: 'javascript:__xss.push("register")' })})</script>`,
    ),
  );
});
afterEach(() => sessions.closeAll());
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Session> {
  const s = await sessions.open(browser, 'window.__xss = [];');
  await s.page.goto(server.url(path));
  return s;
}

/** What the UI rendered: in its shadow root(s), on their hosts (the banner's answers) and in the page's cookie declaration. */
function rendered(page: Page) {
  return page.evaluate(() => {
    const roots: ParentNode[] = [...document.querySelectorAll('[data-consentry-ui]')].flatMap((h) =>
      h.shadowRoot ? [h.shadowRoot, h] : [h],
    );
    const table = document.querySelector('[data-consentry-cookie-table]');
    if (table) roots.push(table);
    const elements = roots.flatMap((r) => [...r.querySelectorAll('*')]);
    const texts: string[] = [];
    for (const r of roots) {
      const walk = document.createTreeWalker(r as Node, NodeFilter.SHOW_TEXT);
      while (walk.nextNode()) texts.push(walk.currentNode.nodeValue ?? '');
    }
    return {
      xss: (window as unknown as { __xss: string[] }).__xss,
      dangerous: elements
        .filter((e) => /^(img|script|svg|iframe|object|embed|frame|style|link|meta|base|form)$/i.test(e.localName))
        .map((e) => e.outerHTML),
      handlers: elements.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`)),
      hrefs: elements.filter((e) => e.hasAttribute('href')).map((e) => (e as HTMLAnchorElement).href),
      text: texts.join('\n'),
      ariaLabels: elements.map((e) => e.getAttribute('aria-label')).filter(Boolean) as string[],
    };
  });
}

async function openEverything(page: Page): Promise<void> {
  await page.getByRole('button', { name: P('text.manage') }).click();
  await page.getByRole('dialog', { name: P('text.dialog') }).waitFor();
  // Vendor details are <details>: open them all so their contents are laid out too.
  for (const summary of await page.locator('[data-consentry-ui] summary').all()) await summary.click();
  await page.locator('[data-consentry-cookie-table] table').first().waitFor();
}

describe('strings from config, catalog overrides and register()', () => {
  it('create no element, event handler or script, wherever they are shown', async () => {
    const { page } = await open('/xss.html');
    await openEverything(page);
    const r = await rendered(page);
    expect({ xss: r.xss, dangerous: r.dangerous, handlers: r.handlers }).toEqual({ xss: [], dangerous: [], handlers: [] });
    expect(await uncaught(page)).toEqual([]);
  });

  it('are shown as the exact text the site wrote', async () => {
    const { page } = await open('/xss.html');
    await openEverything(page);
    const { text } = await rendered(page);
    const shown = [
      ...[
        'title',
        'body',
        'policy',
        'accept',
        'reject',
        'manage',
        'save',
        'intro',
        'cat.necessary',
        'cat.preferences',
        'cat.marketing',
        'company',
        'purpose',
        'privacy',
        'transfer',
        'cookie',
        'provider',
        'lifetime',
        'party',
        'first',
      ].map((k) => `text.${k}`),
      'categories.analytics.label',
      'categories.analytics.description',
      'categories.loyalty.label',
      'categories.loyalty.description',
      ...['hotjar', 'wishlist', 'late'].flatMap((id) =>
        ['name', 'company', 'purpose', 'cookie.name', 'cookie.lifetime', 'cookie.purpose'].map((f) => `${id}.${f}`),
      ),
    ];
    expect(shown.filter((field) => !text.includes(P(field)))).toEqual([]);
  });

  it('keep hostile but valid relative URLs as attribute values, resolved on the site', async () => {
    const { page } = await open('/xss.html');
    await openEverything(page);
    const { hrefs } = await rendered(page);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith(server.url('/')))).toEqual([]);
  });

  it('render as text in the plain fallback too', async () => {
    server.page('/xss-fallback.html', configuredPage(CONFIG).replace('src="/dist/consentry.js"', 'src="/nowhere/consentry.js"'));
    server.handle('/nowhere/consentry.js', async (_req, res) => {
      const { readFile } = await import('node:fs/promises');
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(await readFile(new URL('../../dist/consentry.js', import.meta.url)));
    });
    const { page } = await open('/xss-fallback.html');
    await page.getByRole('button', { name: P('text.manage') }).click();
    const r = await rendered(page);
    expect({ xss: r.xss, dangerous: r.dangerous, handlers: r.handlers }).toEqual({ xss: [], dangerous: [], handlers: [] });
    expect(
      ['text.title', 'text.body', 'text.accept', 'categories.analytics.label'].filter(
        (f) => !(r.text + r.ariaLabels.join('\n')).includes(P(f)),
      ),
    ).toEqual([]);
  });
});

describe('javascript: and data: policy URLs', () => {
  it('get a console error naming the key, for config, catalog overrides and register()', async () => {
    const s = await open('/bad-urls.html');
    await s.page.getByRole('button', { name: 'Manage preferences' }).click();
    const named = [
      'config.policyUrl',
      'config.vendors[0].policyUrl',
      'config.vendors[1].policyUrl',
      'config.vendors[2].policyUrl',
      'register(vendor).policyUrl',
    ];
    expect(named.filter((key) => !s.consoleErrors.some((e) => e.startsWith(`Consentry: ${key} `)))).toEqual([]);
  });

  it('are dropped: no link at all rather than a dangerous one', async () => {
    const { page } = await open('/bad-urls.html');
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    await page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    for (const summary of await page.locator('[data-consentry-ui] summary').all()) await summary.click();
    const r = await rendered(page);
    expect(r.hrefs.filter((h) => !/^https?:/.test(h))).toEqual([]);
    expect(r.xss).toEqual([]);
  });
});
