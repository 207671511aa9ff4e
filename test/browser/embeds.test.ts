// Click-to-load placeholders on held embeds, in Chromium: what the shopper sees before consent
// (a box of each iframe's size, nothing fetched from the embeds' hosts), what "Load video" does
// (YouTube alone, recorded with the method `placeholder` and accepted by the receipt server),
// what a later visit does, and the box's accessibility and languages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createReceiptHandler } from '../../src/server/handler';
import { jsonLinesStore } from '../../src/server/jsonl-store';
import type { ReceiptStore } from '../../src/server/store';
import { embeds, hotjar } from '../../vendors';
import { closeContexts, launchBrowser, openRecorded, settled, startServer, type NetworkLog, type TestServer } from './harness';
import { uiShopPage } from './ui-support';

let browser: Browser;
let server: TestServer;
let store: ReceiptStore;
let dir: string;

const VIDEO = 'https://www.youtube-nocookie.com/embed/camera-review';
const MAP = 'https://www.google.com/maps/embed?pb=shop';
const EMBED_HOSTS = ['youtube-nocookie.com', 'youtube.com', 'www.google.com'];

/** A held video and map as a shop writes them, and the quick start's hidden 1×1 Floodlight-style frame. */
const embedsBody = (extra = '') => `
<p>Our review: <iframe title="Camera review" width="560" height="315" data-consentry="youtube" data-src="${VIDEO}"></iframe></p>
<iframe title="Our shops" style="display:block;width:400px;height:300px;border:0" data-consentry="google-maps" data-src="${MAP}"></iframe>
<iframe title="" width="1" height="1" style="display:none" data-consentry="youtube" data-src="https://www.youtube.com/embed/pixel"></iframe>
${extra}`;

const config = { vendors: [embeds.youtube, embeds['google-maps']], receiptEndpoint: '/consent' };

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  dir = mkdtempSync(join(tmpdir(), 'consentry-embeds-'));
  store = jsonLinesStore({ path: join(dir, 'receipts.jsonl') });
  server.handle('/consent', createReceiptHandler({ store }));
  server.page('/embeds.html', uiShopPage({ config, body: embedsBody() }));
  server.page('/fr.html', uiShopPage({ config, body: embedsBody(), lang: 'fr' }));
  server.page('/de.html', uiShopPage({ config, body: embedsBody(), lang: 'de' }));
  server.page(
    '/opt-out.html',
    uiShopPage({
      config,
      body: embedsBody(
        `<iframe title="Unboxing" width="320" height="180" data-consentry="youtube" data-consentry-placeholder="off" data-src="${VIDEO}?v=2"></iframe>`,
      ),
    }),
  );
  // A single-page app's shell: no embed in its HTML; its next view renders one (below, by script).
  server.page('/app.html', uiShopPage({ config, body: '<main id="view"></main>' }));
  // A vendor with no `embed` field, not one of the three embeds: its box offers "Load content".
  server.page(
    '/any-vendor.html',
    uiShopPage({
      config: { ...config, vendors: [...config.vendors, hotjar] },
      body: '<iframe title="Survey" width="300" height="200" data-consentry="hotjar" data-src="https://vars.hotjar.com/box.html"></iframe>',
    }),
  );
  server.page('/off.html', uiShopPage({ config: { ...config, placeholders: false }, body: embedsBody() }));
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const placeholder = (page: Page, name: string) => page.getByRole('group', { name });
const toEmbeds = (log: NetworkLog) => EMBED_HOSTS.flatMap((h) => log.to(h));

/** The layout shifts the page has had so far, summed as CLS counts them. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all is a CLS of 0: the observer is not called then.
        requestAnimationFrame(() => setTimeout(() => resolve(0), 50));
      }),
  );

async function box(page: Page, selector: string) {
  return page.locator(selector).boundingBox();
}

describe('placeholders before consent', () => {
  it('covers each held iframe a shopper can see with a box of its size, and fetches nothing from the embeds', async () => {
    const { page, log } = await openRecorded(browser, server.url('/embeds.html'));
    await placeholder(page, 'YouTube').waitFor();
    await placeholder(page, 'Google Maps').waitFor();
    expect(await placeholder(page, 'YouTube').boundingBox()).toEqual(await box(page, 'iframe[title="Camera review"]'));
    expect(await placeholder(page, 'Google Maps').boundingBox()).toEqual(await box(page, 'iframe[title="Our shops"]'));
    await settled(page, log);
    // Two, not three: the hidden 1×1 frame gets none.
    expect(await page.getByRole('group').count()).toBe(2);
    expect(toEmbeds(log)).toEqual([]);
  });

  it("says whose embed it is, what loading it means, and offers the catalog's button", async () => {
    const { page } = await openRecorded(browser, server.url('/embeds.html'));
    const video = placeholder(page, 'YouTube');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text the shopper reads, which is what this checks
    await expect.poll(() => video.innerText()).toContain('Google learns you watched them. Loading it lets YouTube set cookies.');
    await expect.poll(() => video.getByRole('button', { name: 'Load video' }).count()).toBe(1);
    await expect.poll(() => placeholder(page, 'Google Maps').getByRole('button', { name: 'Load map' }).count()).toBe(1);
  });

  it('covers a held iframe of any vendor, with "Load content" where the catalog names no embed kind', async () => {
    const { page, log } = await openRecorded(browser, server.url('/any-vendor.html'));
    await placeholder(page, 'Hotjar').getByRole('button', { name: 'Load content' }).waitFor();
    expect(await placeholder(page, 'Hotjar').boundingBox()).toEqual(await box(page, 'iframe[title="Survey"]'));
    await settled(page, log);
    expect(log.to('hotjar.com')).toEqual([]);
  });

  it('opens the preferences from its "Manage preferences" button', async () => {
    const { page } = await openRecorded(browser, server.url('/embeds.html'));
    // The banner bar covers the foot of the page, where the map is, until the shopper answers.
    await page.getByRole('button', { name: 'Reject all' }).click();
    await placeholder(page, 'Google Maps').getByRole('button', { name: 'Manage preferences' }).click();
    await page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
  });

  it("covers an embed a single-page app's next view adds after load, on a returning visit that loaded no UI", async () => {
    const { page, log } = await openRecorded(browser, server.url('/app.html'));
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.reload({ waitUntil: 'load' });
    await settled(page, log);
    // The next view, as a framework renders it: a marked-up iframe inserted into the shell.
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.title = 'Camera review';
      f.width = '560';
      f.height = '315';
      f.setAttribute('data-consentry', 'youtube');
      f.setAttribute('data-src', src);
      document.getElementById('view')!.append(f);
    }, VIDEO);
    await placeholder(page, 'YouTube').getByRole('button', { name: 'Load video' }).waitFor();
    expect(await placeholder(page, 'YouTube').boundingBox()).toEqual(await box(page, 'iframe[title="Camera review"]'));
    await settled(page, log);
    expect(toEmbeds(log)).toEqual([]);
  });

  it('leaves out an iframe marked data-consentry-placeholder="off"', async () => {
    const { page, log } = await openRecorded(browser, server.url('/opt-out.html'));
    await placeholder(page, 'YouTube').waitFor();
    await settled(page, log);
    expect(await page.getByRole('group', { name: 'YouTube' }).count()).toBe(1);
  });

  it('draws none with placeholders: false', async () => {
    const { page, log } = await openRecorded(browser, server.url('/off.html'));
    await page.getByRole('dialog', { name: 'Cookies on this site' }).waitFor();
    await settled(page, log);
    expect(await page.getByRole('group').count()).toBe(0);
  });
});

describe('"Load video"', () => {
  it('loads YouTube alone, with no layout shift, and records the choice with the method "placeholder"', async () => {
    const { page, log } = await openRecorded(browser, server.url('/embeds.html'));
    await placeholder(page, 'YouTube').getByRole('button', { name: 'Load video' }).click();
    await expect.poll(() => log.to('youtube-nocookie.com')).toEqual([VIDEO]);
    await expect.poll(() => placeholder(page, 'YouTube').count()).toBe(0);
    const record = await page.evaluate(() => window.Consentry!.getConsent());
    expect(record?.vendors).toEqual({ youtube: true });
    await expect
      .poll(async () => (await store.lookup(record!.id)).map((e) => [e.receipt.method, e.receipt.choices.youtube]))
      .toEqual([['placeholder', true]]);
    expect(await layoutShift(page)).toBe(0);
    await settled(page, log);
    expect(log.to('www.google.com')).toEqual([]);
    expect(await placeholder(page, 'Google Maps').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.Consentry!.isAllowed('google-maps'))).toBe(false);
  });

  it('moves focus, when pressed with the keyboard, to the video it loads', async () => {
    const { page } = await openRecorded(browser, server.url('/embeds.html'));
    await placeholder(page, 'YouTube').getByRole('button', { name: 'Load video' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => placeholder(page, 'YouTube').count()).toBe(0);
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.getAttribute('src')])).toEqual([
      'IFRAME',
      'https://www.youtube-nocookie.com/embed/camera-review',
    ]);
  });

  it('lets the video load directly on the next visit, while the map stays behind its placeholder', async () => {
    const { page, log } = await openRecorded(browser, server.url('/embeds.html'));
    await placeholder(page, 'YouTube').getByRole('button', { name: 'Load video' }).click();
    await expect.poll(() => log.to('youtube-nocookie.com').length).toBe(1);
    await page.reload({ waitUntil: 'load' });
    await placeholder(page, 'Google Maps').waitFor();
    await expect.poll(() => log.to('youtube-nocookie.com').length).toBe(2);
    await settled(page, log);
    expect(await placeholder(page, 'YouTube').count()).toBe(0);
    expect(log.to('www.google.com')).toEqual([]);
  });
});

describe('accessibility and languages', () => {
  it('has no axe-core violations (WCAG 2.2 A and AA) in the placeholders', async () => {
    const { page } = await openRecorded(browser, server.url('/embeds.html'));
    await page.getByRole('button', { name: 'Reject all' }).click();
    await placeholder(page, 'Google Maps').waitFor();
    await placeholder(page, 'YouTube').waitFor();
    await page.addScriptTag({ content: axe.source });
    const found = await page.evaluate(async () => {
      const a = (window as unknown as { axe: typeof axe }).axe;
      const hosts = [...document.querySelectorAll('[data-consentry-ui]')].filter((h) => h.shadowRoot?.querySelector('.p'));
      const result = await a.run({ include: hosts.map((h) => [h]) } as never, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      });
      const inShadow = result.passes.flatMap((r) => r.nodes).filter((n) => Array.isArray(n.target[0])).length;
      return {
        hosts: hosts.length,
        inShadow,
        violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
      };
    });
    expect(found.hosts).toBe(2);
    expect(found.inShadow).toBeGreaterThan(0);
    expect(found.violations).toEqual([]);
  });

  it('speaks French on a French page', async () => {
    const { page } = await openRecorded(browser, server.url('/fr.html'));
    await placeholder(page, 'YouTube').getByRole('button', { name: 'Charger la vidéo' }).waitFor();
    await placeholder(page, 'Google Maps').getByRole('button', { name: 'Charger la carte' }).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text the shopper reads, which is what this checks
    expect(await placeholder(page, 'YouTube').innerText()).toContain('Le charger permet à YouTube de déposer des cookies.');
  });

  it('speaks German on a German page', async () => {
    const { page } = await openRecorded(browser, server.url('/de.html'));
    await placeholder(page, 'YouTube').getByRole('button', { name: 'Video laden' }).waitFor();
    await placeholder(page, 'Google Maps').getByRole('button', { name: 'Karte laden' }).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text the shopper reads, which is what this checks
    expect(await placeholder(page, 'YouTube').innerText()).toContain('Beim Laden kann YouTube Cookies setzen.');
  });
});
