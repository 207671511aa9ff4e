// The two-stage script-tag build in Chromium: consentry.js alone holds every vendor and
// keeps the record; the later parts (consentry-ui*.js, consentry-later.js) only add what a page
// needs after first paint. What must hold: nothing leaks when they cannot load, the API answers the
// same before they arrive as after, a returning visitor fetches neither, and the npm build's
// destroy() gives back every browser API the gate patched.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, launchBrowser, settled, shopPage, startServer, type NetworkLog, type TestServer } from './harness';
import { sessionPool, type Session } from './fixtures/hardening/support';
import type { ConsentryApi } from '../../src/shared/types';

/** What this file's page scripts leave on window for the test to read. */
interface Probe {
  __events: { debug: unknown[]; change: unknown[] };
  __fetches: Record<string, unknown>;
  __trace: unknown[][];
  __sync: { receipt?: unknown };
  __esm: { createConsentry: (config: unknown) => ConsentryApi & { destroy(): void }; config: unknown };
  __snapshot(): unknown;
  __changed(before: unknown, after: unknown): string[];
}
import { answer } from './ui-support';
import { scriptTagFiles } from '../script-tag-files';

let browser: Browser;
let server: TestServer;
const sessions = sessionPool();
/** The build as it was when this file started, so a concurrent rebuild cannot mix two builds in one page. */
const built = new Map<string, Buffer>();
const PARTS = scriptTagFiles(['en-GB', 'fr', 'de']);
const holds: Array<() => void> = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  for (const f of PARTS) built.set(f, await readFile(join(ROOT, 'dist', f)));
});
afterEach(() => sessions.closeAll());
afterAll(async () => {
  holds.forEach((release) => release());
  await browser?.close();
  await server?.close();
});

const CONFIG = { vendors: ['hotjar', 'mixpanel', 'doubleclick', 'rakuten'], policyUrl: '/privacy', revision: 1, reloadOnWithdraw: false };

/** Marked-up tags of four catalog vendors, as their install guides give them, plus one injected at run time. */
const TAGS = `<script type="text/plain" data-consentry="hotjar" src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
<script type="text/plain" data-consentry="mixpanel" src="https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"></script>
<iframe data-consentry="doubleclick" data-src="https://1234567.fls.doubleclick.net/activityi;src=1234567;type=visit;cat=home;ord=1?" width="1" height="1" hidden title="Floodlight"></iframe>
<img data-consentry="rakuten" data-src="https://track.linksynergy.com/ep?mid=112233&amp;ord=42" width="1" height="1" alt="">
<script>var s = document.createElement('script'); s.src = 'https://cdn.mxpnl.com/libs/injected.js'; document.head.appendChild(s);</script>`;
const VENDOR_HOSTS = [
  'hotjar.com',
  'hotjar.io',
  'mxpnl.com',
  'mixpanel.com',
  'doubleclick.net',
  'linksynergy.com',
  'rakuten.com',
  'googletagmanager.com',
];

const vendorRequests = (net: NetworkLog, from = 0): string[] =>
  net.requests.slice(from).filter((u) => VENDOR_HOSTS.some((h) => net.to(h).includes(u)));
const partRequests = (net: NetworkLog, from = 0): string[] =>
  net.requests.slice(from).filter((u) => /\/consentry-(ui[^/]*|prefs[^/]*|later)\.js$/.test(new URL(u).pathname));

type Mode = 'serve' | 'missing' | 'hold';
interface Site {
  /** `/s<n>`: the folder this site's consentry.js and later parts are served from. */
  readonly dir: string;
  /** Lets held parts answer. */
  release(): void;
  /** Paths of the parts asked for so far (answered or not). */
  readonly asked: string[];
  url(page?: string): string;
}

let sites = 0;
/** A folder with its own consentry.js, whose later parts answer, 404, or wait until released. */
function site(modes: { ui?: Mode; prefs?: Mode; later?: Mode } = {}): Site {
  const dir = `/s${++sites}`;
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  holds.push(release);
  const asked: string[] = [];
  const serve =
    (file: string, mode: Mode) =>
    async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      asked.push(new URL(req.url ?? '/', 'http://x').pathname);
      if (mode === 'missing') {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      if (mode === 'hold') await held;
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(built.get(file));
    };
  for (const f of PARTS) {
    const mode =
      f === 'consentry.js'
        ? 'serve'
        : f === 'consentry-later.js'
          ? (modes.later ?? 'serve')
          : f.startsWith('consentry-prefs')
            ? (modes.prefs ?? modes.ui ?? 'serve')
            : (modes.ui ?? 'serve');
    server.handle(`${dir}/${f}`, serve(f, mode));
  }
  return { dir, release, asked, url: (p = 'shop.html') => server.url(`${dir}/${p}`) };
}

/** A shop page in the site's folder, loading that folder's consentry.js first in <head>. */
function pageIn(s: Site, options: { config?: object; head?: string; body?: string; name?: string } = {}): string {
  const html = shopPage({ config: { ...CONFIG, ...options.config }, head: options.head, body: options.body }).replace(
    'src="/dist/consentry.js"',
    `src="${s.dir}/consentry.js"`,
  );
  server.page(`${s.dir}/${options.name ?? 'shop.html'}`, html);
  return s.url(options.name);
}

const open = (): Promise<Session> => sessions.open(browser);
const dialog = (page: Page, name: 'Cookies on this site' | 'Cookie preferences') => page.getByRole('dialog', { name });

describe('two-stage start: when the later parts cannot load', () => {
  async function blockedPage(): Promise<{ s: Session; site: Site }> {
    const st = site({ ui: 'missing', later: 'missing' });
    const url = pageIn(st, { body: TAGS });
    const s = await open();
    await s.page.goto(url);
    await dialog(s.page, 'Cookies on this site').waitFor();
    return { s, site: st };
  }

  it('holds every vendor and shows the fallback banner when the later parts cannot load', async () => {
    const { s } = await blockedPage();
    const box = dialog(s.page, 'Cookies on this site');
    for (const name of ['Accept all', 'Reject all', 'Manage preferences'])
      expect(await box.getByRole('button', { name }).isVisible()).toBe(true);
    // The fallback lives in Consentry's own shadow root, like the real UI.
    expect(await s.page.evaluate(() => !!document.querySelector('[data-consentry-ui]')?.shadowRoot?.querySelector('[role=dialog]'))).toBe(
      true,
    );
    await settled(s.page, s.net);
    expect(vendorRequests(s.net)).toEqual([]);
    expect(
      await s.page.evaluate(() =>
        ['analytics', 'marketing', 'hotjar', 'mixpanel', 'doubleclick', 'rakuten'].filter((id) => window.Consentry!.isAllowed(id)),
      ),
    ).toEqual([]);
  });

  it('sends nothing to any vendor when "Reject all" is clicked in the fallback banner', async () => {
    const { s } = await blockedPage();
    await dialog(s.page, 'Cookies on this site').getByRole('button', { name: 'Reject all' }).click();
    await dialog(s.page, 'Cookies on this site').waitFor({ state: 'hidden' });
    // The choice asks for consentry-later.js (missing here): that attempt, then a marker, prove the page went on.
    await expect.poll(() => s.consoleErrors.some((e) => e.includes('consentry-later.js'))).toBe(true);
    await settled(s.page, s.net);
    expect(vendorRequests(s.net)).toEqual([]);
    expect(await s.page.evaluate(() => window.Consentry!.getConsent()?.categories)).toEqual({
      preferences: { granted: false, method: 'banner' },
      analytics: { granted: false, method: 'banner' },
      marketing: { granted: false, method: 'banner' },
    });
  });

  it('releases the held tags when "Accept all" is clicked in the fallback banner', async () => {
    const { s } = await blockedPage();
    await dialog(s.page, 'Cookies on this site').getByRole('button', { name: 'Accept all' }).click();
    await expect
      .poll(() => ['static.hotjar.com', 'cdn.mxpnl.com', 'fls.doubleclick.net', 'track.linksynergy.com'].map((h) => s.net.to(h).length > 0))
      .toEqual([true, true, true, true]);
    expect(
      s.net
        .to('cdn.mxpnl.com')
        .map((u) => new URL(u).pathname)
        .sort(),
    ).toEqual(['/libs/injected.js', '/libs/mixpanel-2-latest.min.js']);
  });

  it('says in the console which file failed: consentry-ui.js at once, consentry-later.js once a choice needs it', async () => {
    const { s } = await blockedPage();
    expect(s.consoleErrors.filter((e) => e.startsWith('Consentry:') && e.includes('consentry-ui.js'))).not.toEqual([]);
    expect(s.consoleErrors.filter((e) => e.startsWith('Consentry:') && e.includes('consentry-later.js'))).toEqual([]);
    await dialog(s.page, 'Cookies on this site').getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => s.consoleErrors.filter((e) => e.startsWith('Consentry:') && e.includes('consentry-later.js')).length).toBe(1);
  });
});

// Every public method of window.Consentry, called from an inline script right after consentry.js
// while both later parts are held, against the same calls once both have started.
const RECORDER = `<script>
window.__events = { change: [], debug: [] };
document.addEventListener('consentry:change', (e) => __events.change.push(e.detail && { categories: e.detail.categories, vendors: e.detail.vendors }));
document.addEventListener('consentry:debug', (e) => __events.debug.push(e.detail));
</script>`;

const SCENARIO = `(() => {
  const C = window.Consentry, t = (window.__trace = []), f = (window.__fetches = {});
  const rec = (r) => r && { version: r.version, revision: r.revision, categories: r.categories, vendors: r.vendors, seen: [...r.seenVendors].sort(), signals: r.signals, id: typeof r.id, at: typeof r.consentedAt };
  const receipt = (x) => x && { ...x, recordId: x.recordId === C.getConsent()?.id, time: typeof x.time, userAgent: typeof x.userAgent };
  const allowed = () => ['preferences', 'analytics', 'marketing', 'hotjar', 'mixpanel', 'doubleclick', 'rakuten', 'chat'].filter((id) => C.isAllowed(id));
  const stop = C.on('change', (r) => t.push(['on change', rec(r)]));
  t.push(['on() returns', typeof stop]);
  t.push(['whenAllowed() returns', typeof C.whenAllowed('hotjar', () => t.push(['whenAllowed hotjar ran', allowed()])) ]);
  C.whenAllowed('marketing', () => t.push(['whenAllowed marketing ran']));
  const cancel = C.whenAllowed('rakuten', () => t.push(['cancelled whenAllowed ran']));
  t.push(['cancel() returns', cancel()]);
  t.push(['before any choice', C.getConsent(), C.exportConsent(), allowed()]);
  t.push(['debugLog() before', C.debugLog().map((e) => e.action + ' ' + (e.vendor || ''))]);
  t.push(['register() new', C.register({ id: 'chat', name: 'Chat', company: 'Chat Ltd', category: 'preferences', purpose: 'Chat.', hosts: ['widget.chat.example'], policyUrl: 'https://chat.example/p', leavesUkEea: false })]);
  t.push(['register() again', C.register({ id: 'chat', category: 'preferences', hosts: ['widget.chat.example'] })]);
  t.push(['register() invalid', C.register({ id: 'Not An Id' })]);
  t.push(['acceptAll() returns', C.acceptAll()]);
  t.push(['after acceptAll', allowed(), rec(C.getConsent()), receipt(C.exportConsent())]);
  document.cookie = '_hjSessionUser_1=a; path=/';
  document.cookie = 'mp_abc_mixpanel=b; path=/';
  fetch('https://api-js.mixpanel.com/track/?after=accept').then(() => (f.accept = 'answered'), () => (f.accept = 'refused'));
  t.push(['setConsent() returns', C.setConsent({ analytics: false, mixpanel: true })]);
  t.push(['after setConsent', allowed(), rec(C.getConsent()), receipt(C.exportConsent())]);
  t.push(['rejectAll() returns', C.rejectAll()]);
  t.push(['after rejectAll', allowed(), rec(C.getConsent()), receipt(C.exportConsent())]);
  fetch('https://api-js.mixpanel.com/track/?after=reject').then(() => (f.reject = 'answered'), () => (f.reject = 'refused'));
  t.push(['reset() returns', C.reset()]);
  t.push(['after reset', allowed(), C.getConsent(), C.exportConsent()]);
  t.push(['showBanner() returns', C.showBanner()]);
  t.push(['showPreferences() returns', C.showPreferences()]);
  t.push(['debugLog() after', C.debugLog().map((e) => e.action + ' ' + (e.vendor || ''))]);
  t.push(['end']);
})();`;

/** Everything the calls left behind, once both parts have run: trace, events, record, cookies, network. */
async function outcome(s: Session, from: number) {
  const { page, net } = s;
  await dialog(page, 'Cookie preferences').waitFor();
  // consentry-later.js hands the debug stream over in one go: all of debugLog() has been dispatched.
  await page.waitForFunction(() => (window as unknown as Probe).__events.debug.length >= window.Consentry!.debugLog().length);
  await page.waitForFunction(() => Object.keys((window as unknown as Probe).__fetches).length === 2);
  await settled(page, net);
  return page
    .evaluate(() => ({
      trace: (window as unknown as Probe).__trace,
      fetches: (window as unknown as Probe).__fetches,
      change: (window as unknown as Probe).__events.change,
      debugEvents: (window as unknown as Probe).__events.debug,
      debugLog: window.Consentry!.debugLog(),
      cookies: document.cookie
        .split('; ')
        .filter((c) => /^(_hj|mp_)/.test(c))
        .sort(),
      record: window.Consentry!.getConsent(),
      exported: window.Consentry!.exportConsent(),
      preferencesOpen: true,
    }))
    .then((o) => ({
      ...o,
      vendorNetwork: vendorRequests(net, from).sort(),
      siteNetwork: net.requests
        .slice(from)
        .filter((u) => !VENDOR_HOSTS.some((h) => net.to(h).includes(u)))
        .map((u) => new URL(u).pathname.replace(/^\/s\d+\//, '/SITE/').replace(/\/settled\/.*/, '/settled'))
        .sort(),
    }));
}

describe('two-stage start: the API before the later parts arrive', () => {
  type Outcome = Awaited<ReturnType<typeof outcome>>;
  let both: Promise<{ before: Outcome; after: Outcome }> | undefined;
  /** Runs the calls on both pages once, whichever test asks first (the order is shuffled). */
  const parity = () => (both ??= runBoth());
  async function runBoth(): Promise<{ before: Outcome; after: Outcome }> {
    // Before: the calls run during parsing, while both parts are held.
    const early = site({ ui: 'hold', later: 'hold' });
    const earlyUrl = pageIn(early, { config: { debug: true }, head: `${RECORDER + TAGS}<script>${SCENARIO}</script>` });
    const a = await open();
    await a.page.goto(earlyUrl, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => early.asked.filter((p) => /consentry-(ui|later)\.js$/.test(p)).length).toBe(2);
    // The calls have all returned, and neither part has run yet.
    expect(
      await a.page.evaluate(() => [
        (window as unknown as Probe).__trace.some((x) => x[0] === 'end'),
        (window as unknown as Probe).__events.debug.length,
        !!document.querySelector('[data-consentry-ui]'),
      ]),
    ).toEqual([true, 0, false]);
    early.release();
    const before = await outcome(a, 0);

    // After: the same page without the inline calls; they run once both parts have started.
    const late = site();
    const lateUrl = pageIn(late, { config: { debug: true }, head: RECORDER + TAGS });
    const b = await open();
    await b.page.goto(lateUrl);
    await dialog(b.page, 'Cookies on this site').waitFor();
    await b.page.waitForFunction(() => (window as unknown as Probe).__events.debug.length > 0);
    const from = b.net.requests.length;
    await b.page.evaluate(SCENARIO);
    const after = await outcome(b, from);
    return { before, after };
  }
  const isDebugLogCall = (x: unknown[]) => /^debugLog\(\)/.test(String(x[0]));

  it('returns the same values, synchronously, from every method called before the later parts load as after', async () => {
    const { before, after } = await parity();
    const calls = (o: Outcome) => o.trace.filter((x: unknown[]) => !isDebugLogCall(x));
    expect(calls(before)).toEqual(calls(after));
    expect(before.fetches).toEqual(after.fetches);
    expect(before.fetches).toEqual({ accept: 'answered', reject: 'refused' });
    // The calls did what they say, so this is not a comparison of two broken pages.
    expect(before.trace.find((x: unknown[]) => x[0] === 'after acceptAll')?.[1]).toEqual([
      'preferences',
      'analytics',
      'marketing',
      'hotjar',
      'mixpanel',
      'doubleclick',
      'rakuten',
      'chat',
    ]);
    expect(before.trace.find((x: unknown[]) => x[0] === 'register() new')?.[1]).toBe(true);
  });

  it('announces the same changes (consentry:change on document, on("change") callbacks) for calls made before the later parts load as after', async () => {
    const { before, after } = await parity();
    expect(before.change).toEqual(after.change);
    expect(before.change).toHaveLength(4);
    const onChange = (o: Outcome) => o.trace.filter((x: unknown[]) => x[0] === 'on change');
    expect(onChange(before)).toEqual(onChange(after));
    expect(onChange(before)).toHaveLength(4);
  });

  it('leaves the same record, receipt and (cleaned) vendor cookies for calls made before the later parts load as after', async () => {
    const { before, after } = await parity();
    expect([before.record, before.exported, before.cookies]).toEqual([after.record, after.exported, after.cookies]);
    expect(before.cookies).toEqual([]);
  });

  it('makes the same requests for calls made before the later parts load as after', async () => {
    const { before, after } = await parity();
    // The later parts themselves (and the page) were fetched before the calls in one case, after in the other.
    const site = (o: Outcome) => o.siteNetwork.filter((p) => !/consentry[^/]*\.js$|\.html$/.test(p));
    expect([before.vendorNetwork, site(before)]).toEqual([after.vendorNetwork, site(after)]);
    expect(before.vendorNetwork.length).toBeGreaterThan(0);
  });

  it('lists the same debug entries, in the same order, in debugLog() and the consentry:debug stream, for calls made before the later parts load as after', async () => {
    const { before, after } = await parity();
    const log = (o: Outcome) => ({ during: o.trace.filter(isDebugLogCall), log: o.debugLog, stream: o.debugEvents });
    expect(log(before)).toEqual(log(after));
  });

  it('returns values synchronously before the later parts load: isAllowed, getConsent, exportConsent, register, on, whenAllowed', async () => {
    const st = site({ ui: 'hold', later: 'hold' });
    const url = pageIn(st, {
      head: `<script>
        const C = window.Consentry;
        window.__sync = { registered: C.register({ id: 'chat', category: 'preferences', hosts: ['widget.chat.example'] }) };
        let ran = false;
        C.whenAllowed('hotjar', () => (ran = true));
        let changed = null;
        C.on('change', (r) => (changed = r));
        C.acceptAll();
        Object.assign(window.__sync, { allowed: C.isAllowed('hotjar'), ran, changedIsRecord: changed === C.getConsent(), receipt: C.exportConsent() });
      </script>`,
    });
    const s = await open();
    await s.page.goto(url, { waitUntil: 'domcontentloaded' });
    const sync = await s.page.evaluate(() => (window as unknown as Probe).__sync);
    // Nothing was answered yet: the UI has not mounted.
    expect(await s.page.evaluate(() => !!document.querySelector('[data-consentry-ui]'))).toBe(false);
    expect(sync).toMatchObject({ registered: true, allowed: true, ran: true, changedIsRecord: true });
    expect(sync.receipt).toMatchObject({ method: 'api', choices: { preferences: true, analytics: true, marketing: true } });
    st.release();
  });

  it('shows the preferences dialog once the UI chunk arrives when showPreferences() was called before it', async () => {
    const st = site({ ui: 'hold', later: 'hold' });
    const url = pageIn(st, { head: `<script>window.Consentry.showPreferences()</script>` });
    const s = await open();
    await s.page.goto(url, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => st.asked.some((p) => p.endsWith('/consentry-ui.js'))).toBe(true);
    expect(await s.page.evaluate(() => !!document.querySelector('[data-consentry-ui]'))).toBe(false);
    st.release();
    await dialog(s.page, 'Cookie preferences').waitFor();
  });

  it('shows the banner once the UI chunk arrives when a returning visitor\u2019s page called showBanner() before it', async () => {
    const st = site({ ui: 'hold', later: 'hold' });
    const url = pageIn(st, { head: `<script>window.Consentry.showBanner()</script>` });
    const s = await open();
    await s.context.addCookies(await acceptedCookie());
    await s.page.goto(url, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => st.asked.some((p) => p.endsWith('/consentry-ui.js'))).toBe(true);
    expect(await s.page.evaluate(() => [!!window.Consentry!.getConsent(), !!document.querySelector('[data-consentry-ui]')])).toEqual([
      true,
      false,
    ]);
    st.release();
    await answer(s.page, 'Accept all').waitFor();
  });
});

/** The consent cookie an "Accept all" in the real banner writes, for a returning visitor's context. */
async function acceptedCookie() {
  const st = site();
  const s = await open();
  await s.page.goto(pageIn(st));
  await answer(s.page, 'Accept all').click();
  await expect.poll(async () => (await s.context.cookies()).some((c) => c.name === 'consentry')).toBe(true);
  return (await s.context.cookies()).filter((c) => c.name === 'consentry');
}

describe('two-stage start: "Cookie settings" clicked before the UI chunk arrives', () => {
  it('opens the preferences once the chunk arrives when a [data-consentry-open] link is clicked by an inline script at once', async () => {
    const st = site({ ui: 'hold', later: 'hold' });
    const url = pageIn(st, { body: `<script>document.querySelector('[data-consentry-open]').click()</script>` });
    const s = await open();
    await s.page.goto(url, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => st.asked.some((p) => p.endsWith('/consentry-ui.js'))).toBe(true);
    expect(await s.page.evaluate(() => [location.hash, !!document.querySelector('[data-consentry-ui]')])).toEqual(['', false]);
    st.release();
    await dialog(s.page, 'Cookie preferences').waitFor();
  });

  it('opens the preferences once the chunk arrives when a returning visitor clicks "Cookie settings" as soon as it is there', async () => {
    const st = site({ ui: 'hold', later: 'hold' });
    const url = pageIn(st);
    const s = await open();
    await s.context.addCookies(await acceptedCookie());
    await s.page.goto(url, { waitUntil: 'domcontentloaded' });
    await s.page.click('[data-consentry-open]');
    await expect.poll(() => st.asked.some((p) => p.endsWith('/consentry-ui.js'))).toBe(true);
    expect(await s.page.evaluate(() => !!document.querySelector('[data-consentry-ui]'))).toBe(false);
    st.release();
    await dialog(s.page, 'Cookie preferences').waitFor();
  });
});

describe('two-stage start: a returning visitor', () => {
  for (const button of ['Accept all', 'Reject all'] as const) {
    it(`fetches neither consentry-ui.js nor consentry-later.js after an earlier "${button}"`, async () => {
      const st = site();
      const url = pageIn(st, { body: TAGS });
      const s = await open();
      await s.page.goto(url);
      await answer(s.page, button).click();
      await expect.poll(async () => (await s.context.cookies()).some((c) => c.name === 'consentry')).toBe(true);

      const from = s.net.requests.length;
      await s.page.goto(url, { waitUntil: 'load' });
      await settled(s.page, s.net);
      expect(partRequests(s.net, from)).toEqual([]);
      expect(s.net.requests.slice(from).some((u) => u.endsWith(`${st.dir}/consentry.js`))).toBe(true);
      expect(await s.page.evaluate(() => window.Consentry!.isAllowed('analytics'))).toBe(button === 'Accept all');
    });
  }
});

describe('two-stage start: receipts on a first visit', () => {
  it('fetches consentry-later.js on "Accept all" and the receipt POST reaches the endpoint', async () => {
    const st = site();
    const posts: Array<{ method: string; body: string }> = [];
    server.handle(`${st.dir}/receipts`, (req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        posts.push({ method: req.method ?? '', body });
        res.writeHead(204);
        res.end();
      });
    });
    const url = pageIn(st, { config: { receiptEndpoint: `${st.dir}/receipts` } });
    const s = await open();
    await s.page.goto(url);
    await answer(s.page, 'Accept all').click();
    await expect.poll(() => posts.length).toBe(1);
    expect(partRequests(s.net).map((u) => new URL(u).pathname)).toEqual([`${st.dir}/consentry-ui.js`, `${st.dir}/consentry-later.js`]);
    expect(posts[0]!.method).toBe('POST');
    const record = await s.page.evaluate(() => window.Consentry!.getConsent()!);
    expect(JSON.parse(posts[0]!.body)).toMatchObject({
      recordId: record.id,
      method: 'banner',
      page: `${st.dir}/shop.html`,
      choices: { preferences: true, analytics: true, marketing: true },
    });
  });
});

// The npm build, loaded as modules through an import map: destroy() must give back the very
// functions and descriptors the page had before createConsentry().
const IMPORT_MAP = JSON.stringify({
  imports: {
    'js-cookie': '/node_modules/js-cookie/dist/js.cookie.mjs',
    preact: '/node_modules/preact/dist/preact.module.js',
    'preact/hooks': '/node_modules/preact/hooks/dist/hooks.module.js',
    'preact/jsx-runtime': '/node_modules/preact/jsx-runtime/dist/jsxRuntime.module.js',
  },
});

/** Snapshots every own property descriptor of window, document, and every global constructor's prototype. */
const SNAPSHOT = `<script>
window.__snapshot = () => {
  const snap = new Map();
  const take = (label, obj) => {
    for (const key of Reflect.ownKeys(obj)) {
      const d = Object.getOwnPropertyDescriptor(obj, key);
      if (d) snap.set(label + '.' + String(key), d);
    }
  };
  take('window', window);
  take('document', document);
  for (const name of Object.getOwnPropertyNames(window)) {
    const d = Object.getOwnPropertyDescriptor(window, name);
    const f = d && d.value;
    if (typeof f === 'function' && f.prototype && typeof f.prototype === 'object') take(name + '.prototype', f.prototype);
  }
  return snap;
};
/** Keys whose descriptor is no longer the very same (functions, getters, setters compared by identity). */
window.__changed = (a, b) => {
  const out = [];
  for (const [key, d] of a) {
    const e = b.get(key);
    const fnOrAccessor = typeof d.value === 'function' || d.get || d.set;
    if (key.startsWith('window.') && !fnOrAccessor) continue;
    if (!e) { out.push(key + ' (removed)'); continue; }
    if (d.get !== e.get || d.set !== e.set || d.writable !== e.writable || d.enumerable !== e.enumerable || d.configurable !== e.configurable || (fnOrAccessor && d.value !== e.value)) out.push(key);
  }
  for (const key of b.keys()) if (!a.has(key) && !key.startsWith('window.')) out.push(key + ' (added)');
  return out;
};
</script>`;

function esmPage(): string {
  const path = `/esm${++sites}.html`;
  server.page(
    path,
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Shop</title>
<script type="importmap">${IMPORT_MAP}</script>${SNAPSHOT}
<script type="module">
import { createConsentry } from '/dist/consentry.mjs';
import { hotjar, mixpanel } from '/dist/vendors.mjs';
window.__esm = { createConsentry, config: { vendors: [hotjar, mixpanel], policyUrl: '/privacy', revision: 1, reloadOnWithdraw: false } };
</script></head><body><main><h1>Cameras</h1><a href="#" data-consentry-open>Cookie settings</a></main></body></html>`,
  );
  return server.url(path);
}

async function openEsm(): Promise<Session> {
  const s = await open();
  await s.page.goto(esmPage());
  await s.page.waitForFunction(() => !!(window as unknown as Probe).__esm);
  return s;
}

describe('two-stage start: destroy() in the npm build', () => {
  it('restores every browser API the gate patched to the very same functions and descriptors', async () => {
    const s = await openEsm();
    const result = await s.page.evaluate(() => {
      const w = window as unknown as Probe;
      const before = w.__snapshot();
      const originals = {
        fetch: window.fetch,
        setAttribute: Element.prototype.setAttribute,
        open: XMLHttpRequest.prototype.open,
        src: Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!.set,
        write: Document.prototype.write,
      };
      const c = w.__esm.createConsentry(w.__esm.config);
      const patched = w.__changed(before, w.__snapshot());
      const same = () => [
        window.fetch === originals.fetch,
        Element.prototype.setAttribute === originals.setAttribute,
        XMLHttpRequest.prototype.open === originals.open,
        Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!.set === originals.src,
        Document.prototype.write === originals.write && document.write === originals.write,
      ];
      const whileRunning = same();
      c.destroy();
      return { patched, whileRunning, afterDestroy: same(), left: w.__changed(before, w.__snapshot()) };
    });
    expect(result.whileRunning).toEqual([false, false, false, false, false]);
    expect(result.patched.length).toBeGreaterThan(5);
    expect(result.afterDestroy).toEqual([true, true, true, true, true]);
    expect(result.left).toEqual([]);
  });

  it('lets a vendor fetch go out after destroy(), which was held before it', async () => {
    const s = await openEsm();
    await s.page.evaluate(async () => {
      const w = window as unknown as Probe;
      const c = w.__esm.createConsentry(w.__esm.config);
      await fetch('https://static.hotjar.com/before-destroy').catch(() => {});
      c.destroy();
      await fetch('https://static.hotjar.com/after-destroy').catch(() => {});
    });
    expect(s.net.to('static.hotjar.com').map((u) => new URL(u).pathname)).toEqual(['/after-destroy']);
  });

  it('returns the running instance from a second createConsentry(), and keeps the gate until the last destroy()', async () => {
    const s = await openEsm();
    const result = await s.page.evaluate(() => {
      const w = window as unknown as Probe;
      const before = w.__snapshot();
      const a = w.__esm.createConsentry(w.__esm.config);
      const b = w.__esm.createConsentry({ vendors: [] });
      a.acceptAll();
      const shared = [b.isAllowed('hotjar'), b.getConsent() === a.getConsent()];
      a.destroy();
      a.destroy();
      const afterFirst = w.__changed(before, w.__snapshot()).length;
      const stillWorks = b.isAllowed('hotjar');
      b.destroy();
      return { shared, afterFirst, stillWorks, afterSecond: w.__changed(before, w.__snapshot()) };
    });
    expect(result.shared).toEqual([true, true]);
    expect(result.afterFirst).toBeGreaterThan(0);
    expect(result.stillWorks).toBe(true);
    expect(result.afterSecond).toEqual([]);
  });

  it('gives window.Consentry (the script tag) no destroy()', async () => {
    const st = site();
    const s = await open();
    await s.page.goto(pageIn(st));
    expect(
      await s.page.evaluate(() => [
        typeof window.Consentry,
        'destroy' in window.Consentry!,
        typeof (window.Consentry as { destroy?: unknown }).destroy,
      ]),
    ).toEqual(['object', false, 'undefined']);
  });

  it('cannot be unpatched by a page script through the entry it shares on the window with bundles', async () => {
    const st = site();
    const s = await open();
    await s.page.goto(pageIn(st));
    // What a hostile script would try: every function on the shared entry, then removing it.
    const called = await s.page.evaluate(async () => {
      const key = Symbol.for('consentry.running');
      const w = window as unknown as Record<symbol, Record<string, unknown> | undefined>;
      const entry = w[key]!;
      const found = Object.keys(entry).filter((k) => typeof entry[k] === 'function');
      for (const k of found) (entry[k] as () => void)();
      try {
        delete w[key];
      } catch {
        // Non-configurable: the delete throws in strict code, as here.
      }
      await fetch('https://static.hotjar.com/after-the-attempt').catch(() => {});
      return [found, !!w[key]];
    });
    await settled(s.page, s.net);
    expect(called).toEqual([[], true]);
    expect(s.net.to('static.hotjar.com')).toEqual([]);
  });
});
