// DuckDuckGo's autoconsent, the engine its browsers use to answer banners for the shopper, run
// for real in Chromium as its own Playwright runner embeds it: the content-script build injected
// into the page, and this file playing the browser's side of its messages (`init` answered with
// `initResp`, then `optOutResult`, `optInResult`, `autoconsentDone`, `selfTestResult`). With its
// bundled rules plus Consentry's rule (docs/autoconsent/consentry.json), and with no rules and
// heuristics set to `reject`, an answer is what the consent cookie, the network and the screen show.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { filterCompactRules, type ContentScriptMessage, type RuleBundle } from '@duckduckgo/autoconsent';
import { closeContexts, launchBrowser, recordNetwork, settled, startServer, type NetworkLog, type TestServer } from './harness';
import { banner, uiShopPage } from './ui-support';
import { decodeRecord } from '../../src/shared/consent-record';

const require = createRequire(import.meta.url);
// The content-script build its Playwright runner injects; the package exports only its ESM and CJS builds.
const engine = readFileSync(join(dirname(require.resolve('@duckduckgo/autoconsent')), 'autoconsent.playwright.js'), 'utf8');
const bundled = require('@duckduckgo/autoconsent/rules/rules.json') as Required<Pick<RuleBundle, 'autoconsent'>>;
const compact = require('@duckduckgo/autoconsent/rules/compact-rules.json') as Parameters<typeof filterCompactRules>[0];
const rule = JSON.parse(
  readFileSync(new URL('../../docs/autoconsent/consentry.json', import.meta.url), 'utf8'),
) as RuleBundle['autoconsent'][number];

/** The vendors the shop marks up: none may be fetched before an opt-in. */
const VENDOR_HOSTS = ['hotjar.com', 'mixpanel.com', 'freshrelevance.com'];
const TAGS =
  '<script type="text/plain" data-consentry="hotjar" src="https://static.hotjar.com/c/hotjar-1.js"></script>' +
  '<img data-consentry="mixpanel" data-src="https://api-js.mixpanel.com/track/?ip=0" width="1" height="1" alt="">';

type AutoAction = 'optOut' | 'optIn';
type Setup = { rules: 'bundled+consentry' | 'none'; autoAction: AutoAction; path?: string };

/** The languages docs/autoconsent.md says the heuristics cover (test/unit/docs-autoconsent.test.ts checks the list). */
const HEURISTIC_LANGUAGES = /^Heuristics cover: (.+)\.$/m
  .exec(readFileSync(new URL('../../docs/autoconsent.md', import.meta.url), 'utf8'))![1]!
  .split(', ')
  .map((code) => code.replaceAll('`', ''));

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/shop.html', uiShopPage({ body: TAGS }));
  for (const lang of HEURISTIC_LANGUAGES) server.page(`/shop-${lang}.html`, uiShopPage({ body: TAGS, lang }));
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the page's autoconsent said, and a way to wait for a message as it arrives. */
interface Run {
  page: Page;
  context: BrowserContext;
  net: NetworkLog;
  said: ContentScriptMessage[];
  next<T extends ContentScriptMessage['type']>(type: T): Promise<Extract<ContentScriptMessage, { type: T }>>;
}

function rulesFor(setup: Setup, frame: Frame): RuleBundle {
  if (setup.rules === 'none') return { autoconsent: [] };
  // As DuckDuckGo's own runner: compact rules for an opt-out, the full ones (with their opt-in steps) for an opt-in.
  if (setup.autoAction === 'optIn') return { autoconsent: [...bundled.autoconsent, rule] };
  return { autoconsent: [rule], compact: filterCompactRules(compact, { url: frame.url(), mainFrame: frame.parentFrame() === null }) };
}

async function run(setup: Setup): Promise<Run> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const net = await recordNetwork(context);
  const said: ContentScriptMessage[] = [];
  const waiters: Array<(m: ContentScriptMessage) => boolean> = [];
  // Where autoconsent stops without an answer, a wait for one fails at once and says so.
  let gaveUp: string | null = null;
  const failures: Array<(why: string) => void> = [];
  let selfTestFrame: Frame | null = null;
  const answer = (frame: Frame, message: object) => frame.evaluate(`autoconsentReceiveMessage(${JSON.stringify(message)})`);

  await context.exposeBinding('autoconsentSendMessage', async ({ frame }: { frame: Frame }, m: ContentScriptMessage) => {
    said.push(m);
    for (const w of [...waiters]) if (w(m)) waiters.splice(waiters.indexOf(w), 1);
    if (m.type === 'report' && ['nothingDetected', 'optOutFailed', 'optInFailed'].includes(m.state.lifecycle)) {
      gaveUp = `autoconsent stopped with "${m.state.lifecycle}" (found: ${m.state.detectedCmps.join(', ') || 'nothing'})`;
      failures.splice(0).forEach((fail) => fail(gaveUp!));
    }
    if (m.type === 'init') {
      const config = {
        enabled: true,
        autoAction: setup.autoAction,
        disabledCmps: [],
        enablePrehide: false,
        enableCosmeticRules: true,
        detectRetries: 20,
        heuristicMode: setup.rules === 'none' ? 'reject' : 'off',
      };
      await answer(frame, { type: 'initResp', config, rules: rulesFor(setup, frame) });
    } else if (m.type === 'eval') {
      const result: unknown = await frame.evaluate(m.code);
      await answer(frame, { id: m.id, type: 'evalResp', result });
    } else if (m.type === 'optOutResult' && m.scheduleSelfTest) {
      selfTestFrame = frame;
    } else if (m.type === 'autoconsentDone' && selfTestFrame) {
      await answer(selfTestFrame, { type: 'selfTest' });
    }
  });
  await context.addInitScript({ content: engine });
  const page = await context.newPage();
  await page.goto(server.url(setup.path ?? '/shop.html'));
  const next = <T extends ContentScriptMessage['type']>(type: T) =>
    new Promise<Extract<ContentScriptMessage, { type: T }>>((resolve, reject) => {
      const seen = said.find((m) => m.type === type);
      if (seen) return resolve(seen as Extract<ContentScriptMessage, { type: T }>);
      const fail = (why: string) => reject(new Error(`no ${type}: ${why}`));
      if (gaveUp) return fail(gaveUp);
      failures.push(fail);
      waiters.push((m) => {
        if (m.type !== type) return false;
        resolve(m as Extract<ContentScriptMessage, { type: T }>);
        return true;
      });
    });
  return { page, context, net, said, next };
}

/** The categories the `consentry` cookie grants, read with Consentry's own decoder. */
async function storedChoice(context: BrowserContext): Promise<Record<string, boolean> | null> {
  const cookie = (await context.cookies()).find((c) => c.name === 'consentry');
  if (!cookie) return null;
  const record = decodeRecord(decodeURIComponent(cookie.value), { now: Date.now(), consentDays: 730, revision: 0 });
  return record && Object.fromEntries(Object.entries(record.categories).map(([id, c]) => [id, c.granted]));
}

const detected = (r: Run) => r.said.filter((m) => m.type === 'cmpDetected').map((m) => (m as { cmp: string }).cmp);

describe("autoconsent's bundled rules plus Consentry's rule", () => {
  it("opts out: a stored refusal, no vendor request, no banner, and the rule's test passes", async () => {
    const r = await run({ rules: 'bundled+consentry', autoAction: 'optOut' });
    expect((await r.next('optOutResult')).result).toBe(true);
    expect((await r.next('autoconsentDone')).cmp).toBe('consentry');
    expect((await r.next('selfTestResult')).result).toBe(true);
    expect(detected(r)).toEqual(['consentry']);
    expect(await storedChoice(r.context)).toEqual({ analytics: false, marketing: false, preferences: false });
    await banner(r.page).waitFor({ state: 'hidden' });
    await settled(r.page, r.net);
    expect(VENDOR_HOSTS.flatMap((h) => r.net.to(h))).toEqual([]);
  });

  it('opts in: a stored consent, the vendors released, no banner', async () => {
    const r = await run({ rules: 'bundled+consentry', autoAction: 'optIn' });
    const hotjar = r.page.waitForRequest((req) => req.url().startsWith('https://static.hotjar.com/'));
    hotjar.catch(() => {}); // awaited below, once the opt-in is known to have happened
    expect((await r.next('optInResult')).result).toBe(true);
    expect((await r.next('autoconsentDone')).cmp).toBe('consentry');
    expect(detected(r)).toEqual(['consentry']);
    expect(await storedChoice(r.context)).toEqual({ analytics: true, marketing: true, preferences: true });
    await hotjar;
    await banner(r.page).waitFor({ state: 'hidden' });
    await settled(r.page, r.net);
    expect(r.net.to('mixpanel.com')).toHaveLength(1);
  });
});

describe("autoconsent's heuristics alone (no rules, heuristic mode 'reject')", () => {
  it.each(HEURISTIC_LANGUAGES)('detects the banner in %s and rejects it: a stored refusal, no vendor request, no banner', async (lang) => {
    const r = await run({ rules: 'none', autoAction: 'optOut', path: `/shop-${lang}.html` });
    expect((await r.next('optOutResult')).result).toBe(true);
    expect((await r.next('autoconsentDone')).cmp).toBe('HEURISTIC-REJECT');
    expect((await r.next('selfTestResult')).result).toBe(true);
    expect(await storedChoice(r.context)).toEqual({ analytics: false, marketing: false, preferences: false });
    await r.page.locator('[data-consentry-layer="banner"]').waitFor({ state: 'hidden' });
    await settled(r.page, r.net);
    expect(VENDOR_HOSTS.flatMap((h) => r.net.to(h))).toEqual([]);
  });
});
