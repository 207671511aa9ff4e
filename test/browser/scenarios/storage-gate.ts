// The storage gate as one specification for every engine: a vendor that is not allowed writes
// nothing on the shopper's device (cookies by document.cookie or cookieStore, Web Storage keys,
// IndexedDB databases), the site's own writes pass, and the vendor's pass once it is allowed.
// Evidence: what the page can read back from each store.
import { describe, expect } from 'vitest';
import { shopPage } from '../harness';
import type { EnginePage } from '../engines/engine';
import type { Stage } from './stage';

/** What this engine lacks, with the reason the README's Limits give; its scenario asserts the lack. */
export interface StorageLimits {
  /** The engine has no cookieStore at all: there is no path to hold. */
  noCookieStore?: string;
  /** The engine's cookieStore.set resolves but stores nothing on the plain-http test site. */
  cookieStoreStoresNothing?: string;
}

const COOKIES = [
  '_hjSession_3001=a; path=/',
  '_hjSessionUser_3001=b; domain=.shop.test; path=/',
  'mp_tok_mixpanel={}; path=/',
  'basket=2; path=/',
];
const cookieNames = async (page: EnginePage) =>
  ((await page.evaluate('document.cookie')) as string)
    .split('; ')
    .map((c) => c.split('=')[0]!)
    .filter((n) => n && n !== 'consentry')
    .sort();

const writeCookies = (page: EnginePage) =>
  page.evaluate(`(${JSON.stringify(COOKIES)}.forEach(function (c) { document.cookie = c; }), true)`);
const writeStorage = (page: EnginePage) =>
  page.evaluate(`(function () {
    localStorage.setItem('_hjUserAttributes', 'x'); localStorage.setItem('mp_tok_mixpanel', '{}'); localStorage.setItem('basket', '2');
    sessionStorage.setItem('hjViewportId', 'v'); sessionStorage.setItem('mp_tab_id_tok', 't'); sessionStorage.setItem('basket', '2');
    // Consentry's own keys (its receipts, once there is a choice) are not what is asked here.
    function keys(s) { return Object.keys(s).filter(function (k) { return k.indexOf('consentry') !== 0; }).sort(); }
    return { local: keys(localStorage), session: keys(sessionStorage) };
  })()`);
/** Opens a database and says how the request ended: `success`, or `error:` and the error's name. */
const openDb = (page: EnginePage, name: string) =>
  page.evaluate(`new Promise(function (done) {
    var req = indexedDB.open(${JSON.stringify(name)});
    req.onsuccess = function () { req.result.close(); done('success'); };
    req.onerror = function (e) { e.preventDefault && e.preventDefault(); done('error:' + (req.error && req.error.name)); };
  })`);
const cookieStoreSet = (page: EnginePage, name: string) =>
  page.evaluate(
    `cookieStore.set(${JSON.stringify(name)}, '1').then(function () { return document.cookie.indexOf(${JSON.stringify(`${name}=`)}) >= 0; })`,
  );

/** Registers the storage gate's scenarios on `stage`, with what this engine lacks. */
export function storageGate(stage: Stage, limits: StorageLimits = {}): void {
  stage.page('/storage.html', shopPage({ config: { vendors: ['hotjar', 'mixpanel'], reloadOnWithdraw: false } }));
  const open = () => stage.open('/storage.html');
  // cookieStore exists only in a secure context; plain http on 127.0.0.1 is one (www.shop.test is not).
  const openSecure = () => stage.open('/storage.html', { host: '127.0.0.1' });

  describe('the storage gate', () => {
    stage.scenario("refuses a not-allowed vendor's cookies on the host and the parent domain, and keeps the site's own", async () => {
      const page = await open();
      await writeCookies(page);
      expect(await cookieNames(page)).toEqual(['basket']);
    });

    stage.scenario("refuses a not-allowed vendor's localStorage and sessionStorage keys, and keeps the site's own", async () => {
      const page = await open();
      expect(await writeStorage(page)).toEqual({ local: ['basket'], session: ['basket'] });
    });

    stage.scenario(
      "fails the IndexedDB open of a not-allowed vendor's database with an error event, and opens the site's own",
      async () => {
        const page = await open();
        expect(await openDb(page, 'mixpanelBrowserDb')).toBe('error:UnknownError');
        expect(await openDb(page, 'shop-basket')).toBe('success');
      },
    );

    if (limits.noCookieStore) {
      stage.scenario(`has no cookieStore to hold (${limits.noCookieStore})`, async () => {
        const page = await openSecure();
        expect(await page.evaluate("typeof window.cookieStore + ' ' + typeof window.CookieStore")).toBe('undefined undefined');
      });
    } else if (limits.cookieStoreStoresNothing) {
      stage.scenario(`stores no cookie through cookieStore, a vendor's or the site's (${limits.cookieStoreStoresNothing})`, async () => {
        const page = await openSecure();
        expect([await cookieStoreSet(page, '_hjSession_3001'), await cookieStoreSet(page, 'basket')]).toEqual([false, false]);
      });
    } else {
      stage.scenario("refuses a not-allowed vendor's cookie set through cookieStore, and keeps the site's own", async () => {
        const page = await openSecure();
        expect([await cookieStoreSet(page, '_hjSession_3001'), await cookieStoreSet(page, 'basket')]).toEqual([false, true]);
      });
    }

    stage.scenario('lets the same writes through once the vendor is allowed', async () => {
      const page = await open();
      await page.evaluate('(window.Consentry.setConsent({ analytics: true }), true)');
      await writeCookies(page);
      expect(await cookieNames(page)).toEqual(['_hjSessionUser_3001', '_hjSession_3001', 'basket', 'mp_tok_mixpanel']);
      expect(await writeStorage(page)).toEqual({
        local: ['_hjUserAttributes', 'basket', 'mp_tok_mixpanel'],
        session: ['basket', 'hjViewportId', 'mp_tab_id_tok'],
      });
      expect(await openDb(page, 'mixpanelBrowserDb')).toBe('success');
    });
  });
}
