// The conformance scenarios as one specification for every engine: what the network saw on the
// gate's shop page (the five catalog vendors, marked up and injected) before and after each
// choice, withdrawal's cleanup and reload, and the two-year life of a consent. Evidence: the
// requests that left, the vendor stubs' run order, document.cookie and the page's loads.
import { describe, expect } from 'vitest';
import { shopPage } from '../harness';
import { reloadedBy, settledIn, type EnginePage } from '../engines/engine';
import { FREE, GTM, INJECTED, MARKED, STUB, VENDOR_HOSTS, gateShop } from '../fixtures/gate/shop';
import type { Stage } from './stage';

// Plain http, as in every shared scenario: the recording proxy sees only the host of a TLS
// tunnel, and the gate matches hosts, not schemes.
const http = (u: string) => u.replace(/https:\/\//g, 'http://');
const plain = <T extends Record<string, string>>(urls: T) => Object.fromEntries(Object.entries(urls).map(([k, u]) => [k, http(u)])) as T;
const M = plain(MARKED);
const I = plain(INJECTED);
const [free, gtm] = [http(FREE), http(GTM)];
const ALL_MARKED = Object.values(M);
const ALL_INJECTED = [I.ads, I.fresh, I.rakuten, I.hotjarPixel];
/** The vendor scripts among them, which note that they ran (the stub). */
const SCRIPTS = [M.mixpanelLib, M.hotjarLib, M.floodlight, M.fresh, I.ads, I.fresh, I.rakuten];
const STUBS = Object.fromEntries(VENDOR_HOSTS.map((h) => [h, STUB]));
const DAY = 86_400_000;

const vendorRequests = (page: EnginePage) => VENDOR_HOSTS.flatMap((h) => page.log.to(h)).filter((u) => u !== gtm);
const ran = async (page: EnginePage) => (await page.evaluate('window.__ran || []')) as string[];
const cookieNames = async (page: EnginePage) =>
  ((await page.evaluate('document.cookie')) as string)
    .split('; ')
    .map((c) => c.split('=')[0]!)
    .filter(Boolean)
    .sort();
const loads = (page: EnginePage, url: string) => page.log.requests.filter((u) => u === url).length;

/** Waits until every expected request was made and every expected vendor script has run. */
async function settle(page: EnginePage, expected: string[]): Promise<void> {
  await expect.poll(() => expected.filter((u) => !page.log.requests.includes(u)), { timeout: 10_000 }).toEqual([]);
  const scripts = expected.filter((u) => SCRIPTS.includes(u));
  await expect
    .poll(
      async () => {
        const done = new Set(await ran(page));
        return scripts.filter((u) => !done.has(u));
      },
      { timeout: 10_000 },
    )
    .toEqual([]);
}

/** A page's clock `days` ahead of the machine's, from before Consentry reads its record. */
const clockAhead = (html: string) =>
  html.replace(
    '<script src="/dist/consentry.js">',
    `<script>(function () { var d = +(new URLSearchParams(location.search).get('days') || 0) * ${DAY}; var now = Date.now; Date.now = function () { return now() + d; }; })();</script><script src="/dist/consentry.js">`,
  );

/** Registers the conformance scenarios on `stage`. */
export function conformance(stage: Stage): void {
  stage.page('/shop.html', http(gateShop()));
  stage.page('/withdraw.html', http(gateShop({ reloadOnWithdraw: true })));
  stage.page('/record.html', clockAhead(shopPage({ config: { vendors: ['hotjar'] } })));

  /** The shop page after the tag manager's free tag loaded: all it does before a choice is done. */
  const visit = async (path = '/shop.html') => {
    const page = await stage.open(path, { stubs: STUBS });
    await expect.poll(() => page.log.requests.includes(free), { timeout: 10_000 }).toBe(true);
    return page;
  };

  describe('the tag gate on a shop page', () => {
    stage.scenario('lets no request reach a vendor host before a choice, and leaves other hosts and gtm.js alone', async () => {
      const page = await visit();
      await settledIn(page);
      expect(vendorRequests(page)).toEqual([]);
      expect(page.log.requests).toContain(gtm);
      expect(await page.evaluate('window.__fetchFailed === true')).toBe(true);
    });

    stage.scenario('loads each tag exactly once on Accept all, marked-up scripts in document order', async () => {
      const page = await visit();
      await page.evaluate('(window.Consentry.acceptAll(), true)');
      await settle(page, [...ALL_MARKED, ...ALL_INJECTED]);
      await settledIn(page);
      const seen = vendorRequests(page);
      for (const url of [...ALL_MARKED, ...ALL_INJECTED])
        expect(
          seen.filter((u) => u === url),
          url,
        ).toHaveLength(1);
      // The held fetch is not replayed: it already failed as offline, and the page handled it.
      expect(seen).not.toContain(I.mixpanelTrack);
      const executed = await ran(page);
      // As the parser runs them: the inline init waits for its library, the DC tag for both.
      const ordered = [M.mixpanelLib, 'mixpanel-init', M.floodlight];
      expect(executed.filter((r) => ordered.includes(r))).toEqual(ordered);
      expect(new Set(executed).size).toBe(executed.length);
    });

    stage.scenario('loads only Hotjar and Mixpanel when only analytics is allowed', async () => {
      const page = await visit();
      await page.evaluate('(window.Consentry.setConsent({ analytics: true }), true)');
      await settle(page, [M.mixpanelLib, M.hotjarLib, I.hotjarPixel]);
      await settledIn(page);
      const hosts = new Set(vendorRequests(page).map((u) => new URL(u).hostname));
      expect([...hosts].sort()).toEqual(['cdn.mxpnl.com', 'in.hotjar.com', 'static.hotjar.com']);
    });

    stage.scenario('loads nothing on Reject all, nor after a reload', async () => {
      const page = await visit();
      await page.evaluate('(window.Consentry.rejectAll(), true)');
      const before = page.log.requests.length;
      await page.goto(stage.server.url('/shop.html'));
      await expect.poll(() => page.log.requests.slice(before).includes(free), { timeout: 10_000 }).toBe(true);
      await settledIn(page);
      expect(vendorRequests(page)).toEqual([]);
    });
  });

  describe('withdrawal', () => {
    /** Cookies as vendors set them: some host-only on www.shop.test, some on the parent .shop.test. */
    const VENDOR_COOKIES = [
      '_hjSession_3001=a; path=/',
      '_hjSessionUser_3001=b; domain=.shop.test; path=/',
      'mp_tok_mixpanel={}; domain=.shop.test; path=/',
      'tms_VisitorID=v; domain=.shop.test; path=/',
      'basket=2-cameras; domain=.shop.test; path=/',
    ];

    stage.scenario("deletes analytics vendors' cookies on www.shop.test and .shop.test, keeps the rest, and reloads once", async () => {
      const page = await visit('/withdraw.html');
      await page.evaluate('(window.Consentry.acceptAll(), true)');
      await page.evaluate(`(${JSON.stringify(VENDOR_COOKIES)}.forEach(function (c) { document.cookie = c; }), true)`);
      expect(await cookieNames(page)).toEqual([
        '_hjSessionUser_3001',
        '_hjSession_3001',
        'basket',
        'consentry',
        'mp_tok_mixpanel',
        'tms_VisitorID',
      ]);
      await reloadedBy(page, 'window.Consentry.setConsent({ analytics: false })');
      expect(await cookieNames(page)).toEqual(['basket', 'consentry', 'tms_VisitorID']);
      await settledIn(page);
      expect(loads(page, stage.server.url('/withdraw.html'))).toBe(2);
    });

    stage.scenario('sends no request to a withdrawn vendor after the reload, marked up or injected', async () => {
      const page = await visit('/withdraw.html');
      await page.evaluate('(window.Consentry.acceptAll(), true)');
      // Every analytics request Accept all releases, the held Hotjar pixel too: one still in flight
      // when the reload starts would be counted as the reloaded page's (Firefox in CI did so).
      await settle(page, [M.mixpanelLib, M.hotjarLib, I.hotjarPixel]);
      const before = page.log.requests.length;
      await reloadedBy(page, 'window.Consentry.setConsent({ analytics: false })');
      await expect.poll(() => page.log.requests.slice(before).includes(free), { timeout: 10_000 }).toBe(true);
      await settledIn(page);
      const after = page.log.requests.slice(before);
      expect(['hotjar.com', 'hotjar.io', 'mxpnl.com', 'mixpanel.com'].some((h) => after.some((u) => new URL(u).hostname.endsWith(h)))).toBe(
        false,
      );
    });
  });

  describe('the two-year consent record', () => {
    const record = (days = 0) => stage.server.url(`/record.html?days=${days}`);

    stage.scenario('asks again once the consent is 731 days old, although the cookie is still there', async () => {
      const page = await stage.open('/record.html');
      await page.evaluate('(window.Consentry.acceptAll(), true)');
      await page.goto(record(731));
      expect(await cookieNames(page)).toContain('consentry');
      expect(await page.evaluate('[window.Consentry.getConsent(), window.Consentry.isAllowed("analytics")]')).toEqual([null, false]);
    });

    stage.scenario('still counts consent 729 days old', async () => {
      const page = await stage.open('/record.html');
      await page.evaluate('(window.Consentry.acceptAll(), true)');
      await page.goto(record(729));
      expect(await page.evaluate('window.Consentry.isAllowed("analytics")')).toBe(true);
    });
  });
}
