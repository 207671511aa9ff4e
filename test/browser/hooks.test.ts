// docs/hooks.md, as a list maintainer reads it: every selector in its tables is read from the
// page itself and used, in Chromium, to find and answer the German banner and preferences, on a
// page that prepends its own element to <body> after the banner (as chat widgets do), starts
// with a held tracking pixel, and holds an embed whose placeholder is a second host. A selector changed in the UI, or a row added to the
// doc without a test here, fails.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { embeds } from '../../vendors';
import * as de from '../../src/ui/lang/de';
import { launchBrowser, shopPage, startServer, type TestServer } from './harness';
import { openShop, type Shop } from './ui-support';

const DOC = readFileSync(new URL('../../docs/hooks.md', import.meta.url), 'utf8');

/** The backticked first cells of the first table in `text`. */
const firstColumn = (text: string): string[] =>
  text
    .slice(text.indexOf('\n|') + 1)
    .split(/\n(?!\|)/)[0]!
    .split('\n')
    .flatMap((row) => /^\| `([^`]+)` \|/.exec(row)?.[1] ?? []);

/** The first table's selectors under the heading `heading` (its own `##` section). */
function column(heading: string): string[] {
  const section = DOC.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`docs/hooks.md has no section "## ${heading}"`);
  return firstColumn(section);
}

/** The banner's answers: the doc's "selector, in the page" table. */
function bannerAnswers(): string[] {
  const at = DOC.indexOf('| selector, in the page |');
  if (at < 0) throw new Error('docs/hooks.md has no "selector, in the page" table');
  return firstColumn(DOC.slice(at - 1));
}

const hostRows = column('The host element');
const shadowRows = column('Inside the shadow root');
const pageRows = column('The page and the stored choice').filter((s) => s.startsWith('['));
/** The doc's selector whose text contains `part`, from `rows`; fails if there is not exactly one. */
const named = (rows: readonly string[], part: string): string => {
  const found = rows.filter((s) => s.includes(part));
  if (found.length !== 1) throw new Error(`docs/hooks.md: expected one selector with ${part}, found ${JSON.stringify(found)}`);
  return found[0]!;
};

const HOST = named(hostRows, 'body >');
const PLACEHOLDER_HOST = named(hostRows, ']:has(+');
const BANNER = named(shadowRows, 'layer="banner"');
const PREFERENCES = named(shadowRows, 'layer="preferences"');
const IN_PREFS = Object.fromEntries(
  (['accept', 'reject', 'save', 'close'] as const).map((a) => [a, named(shadowRows, `action="${a}"`)]),
) as Record<'accept' | 'reject' | 'save' | 'close', string>;
const IN_PAGE = Object.fromEntries(
  (['accept', 'reject', 'manage'] as const).map((a) => [a, named(bannerAnswers(), `action="${a}"`)]),
) as Record<'accept' | 'reject' | 'manage', string>;
const OPEN = named(pageRows, 'data-consentry-open');
const COOKIE_TABLE = named(pageRows, 'data-consentry-cookie-table');

let browser: Browser;
let server: TestServer;
const opened: Array<() => Promise<void>> = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  const held =
    '<iframe title="Camera review" width="320" height="200" data-consentry="youtube" data-src="https://www.youtube-nocookie.com/embed/r"></iframe>';
  server.page(
    '/hooks.html',
    shopPage({
      config: { vendors: ['hotjar', embeds.youtube], policyUrl: '/privacy' },
      body: `${held}<div data-consentry-cookie-table></div>`,
    })
      .replace('<html lang="en-GB">', '<html lang="de">')
      // A held tracking pixel first in <body>, too small for a placeholder: the banner's host goes just before it.
      .replace(
        '<body>',
        '<body><iframe width="1" height="1" data-consentry="hotjar" data-src="https://vars.hotjar.com/box.html"></iframe>',
      ),
  );
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((close) => close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The German shop with the banner shown, its placeholder drawn, and a page element prepended to <body> after both. */
async function open(): Promise<Page> {
  const shop: Shop = await openShop(browser, server, '/hooks.html');
  opened.push(shop.close);
  await shop.page.getByRole('dialog', { name: de.banner.title }).waitFor();
  await shop.page.locator(PLACEHOLDER_HOST).waitFor({ state: 'attached' });
  await shop.page.evaluate(() => document.body.prepend(Object.assign(document.createElement('div'), { id: 'chat-widget' })));
  return shop.page;
}

/** Queries the shadow root of the one element the doc's host selector matches: does `selector` match, and with what `aria-modal`; or clicks it. */
const inHost = (page: Page, selector: string, click = false) =>
  page.evaluate(
    ([host, selector, click]) => {
      const hosts = document.querySelectorAll(host);
      if (hosts.length !== 1) throw new Error(`${host} matched ${hosts.length} elements`);
      const el = hosts[0]!.shadowRoot!.querySelector<HTMLElement>(selector);
      if (click) el!.click();
      return { found: !!el, shown: !!el && !el.closest('[hidden]'), modal: el?.getAttribute('aria-modal') ?? null };
    },
    [HOST, selector, click] as const,
  );

/** Non-necessary categories the stored record grants, or null before a choice. */
const granted = (page: Page) =>
  page.evaluate(() => {
    const r = window.Consentry!.getConsent();
    return r && Object.entries(r.categories).flatMap(([id, c]) => (id !== 'necessary' && c.granted ? [id] : []));
  });

describe('the stable hooks of docs/hooks.md', () => {
  it('lists only selectors this spec uses', () => {
    const used = [HOST, PLACEHOLDER_HOST, BANNER, PREFERENCES, ...Object.values(IN_PREFS), ...Object.values(IN_PAGE), OPEN, COOKIE_TABLE];
    expect(
      [...hostRows, ...shadowRows, ...bannerAnswers(), ...pageRows].filter((s) => !used.includes(s)),
      'untested selectors',
    ).toEqual([]);
  });

  it('finds one banner host after the page prepends to <body> and behind a held pixel first in it, and tells the placeholder host apart', async () => {
    const page = await open();
    expect((await inHost(page, BANNER)).found).toBe(true);
    const placeholders = await page.evaluate(
      (sel) => [...document.querySelectorAll(sel)].map((h) => !!h.shadowRoot?.querySelector('[data-consentry-layer]')),
      PLACEHOLDER_HOST,
    );
    expect(placeholders).toEqual([false]);
  });

  it('shows the banner layer, outside any [hidden], until a choice hides it', async () => {
    const page = await open();
    const shown = async () => (await inHost(page, BANNER)).shown;
    expect(await shown()).toBe(true);
    await page.locator(IN_PAGE.reject).click();
    await page.getByRole('dialog', { name: de.banner.title }).waitFor({ state: 'hidden' });
    expect(await shown()).toBe(false);
  });

  it.each([
    ['accept', ['preferences', 'analytics', 'marketing']],
    ['reject', []],
  ] as const)("answers the banner with its %s button in the page's DOM", async (action, expected) => {
    const page = await open();
    await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.click(), IN_PAGE[action]);
    await page.getByRole('dialog', { name: de.banner.title }).waitFor({ state: 'hidden' });
    expect((await granted(page))?.sort()).toEqual([...expected].sort());
  });

  it('opens the modal preferences layer with the banner’s manage button', async () => {
    const page = await open();
    await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.click(), IN_PAGE.manage);
    await page.getByRole('dialog', { name: de.prefs.text.dialog }).waitFor();
    expect((await inHost(page, PREFERENCES)).modal).toBe('true');
  });

  it.each([
    ['accept', ['preferences', 'analytics', 'marketing']],
    ['reject', []],
    ['save', []],
    ['close', null],
  ] as const)('answers the preferences with their %s control inside the shadow root, which then leaves it', async (action, expected) => {
    const page = await open();
    await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.click(), OPEN);
    await page.getByRole('dialog', { name: de.prefs.text.dialog }).waitFor();
    await inHost(page, `${PREFERENCES} ${IN_PREFS[action]}`, true);
    await page.getByRole('dialog', { name: de.prefs.text.dialog }).waitFor({ state: 'detached' });
    expect((await inHost(page, PREFERENCES)).found).toBe(false);
    const got = await granted(page);
    expect(got && [...got].sort()).toEqual(expected && [...expected].sort());
  });

  it("fills the site's declaration", async () => {
    const page = await open();
    await page.locator(`${COOKIE_TABLE} table`).first().waitFor();
    expect(await page.locator(`${COOKIE_TABLE} th`, { hasText: 'consentry' }).count()).toBeGreaterThan(0);
  });
});
