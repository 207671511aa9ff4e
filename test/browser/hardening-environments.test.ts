// Broken environments in Chromium: cookies disabled, a sandboxed iframe where document.cookie
// and localStorage throw, and storage that throws the way Safari's private mode did. In each,
// the banner still works, the choice applies to this page view, and no exception escapes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser, startServer, type TestServer } from './harness';
import { uiShopPage } from './ui-support';
import { consentry, uncaught, sessionPool, type Session } from './fixtures/hardening/support';

let browser: Browser;
let server: TestServer;
const sessions = sessionPool();

/** A marked-up analytics tag: it may reach the network only once the shopper allows analytics. */
const HOTJAR_TAG = '<script type="text/plain" data-consentry="hotjar" src="https://static.hotjar.com/c/hotjar-1.js"></script>';

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/shop.html', uiShopPage({ body: HOTJAR_TAG }));
  server.page(
    '/sandboxed.html',
    `<!doctype html><html lang="en-GB"><head><title>Outer</title></head><body>
    <iframe sandbox="allow-scripts" src="/shop.html" title="shop" style="width:800px;height:600px"></iframe></body></html>`,
  );
});
afterEach(() => sessions.closeAll());
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (initScript = ''): Promise<Session> => sessions.open(browser, initScript);

/** Clicks "Accept all" and shows that the choice now applies to the page view: the held tag loads. */
async function acceptAndCheck(target: Page | Frame, s: Session): Promise<void> {
  expect(s.net.to('static.hotjar.com')).toEqual([]);
  await target.getByRole('button', { name: 'Accept all' }).click();
  await target.getByRole('button', { name: 'Accept all' }).waitFor({ state: 'detached' });
  expect(await consentry(target, (c) => [c.isAllowed('analytics'), c.isAllowed('hotjar'), c.getConsent() !== null])).toEqual([
    true,
    true,
    true,
  ]);
  await expect.poll(() => s.net.to('static.hotjar.com').length).toBe(1);
}

/** Withdraws; the cleanup (which touches storage) runs and reloads, and nothing escapes on the way. */
async function withdrawAndCheck(s: Session, withdraw: (c: NonNullable<Window['Consentry']>) => void): Promise<void> {
  expect(await uncaught(s.page)).toEqual([]);
  await Promise.all([s.page.waitForEvent('load'), consentry(s.page, withdraw).catch(() => {})]);
  expect(await consentry(s.page, (c) => c.isAllowed('hotjar'))).toBe(false);
  expect(s.consoleErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  expect(await uncaught(s.page)).toEqual([]);
  expect(s.net.to('static.hotjar.com').length).toBe(1);
}

const THROWING_STORAGE = `(() => {
  for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  }
})();`;

const QUOTA_STORAGE = `(() => {
  // Safari private mode before 11: storage exists, but every write throws.
  Storage.prototype.setItem = function () { throw new DOMException('QuotaExceededError', 'QuotaExceededError'); };
})();`;

describe('cookies disabled', () => {
  it('still shows the banner, applies the choice to this page view, and throws nothing', async () => {
    const s = await open();
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Emulation.setDocumentCookieDisabled', { disabled: true });
    await s.page.goto(server.url('/shop.html'));
    expect(await s.page.evaluate(() => (document.cookie = 'probe=1'))).toBe('probe=1');
    expect(await s.page.evaluate(() => document.cookie)).toBe('');
    await acceptAndCheck(s.page, s);
    expect(await uncaught(s.page)).toEqual([]);
  });

  it('asks again on the next page view, with nothing optional allowed, since nothing could be stored', async () => {
    const s = await open();
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Emulation.setDocumentCookieDisabled', { disabled: true });
    await s.page.goto(server.url('/shop.html'));
    await acceptAndCheck(s.page, s);
    await s.page.reload();
    await s.page.getByRole('button', { name: 'Accept all' }).waitFor();
    expect(await consentry(s.page, (c) => [c.isAllowed('analytics'), c.getConsent()])).toEqual([false, null]);
  });
});

describe('a sandboxed iframe, where document.cookie and localStorage throw', () => {
  async function frame(s: Session): Promise<Frame> {
    await s.page.goto(server.url('/sandboxed.html'));
    const f = s.page.frames().find((x) => x.url().endsWith('/shop.html'))!;
    await f.getByRole('button', { name: 'Accept all' }).waitFor();
    return f;
  }

  it('is really such a frame: both throw there', async () => {
    const f = await frame(await open());
    const thrown = await f.evaluate(() =>
      [() => document.cookie, () => localStorage].map((read) => {
        try {
          read();
          return 'ok';
        } catch (e) {
          return (e as Error).name;
        }
      }),
    );
    expect(thrown).toEqual(['SecurityError', 'SecurityError']);
  });

  it('still shows the banner, applies the choice to the frame, and throws nothing', async () => {
    const s = await open();
    const f = await frame(s);
    await acceptAndCheck(f, s);
    expect(await uncaught(f)).toEqual([]);
  });

  it('saves a custom choice from the preferences dialog', async () => {
    const s = await open();
    const f = await frame(s);
    await f.getByRole('button', { name: 'Manage preferences' }).click();
    await f.getByRole('switch', { name: 'Analytics' }).check();
    await f.getByRole('button', { name: 'Save preferences' }).click();
    expect(await consentry(f, (c) => [c.isAllowed('analytics'), c.isAllowed('marketing')])).toEqual([true, false]);
    expect(await uncaught(f)).toEqual([]);
  });
});

describe('storage that throws', () => {
  it('with localStorage and sessionStorage getters throwing: banner, choice and withdrawal work and nothing escapes', async () => {
    const s = await open(THROWING_STORAGE);
    await s.page.goto(server.url('/shop.html'));
    await acceptAndCheck(s.page, s);
    await withdrawAndCheck(s, (c) => c.setConsent({ analytics: false }));
  });

  it('with every storage write throwing (old Safari private mode): banner, choice and withdrawal work and nothing escapes', async () => {
    const s = await open(QUOTA_STORAGE);
    await s.page.goto(server.url('/shop.html'));
    await acceptAndCheck(s.page, s);
    await withdrawAndCheck(s, (c) => c.rejectAll());
  });
});
