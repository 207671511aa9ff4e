// The real mixpanel-browser 2.83.0 in Chromium: bundled into the shop's own code as a shop
// installing it from npm would (started at load, inside whenAllowed, opted out by default), and
// its own CDN build behind the official snippet marked up as the README says. Mixpanel's hosts
// are routed to local answers; the SDK's code is real. Evidence: the requests that left and their
// bodies, the console, the cookie jar, Web Storage and indexedDB.databases().
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hostMatches, settled, shopPage } from './harness';
import { NOTHING, sdkSuite, serveBundles, storesOf, withoutPrefixNotes, type Opened } from './sdk-support';

const SDK = 'node_modules/mixpanel-browser/dist';

/** Mixpanel's hosts answer as Mixpanel's do; its CDN serves the real library the snippet loads. */
const ANSWERS = [
  { host: 'cdn.mxpnl.com', body: readFileSync(`${SDK}/mixpanel.min.js`, 'utf8') },
  { host: 'mixpanel.com', body: '{"status":1,"error":null}', type: 'application/json' },
];
const { open } = sdkSuite(async (server) => {
  const config = { vendors: ['mixpanel'] };
  await serveBundles(server, config, ['mixpanel-naive.js', 'mixpanel-when-allowed.js', 'mixpanel-opt-out-default.js']);
  // This site registers the Mixpanel entry itself, with its own onWithdraw: the config lists another vendor.
  await serveBundles(server, { vendors: ['hotjar'] }, ['mixpanel-registered.js']);
  // Mixpanel's official snippet, as its docs give it (the package ships it), marked up as the README's step 2 says.
  const snippet = readFileSync(`${SDK}/mixpanel-jslib-snippet.min.js`, 'utf8');
  server.page(
    '/snippet.html',
    shopPage({
      config,
      head: `<script type="text/plain" data-consentry="mixpanel">${snippet}\nmixpanel.init('tok123');\nmixpanel.track('Viewed');</script>`,
    }),
  );
}, ANSWERS);
/** Mixpanel sends a batch within its flush interval (5 s by default), on a busy machine later. */
const SENT = { timeout: 20_000 };

/** Everything of Mixpanel's in any store, but the opt-out flag the catalog keeps on purpose. */
const mixpanelStores = (page: Page) => storesOf(page, '^(mp_|__mp(?!_opt_in_out_))|mixpanel');

/**
 * What the started SDK keeps in each kind of store, so a withdrawal spec shows it had something to
 * delete in each: its cookie, both session tab ids, both IndexedDB databases.
 */
const EVERY_STORE = {
  cookies: ['mp_tok123_mixpanel'],
  session: expect.arrayContaining([expect.stringMatching(/^mp_tab_id_/), expect.stringMatching(/^mp_gen_new_tab_id_/)]),
  databases: expect.arrayContaining(['mixpanelBrowserDb', 'mixpanelFlagsDb']),
};

/** The names of the events Mixpanel sent to its track endpoint (JSON or base64 `data`). */
const sentEvents = ({ posts }: Opened): string[] =>
  posts
    .filter((p) => hostMatches(p.url, 'mixpanel.com') && new URL(p.url).pathname.startsWith('/track'))
    .flatMap((p) => {
      const data = new URLSearchParams(p.body).get('data') ?? '';
      return [JSON.parse(/^[[{]/.test(data) ? data : atob(data))].flat().map((e: { event: string }) => e.event);
    });

const acceptAll = (page: Page) => page.evaluate(() => window.Consentry!.acceptAll());
/** "Reject all" after a choice is a withdrawal: Consentry cleans up and reloads the page. */
const withdraw = (page: Page) => Promise.all([page.waitForEvent('load'), page.evaluate(() => window.Consentry!.rejectAll())]);

describe('mixpanel-browser bundled and started at load, with no consent code', () => {
  it("sends nothing and stores nothing of Mixpanel's before a choice", async () => {
    const { page, log } = await open('/mixpanel-naive.js.html');
    await page.evaluate(() => (window as unknown as { trackAgain(): void }).trackAgain());
    await settled(page, log);
    expect([log.to('mixpanel.com'), await mixpanelStores(page)]).toEqual([[], NOTHING]);
  });

  it('sends the events it tracked before the choice once "Accept all" is clicked on that page, with no console error', async () => {
    const o = await open('/mixpanel-naive.js.html');
    await o.page.evaluate(() => (window as unknown as { trackAgain(): void }).trackAgain());
    await acceptAll(o.page);
    await expect.poll(() => sentEvents(o), SENT).toEqual(expect.arrayContaining(['Viewed', 'Clicked']));
    // From load on: only the storage gate's notes on the names it refused by a prefix, by design.
    expect(withoutPrefixNotes(o.errors, 'mixpanel')).toEqual([]);
  });

  it("leaves nothing of Mixpanel's in any store after withdrawal and the reload", async () => {
    const { page, log } = await open('/mixpanel-naive.js.html');
    await acceptAll(page);
    // The SDK writes its stores when init() runs, refused at load: the reload's init() writes them, allowed.
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => mixpanelStores(page)).toMatchObject(EVERY_STORE);
    await withdraw(page);
    await settled(page, log);
    expect(await mixpanelStores(page)).toEqual(NOTHING);
  });
});

describe('mixpanel-browser started inside whenAllowed, as the guide recommends', () => {
  it('sends only the events tracked after "Accept all", with no console error', async () => {
    const o = await open('/mixpanel-when-allowed.js.html');
    await o.page.evaluate(() => (window as unknown as { trackAgain(): void }).trackAgain());
    await settled(o.page, o.log);
    expect([o.log.to('mixpanel.com'), await mixpanelStores(o.page)]).toEqual([[], NOTHING]);
    await acceptAll(o.page);
    await expect.poll(() => sentEvents(o), SENT).toContain('Viewed');
    await settled(o.page, o.log);
    expect([sentEvents(o), o.errors]).toEqual([['Viewed'], []]);
  });

  it('is opted out on withdrawal by the catalog hook, through the window.mixpanel the site exposes', async () => {
    const o = await open('/mixpanel-when-allowed.js.html');
    await acceptAll(o.page);
    await expect.poll(() => sentEvents(o), SENT).toContain('Viewed');
    await withdraw(o.page);
    // The flag opt_out_tracking() wrote, and the SDK itself reading it when the page starts it again.
    const [flag, optedOut] = await o.page.evaluate(() => {
      const mp = (window as unknown as { mixpanel: { init(t: string): void; has_opted_out_tracking(): boolean } }).mixpanel;
      const flag = localStorage.getItem('__mp_opt_in_out_tok123');
      mp.init('tok123');
      return [flag, mp.has_opted_out_tracking()];
    });
    expect([flag, optedOut]).toEqual(['0', true]);
  });

  it('is opted out on withdrawal by the onWithdraw of the entry the site registered with its bundled instance', async () => {
    const o = await open('/mixpanel-registered.js.html');
    await acceptAll(o.page);
    await expect.poll(() => sentEvents(o), SENT).toContain('Viewed');
    await withdraw(o.page);
    // mixpanel.opt_out_tracking() writes this flag (the catalog keeps it), so Mixpanel stays off if it starts again.
    expect(await o.page.evaluate(() => localStorage.getItem('__mp_opt_in_out_tok123'))).toBe('0');
  });
});

describe('mixpanel-browser started at load opted out by default, opted in by the catalog hook', () => {
  it("sends nothing and stores nothing of Mixpanel's but its opt-out flag before a choice", async () => {
    const { page, log } = await open('/mixpanel-opt-out-default.js.html');
    await settled(page, log);
    expect([log.to('mixpanel.com'), await mixpanelStores(page)]).toEqual([[], NOTHING]);
  });

  it('after "Accept all" sends its opt-in and never the event tracked before the choice, with no console error', async () => {
    const o = await open('/mixpanel-opt-out-default.js.html');
    await acceptAll(o.page);
    await expect.poll(() => sentEvents(o), SENT).toContain('$opt_in');
    await settled(o.page, o.log);
    // From load on: opted out, init() still writes its persistence and tab ids, and the gate notes each name it refused by a prefix.
    expect([sentEvents(o).filter((e) => e !== '$opt_in'), withoutPrefixNotes(o.errors, 'mixpanel')]).toEqual([[], []]);
  });
});

describe('the official Mixpanel snippet, marked up as the README says', () => {
  it("requests nothing and stores nothing of Mixpanel's before a choice", async () => {
    const { page, log } = await open('/snippet.html');
    await settled(page, log);
    expect([log.to('mxpnl.com'), log.to('mixpanel.com'), await mixpanelStores(page)]).toEqual([[], [], NOTHING]);
  });

  it('loads the library and sends its events after "Accept all", with no console error', async () => {
    const o = await open('/snippet.html');
    await acceptAll(o.page);
    await expect.poll(() => sentEvents(o), SENT).toContain('Viewed');
    expect([o.log.to('cdn.mxpnl.com').length, o.errors]).toEqual([1, []]);
  });

  it("leaves nothing of Mixpanel's in any store after withdrawal and the reload", async () => {
    const o = await open('/snippet.html');
    await acceptAll(o.page);
    await o.page.waitForFunction(() => document.cookie.includes('_mixpanel'));
    await withdraw(o.page);
    await settled(o.page, o.log);
    expect(await mixpanelStores(o.page)).toEqual(NOTHING);
  });
});
