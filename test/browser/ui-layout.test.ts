// How the banner sits on a phone and on a hostile shop page, in Chromium: at most a third of a
// 360 x 640 screen, no overlap or overflow at 360 px or at 200% zoom, no layout shift, and the
// shop's own CSS cannot touch it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServer, type TestServer } from './harness';
import { banner, openShop, preferences, settled, uiShopPage, type Shop } from './ui-support';

let browser: Browser;
let server: TestServer;
const shops: Shop[] = [];
const PHONE = { width: 360, height: 640 };
// 200% browser zoom halves the CSS viewport: a 360 x 640 phone lays out like 180 x 320.
const ZOOMED = { viewport: { width: 180, height: 320 }, deviceScaleFactor: 2 };

/** What a shop's CSS can throw at buttons it thinks are its own: important rules, pseudo-elements, custom properties. */
const HOSTILE_IMPORTANT =
  '* { all: unset !important } button { display: none !important; color: red !important; --ac: red !important }' +
  ' button::before { content: "X" !important } [data-consentry-ui] > button { font-size: 40px !important }';

const CLS_PROBE = `<script>window.__cls=0;new PerformanceObserver(function(l){l.getEntries().forEach(function(e){if(!e.hadRecentInput)window.__cls+=e.value})}).observe({type:'layout-shift',buffered:true})</script>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/shop.html', uiShopPage());
  server.page('/hostile.html', uiShopPage({ head: '<style>* { all: unset } button { display: none }</style>' }));
  server.page('/hostile-important.html', uiShopPage({ head: `<style>${HOSTILE_IMPORTANT}</style>` }));
  server.page('/cls.html', uiShopPage().replace('<head>', `<head>${CLS_PROBE}`));
  server.page('/cls-motion.html', uiShopPage().replace('<head>', `<head>${CLS_PROBE}`));
});
afterEach(async () => {
  await Promise.all(shops.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: Parameters<typeof openShop>[3] = { viewport: PHONE }): Promise<Page> {
  const shop = await openShop(browser, server, path, options);
  shops.push(shop);
  await banner(shop.page).waitFor();
  await settled(shop.page);
  return shop.page;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes of the dialog and its buttons, and whether any button's text overflows it. */
function layoutOf(page: Page, dialogName: string) {
  return page.evaluate((name) => {
    const root = document.querySelector('[data-consentry-ui]')!.shadowRoot!;
    const dialog = Array.from(root.querySelectorAll<HTMLElement>('[role=dialog]')).find(
      (d) => d.offsetParent !== null || d.getClientRects().length,
    )!;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    // The banner's answers are the page's own buttons, slotted in: they count where they show.
    const buttons = Array.from(dialog.querySelectorAll<HTMLElement>('.a button, .a slot')).flatMap((el) =>
      el instanceof HTMLSlotElement ? (el.assignedElements() as HTMLElement[]) : [el],
    );
    return {
      name,
      // Which dialog was measured: the preferences are the modal one, the default banner is not.
      modal: dialog.getAttribute('aria-modal') === 'true',
      dialog: box(dialog),
      scrollable: dialog.scrollHeight > dialog.clientHeight ? getComputedStyle(dialog).overflowY : 'fits',
      horizontalOverflow: dialog.scrollWidth > dialog.clientWidth,
      buttons: buttons.map(box),
      textOverflow: buttons.filter((b) => b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight).map((b) => b.textContent),
      // A word split across two lines ("preference / s") has two client rects.
      brokenWords: buttons.flatMap((b) => {
        const text = b.firstChild!;
        return Array.from(b.textContent!.matchAll(/\S+/g))
          .filter((m) => {
            const range = document.createRange();
            range.setStart(text, m.index!);
            range.setEnd(text, m.index! + m[0].length);
            return range.getClientRects().length > 1;
          })
          .map((m) => m[0]);
      }),
      viewport: { width: innerWidth, height: innerHeight },
    };
  }, dialogName);
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectClean(l: Awaited<ReturnType<typeof layoutOf>>) {
  // Without these, a wrong dialog or an empty button row would pass every check below vacuously.
  expect(l.modal, `measured the ${l.name} dialog`).toBe(l.name === 'preferences');
  expect(l.buttons.length).toBeGreaterThanOrEqual(3);
  expect(l.horizontalOverflow).toBe(false);
  expect(l.textOverflow).toEqual([]);
  expect(l.brokenWords).toEqual([]);
  for (const [i, a] of l.buttons.entries()) {
    expect(a.width).toBeGreaterThan(0);
    expect(a.x).toBeGreaterThanOrEqual(l.dialog.x);
    expect(a.x + a.width).toBeLessThanOrEqual(l.dialog.x + l.dialog.width);
    for (const b of l.buttons.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  }
  expect(l.dialog.x).toBeGreaterThanOrEqual(0);
  expect(l.dialog.x + l.dialog.width).toBeLessThanOrEqual(l.viewport.width);
}

describe('the banner on a 360 x 640 phone', () => {
  it('covers at most a third of the screen', async () => {
    const l = await layoutOf(await open('/shop.html'), 'banner');
    expect(l.dialog.height).toBeLessThanOrEqual(640 / 3);
    expect(l.dialog.y + l.dialog.height).toBeCloseTo(640, 0);
  });

  it('shows three buttons of the same size, without overlap or overflow', async () => {
    const l = await layoutOf(await open('/shop.html'), 'banner');
    expectClean(l);
    expect(l.buttons).toHaveLength(3);
    expect(new Set(l.buttons.map((b) => `${Math.round(b.width)}x${Math.round(b.height)}`)).size).toBe(1);
  });

  it('lays out the preferences dialog without overlap or overflow', async () => {
    const page = await open('/shop.html');
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    await preferences(page).waitFor();
    expectClean(await layoutOf(page, 'preferences'));
  });
});

describe.each([
  ['French', 'fr', 'Cookies sur ce site', 'Gérer mes choix', 'Préférences cookies'],
  ['German', 'de', 'Cookies auf dieser Website', 'Einstellungen verwalten', 'Cookie-Einstellungen'],
])('the %s banner on a 360 x 640 phone', (_language, lang, title, manage, dialog) => {
  it('fits a third of the screen, with whole words on clean buttons', async () => {
    server.page(`/shop-${lang}.html`, uiShopPage({ lang }));
    const shop = await openShop(browser, server, `/shop-${lang}.html`, { viewport: PHONE });
    shops.push(shop);
    await shop.page.getByRole('dialog', { name: title }).waitFor();
    const l = await layoutOf(shop.page, 'banner');
    expectClean(l);
    expect(l.dialog.height).toBeLessThanOrEqual(640 / 3);
    await shop.page.getByRole('button', { name: manage }).click();
    // The dialog comes with the preferences part, fetched on this click.
    await shop.page.getByRole('dialog', { name: dialog }).waitFor();
    expectClean(await layoutOf(shop.page, 'preferences'));
  });
});

describe('the banner at 200% zoom', () => {
  it('keeps its buttons apart and inside the screen', async () => {
    expectClean(await layoutOf(await open('/shop.html', ZOOMED), 'banner'));
  });

  it('stays usable: it scrolls, and its last button can be reached and pressed', async () => {
    const page = await open('/shop.html', ZOOMED);
    const l = await layoutOf(page, 'banner');
    expect(l.dialog.height).toBeLessThanOrEqual(l.viewport.height);
    expect(['auto', 'scroll', 'fits']).toContain(l.scrollable);
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    await preferences(page).waitFor();
    expectClean(await layoutOf(page, 'preferences'));
  });
});

describe('isolation from the shop', () => {
  async function snapshot(page: Page) {
    return page.evaluate(() => {
      const root = document.querySelector('[data-consentry-ui]')!.shadowRoot!;
      // Slotted elements (the banner's answers) are part of what it shows, so part of the snapshot.
      const shown = Array.from(root.querySelectorAll('[role=dialog], [role=dialog] *')).flatMap((el) =>
        el instanceof HTMLSlotElement ? [el, ...el.assignedElements()] : [el],
      );
      return shown.map((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return [
          el.tagName,
          Math.round(r.x),
          Math.round(r.y),
          Math.round(r.width),
          Math.round(r.height),
          s.display,
          s.color,
          s.backgroundColor,
          s.fontSize,
          s.fontFamily,
        ].join('|');
      });
    });
  }

  it("looks exactly the same under the shop's `* { all: unset } button { display: none }`", async () => {
    const calm = await snapshot(await open('/shop.html'));
    const hostile = await snapshot(await open('/hostile.html'));
    expect(calm.length).toBeGreaterThan(5);
    expect(hostile).toEqual(calm);
  });

  it("looks exactly the same under the shop's `!important` rules aimed at its buttons", async () => {
    const calm = await snapshot(await open('/shop.html'));
    const hostile = await snapshot(await open('/hostile-important.html'));
    expect(calm.filter((row) => row.startsWith('BUTTON|'))).toHaveLength(3);
    expect(hostile).toEqual(calm);
  });

  it('styles itself with a constructable stylesheet, not a <style> element or style attributes', async () => {
    const page = await open('/shop.html');
    const found = await page.evaluate(() => {
      const root = document.querySelector('[data-consentry-ui]')!.shadowRoot!;
      return {
        adopted: root.adoptedStyleSheets.length,
        styles: root.querySelectorAll('style').length,
        inline: root.querySelectorAll('[style]').length,
      };
    });
    expect(found).toEqual({ adopted: 1, styles: 0, inline: 0 });
  });

  it("is styled under a strict CSP (style-src 'nonce-R', no unsafe-inline) without a violation", async () => {
    const probe = `<script nonce="R">window.__violations=[];document.addEventListener('securitypolicyviolation',function(e){window.__violations.push(e.violatedDirective+' '+e.blockedURI)})</script>`;
    const html = uiShopPage()
      .replace('<head>', `<head>${probe}`)
      .replace('<script src="/dist/consentry.js">', '<script nonce="R" src="/dist/consentry.js">');
    server.page('/strict.html', html, {
      headers: { 'content-security-policy': "script-src 'nonce-R' 'strict-dynamic'; style-src 'nonce-R'" },
    });
    const page = await open('/strict.html');
    const seen = await page.evaluate(() => {
      // The host is the bar's fixed box: only our stylesheet makes it so.
      const host = document.querySelector('[data-consentry-ui]')!;
      return { position: getComputedStyle(host).position, violations: (window as unknown as { __violations: string[] }).__violations };
    });
    expect(seen).toEqual({ position: 'fixed', violations: [] });
  });

  it('lets a site theme it through --consentry-* custom properties', async () => {
    server.page(
      '/themed.html',
      uiShopPage({ head: '<style>:root { --consentry-accent: rgb(0, 100, 0); --consentry-radius: 0px }</style>' }),
    );
    const page = await open('/themed.html');
    const style = await page.evaluate(() => {
      const b = document
        .querySelector('[data-consentry-ui]')!
        .shadowRoot!.querySelector<HTMLSlotElement>('.b slot')!
        .assignedElements()[0]!;
      return [getComputedStyle(b).backgroundColor, getComputedStyle(b).borderTopLeftRadius];
    });
    expect(style).toEqual(['rgb(0, 100, 0)', '0px']);
  });
});

describe('layout shift', () => {
  it('causes none when the banner appears (CLS 0)', async () => {
    const page = await open('/cls.html');
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  });

  it('causes none with its entrance animation running either', async () => {
    const page = await open('/cls-motion.html', { viewport: PHONE, reducedMotion: 'no-preference' });
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  });

  it('has no entrance animation for shoppers who prefer reduced motion', async () => {
    const page = await open('/shop.html', { viewport: PHONE, reducedMotion: 'reduce' });
    const names = await page.evaluate(
      () => getComputedStyle(document.querySelector('[data-consentry-ui]')!.shadowRoot!.querySelector('.b')!).animationName,
    );
    expect(names).toBe('none');
  });
});
