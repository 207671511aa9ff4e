// Proof of consent end to end, in Chromium: a choice in the banner reaches the real receipt
// handler, which stores it and answers with a Set-Cookie carrying the same consent record; a
// lost receipt arrives on the next page view; the preferences dialog downloads the receipt.
import { createHash } from 'node:crypto';
import axe from 'axe-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { DAY_MS } from '../../src/shared/consent-record';
import { createReceiptHandler } from '../../src/server/handler';
import { jsonLinesStore } from '../../src/server/jsonl-store';
import type { ReceiptStore } from '../../src/server/store';
import type { ConsentReceipt, ConsentRecord } from '../../src/shared/types';
import { enGB } from '../../src/ui/text-en-gb';
import { launchBrowser, recordNetwork, startServer, type TestServer } from './harness';
import { answer, preferences, uiShopPage } from './ui-support';

let browser: Browser;
let server: TestServer;
let store: ReceiptStore;
let dir: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  dir = mkdtempSync(join(tmpdir(), 'consentry-receipts-'));
  store = jsonLinesStore({ path: join(dir, 'receipts.jsonl') });
  server.handle('/consent', createReceiptHandler({ store }));
  server.page('/shop/cameras.html', uiShopPage({ config: { receiptEndpoint: '/consent' } }));
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ reducedMotion: 'reduce', acceptDownloads: true });
  contexts.push(context);
  await recordNetwork(context);
  return { context, page: await context.newPage() };
}

const receiptResponse = (page: Page): Promise<Response> =>
  page.waitForResponse((r) => new URL(r.url()).pathname === '/consent' && r.request().method() === 'POST');
const consent = (page: Page) => page.evaluate(() => window.Consentry!.getConsent()) as Promise<ConsentRecord>;

describe('receipts in Chromium', () => {
  it('stores the banner choice through the real handler, whose Set-Cookie carries the consent record', async () => {
    const { context, page } = await open();
    await page.goto(server.url('/shop/cameras.html?email=shopper%40example.com#reviews'));
    const answered = receiptResponse(page);
    await answer(page, 'Accept all').click();
    const response = await answered;
    expect(response.status()).toBe(201);

    const record = await consent(page);
    const cookie = (await context.cookies()).find((c) => c.name === 'consentry')!;
    const setCookie = (await response.headerValue('set-cookie'))!;
    expect(setCookie.split('; ')).toEqual([
      `consentry=${cookie.value}`,
      `Expires=${new Date(record.consentedAt + 730 * DAY_MS).toUTCString()}`,
      'Path=/',
      'SameSite=Lax',
    ]);
    expect(cookie.value.split('.')[1]).toBe(record.id);

    const stored = await store.lookup(record.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.receipt).toMatchObject({
      recordId: record.id,
      time: new Date(record.consentedAt).toISOString(),
      method: 'banner',
      page: '/shop/cameras.html',
      choices: { preferences: true, analytics: true, marketing: true },
      userAgent: await page.evaluate(() => navigator.userAgent),
    });
  });

  it('hashes the banner text the shopper saw (SHA-256, in a secure context)', async () => {
    const { page } = await open();
    await page.goto(server.url('/shop/cameras.html', 'localhost'));
    const answered = receiptResponse(page);
    await answer(page, 'Reject all').click();
    expect((await answered).status()).toBe(201);
    const shown = [enGB.title, enGB.body, enGB.accept, enGB.reject, enGB.manage].join('\n');
    const [entry] = await store.lookup((await consent(page)).id);
    expect(entry!.receipt.textHash).toBe(createHash('sha256').update(shown).digest('hex'));
  });

  it('delivers a receipt whose beacon was lost on the next page view, once', async () => {
    const { context, page } = await open();
    let lost!: () => void;
    const beaconLost = new Promise<void>((resolve) => (lost = resolve));
    // Registered after recordNetwork, so it sees /consent first: the network drops the beacon.
    await context.route('**/consent', async (route) => {
      await route.abort('connectionreset');
      lost();
    });
    await page.goto(server.url('/shop/cameras.html'));
    await answer(page, 'Accept all').click();
    await beaconLost;
    const record = await consent(page);
    expect(await store.lookup(record.id)).toEqual([]);

    await context.unroute('**/consent');
    const answered = receiptResponse(page);
    await page.reload();
    const response = await answered;
    expect(response.status()).toBe(201);
    expect(await response.headerValue('set-cookie')).toMatch(new RegExp(`^consentry=1\\.${record.id}\\.`));
    expect(await store.lookup(record.id)).toHaveLength(1);
    // Delivered and confirmed: the next page sends nothing.
    let more = 0;
    page.on('request', (r) => new URL(r.url()).pathname === '/consent' && more++);
    await page.reload();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(more).toBe(0);
  });

  it('"Download my consent record" in the preferences dialog downloads the JSON of exportConsent()', async () => {
    const { page } = await open();
    await page.goto(server.url('/shop/cameras.html'));
    const answered = receiptResponse(page);
    await answer(page, 'Accept all').click();
    await answered;
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    const downloading = page.waitForEvent('download');
    await preferences(page).getByRole('button', { name: 'Download my consent record' }).click();
    const download = await downloading;
    const exported = (await page.evaluate(() => window.Consentry!.exportConsent())) as ConsentReceipt;
    expect(download.suggestedFilename()).toBe(`consent-record-${exported.recordId}.json`);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(json).toEqual(exported);
    expect(json).toMatchObject({ recordId: (await consent(page)).id, method: 'banner', page: '/shop/cameras.html' });
  });

  it('keeps the dialog free of axe violations (WCAG 2.2 A and AA) with the Download button in it', async () => {
    const { page } = await open();
    await page.goto(server.url('/shop/cameras.html'));
    await answer(page, 'Reject all').click();
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await preferences(page).getByRole('button', { name: 'Download my consent record' }).waitFor();
    await page.addScriptTag({ content: axe.source });
    const found = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      });
      const checkedButton = result.passes
        .flatMap((r) => r.nodes)
        .some((n) => Array.isArray(n.target[0]) && n.html.includes('Download my consent record'));
      return {
        checkedButton,
        violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
      };
    });
    expect(found).toEqual({ checkedButton: true, violations: [] });
  });

  it('offers no download before the shopper has chosen', async () => {
    const { page } = await open();
    await page.goto(server.url('/shop/cameras.html'));
    await answer(page, 'Manage preferences').click();
    await preferences(page).waitFor();
    await expect(preferences(page).getByRole('button', { name: 'Save preferences' }).isVisible()).resolves.toBe(true);
    expect(await preferences(page).getByRole('button', { name: 'Download my consent record' }).count()).toBe(0);
  });
});
