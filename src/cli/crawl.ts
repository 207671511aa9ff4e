// The crawl: each page in fresh browser contexts, up to three passes, everything recorded.
// playwright-core is the site owner's optional install; it is loaded here and nowhere else.
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { choose, hasConsentry, readServed, readStores } from './in-page';
import { site, type PageRecord, type PassName, type PassRecord, type SeenCookie, type StaticTag } from './findings';

/** A problem the user fixes before an audit can run (exit code 2). */
export class UsageError extends Error {}

const CHROMES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export async function launch(): Promise<Browser> {
  let pw: typeof import('playwright-core');
  try {
    pw = await import('playwright-core');
  } catch {
    throw new UsageError('consentry audit needs playwright-core: run `npm i -D playwright-core` in this project, then try again.');
  }
  const path = process.env.CHROME_PATH || CHROMES.find((p) => existsSync(p));
  if (!path)
    throw new UsageError(
      'consentry audit found no Chromium or Chrome: install one (apt-get install chromium, or Google Chrome) or set CHROME_PATH to its executable.',
    );
  try {
    return await pw.chromium.launch({
      executablePath: path,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  } catch (e) {
    throw new UsageError(
      `Chromium at ${path} would not start (${(e as Error).message.split('\n')[0]}); set CHROME_PATH to a working Chrome or Chromium.`,
    );
  }
}

/**
 * After the load event, until no new request has started for half a second (at most 3 s): what
 * a page sends is recorded when it starts, so a vendor host that never answers cannot stall it.
 */
async function quiet(page: Page): Promise<void> {
  let last = Date.now();
  const on = () => void (last = Date.now());
  page.on('request', on);
  const end = Date.now() + 3000;
  while (Date.now() < end && Date.now() - last < 500) await new Promise((r) => setTimeout(r, 100));
  page.off('request', on);
}

interface Target {
  readonly receiptEndpoint: string | null;
}

/** A cookie as Chromium describes it, stored or only offered in a Set-Cookie header. */
interface BrowserCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  readonly expires: number;
}

async function record(
  context: BrowserContext,
  page: Page,
  pass: PassName,
  requests: string[],
  offered: BrowserCookie[],
): Promise<PassRecord> {
  const home = site(new URL(page.url()).hostname);
  const now = Date.now() / 1000;
  const stored = await context.cookies();
  const fresh = offered.filter(
    (o) => !stored.some((c) => c.name === o.name && c.domain.replace(/^\./, '') === o.domain.replace(/^\./, '') && c.path === o.path),
  );
  const cookies: SeenCookie[] = [...stored, ...fresh].map((c) => ({
    name: c.name,
    domain: c.domain,
    path: c.path,
    lifetime: c.expires > 0 ? Math.round(c.expires - now) : null,
    party: site(c.domain.replace(/^\./, '')) === home ? 'first' : 'third',
  }));
  const store = await page.evaluate(readStores);
  // An embed's storage is on its own origin, which the page cannot read: each iframe is read
  // inside itself. A frame that refuses holds none: sandboxed, opaque, gone meanwhile, or (in this
  // fresh context, which blocks third-party storage as it blocks third-party cookies; Chromium
  // 156 throws SecurityError there) any third-party frame. So this sees only what a frame could
  // store; docs/audit.md lists it under Limits.
  const frames = await Promise.all(
    page
      .frames()
      .filter((f) => f !== page.mainFrame() && /^https?:/.test(f.url()))
      .map(async (f) => ({ url: f.url(), ...(await f.evaluate(readStores).catch(() => ({ local: [], session: [], indexedDB: [] }))) })),
  );
  return { pass, requests: [...requests], cookies, ...store, frames };
}

const PAGE_TIMEOUT_MS = 90_000;

/** Whether a request body is a consent receipt as Consentry sends one (src/shared/receipt.ts). */
function isReceipt(body: string | null): boolean {
  try {
    const r = JSON.parse(body ?? '');
    return !!r && typeof r === 'object' && 'recordId' in r && 'choices' in r && 'method' in r;
  } catch {
    return false;
  }
}

/** Opens `url` in a fresh context; for a choice pass, makes the choice and records the reload. */
async function pass(browser: Browser, url: string, which: PassName, target: Target) {
  const context = await browser.newContext();
  // Playwright's 30 s was too little for a load on a 2-core CI machine with a load average of 60;
  // a page slower than this fails the audit (exit 2), naming the page.
  context.setDefaultTimeout(PAGE_TIMEOUT_MS);
  try {
    // The audit answers the receipt endpoint itself: its choices must never enter the site's records.
    // The configuration it judges by may not name the site's endpoint (--config, or the npm
    // build's createConsentry(config), which leaves nothing in the HTML), so after a choice every
    // POST that carries a receipt is answered here too, wherever it goes.
    const endpoint = target.receiptEndpoint ? new URL(target.receiptEndpoint, url).href.split(/[?#]/)[0] : null;
    const isEndpoint = (u: string) => u.split(/[?#]/)[0] === endpoint;
    const receipt = (r: Request) => isEndpoint(r.url()) || (r.method() === 'POST' && isReceipt(r.postData()));
    if (endpoint || which !== 'before-choice')
      await context.route(
        (u) => isEndpoint(u.href) || which !== 'before-choice',
        (r) => (receipt(r.request()) ? r.fulfill({ status: 204 }) : r.fallback()),
      );
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => void (receipt(r) || requests.push(r.url())));
    page.on('websocket', (ws) => void requests.push(ws.url()));
    // A fresh context is off the record, where Chromium refuses third-party cookies; a visitor's
    // browser may well take them. So what a third party offers in Set-Cookie is recorded too.
    const offered: BrowserCookie[] = [];
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // Only what the third-party setting refused: a cookie refused for a bad domain or SameSite is
    // refused by every browser.
    const thirdPartyRule = (reasons: readonly string[]) =>
      reasons.some((r) => r === 'UserPreferences' || r === 'ThirdPartyPhaseout' || r === 'ThirdPartyBlockedInFirstPartySet');
    cdp.on(
      'Network.responseReceivedExtraInfo',
      (e) => void offered.push(...e.blockedCookies.flatMap((b) => (b.cookie && thirdPartyRule(b.blockedReasons) ? [b.cookie] : []))),
    );
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response) throw new UsageError(`${url} did not answer`);
    await quiet(page);
    const html = which === 'before-choice' ? await response.text() : '';
    const consentry = await page.evaluate(hasConsentry);
    if (which !== 'before-choice') {
      await page.evaluate<void, 'acceptAll' | 'rejectAll'>(choose, which === 'after-accept' ? 'acceptAll' : 'rejectAll');
      await quiet(page);
      requests.length = 0;
      offered.length = 0;
      await page.reload({ waitUntil: 'load' });
      await quiet(page);
    }
    const recorded = await record(context, page, which, requests, offered);
    if (which === 'before-choice') url = page.url();
    const found = which === 'before-choice' ? await inspect(page, html) : { tags: [], links: [], config: undefined };
    return { recorded, consentry, url, ...found };
  } finally {
    await context.close();
  }
}

/** The served HTML as the browser's own parser reads it (not the live DOM, which scripts change). */
async function inspect(page: Page, html: string): Promise<{ tags: StaticTag[]; links: string[]; config: unknown }> {
  return page.evaluate(readServed, html);
}

export interface CrawlResult {
  readonly pages: PageRecord[];
  /** The start page's own configuration, as written. */
  readonly siteConfig: unknown;
}

/**
 * Pages audited at once. Most of a pass is waiting (the load, the quiet half second, names that
 * do not resolve), so two pages, each with its two choice passes side by side, keep two cores
 * busy: one page at a time took over a minute for the four demo pages on this project's 2-core
 * machine.
 */
const PAGES_AT_ONCE = 2;

/** Same-origin pages from `start`, breadth first, up to `limit`, each with its passes. */
export async function crawl(
  browser: Browser,
  start: string,
  limit: number,
  given: unknown,
  progress: (line: string) => void,
): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const queue = [start];
  const seen = new Set(queue);
  // Discovery order, so the report lists pages the same way whichever finished first.
  const found: { order: number; page: PageRecord }[] = [];
  const audited = new Set<string>();
  let siteConfig: unknown = given;
  let claimed = 0;
  let failure: unknown;
  const cfg = (c: unknown) => (c && typeof c === 'object' ? ((c as { receiptEndpoint?: string }).receiptEndpoint ?? null) : null);

  const visit = async (url: string, order: number) => {
    progress(`[${order + 1}/${Math.min(limit, claimed + queue.length)}] before-choice ${url}`);
    const first = await pass(browser, url, 'before-choice', { receiptEndpoint: cfg(given) });
    // Redirects (clean URLs) name the page by where it ended up, so it is audited once.
    if (audited.has(first.url)) return void claimed--;
    audited.add(first.url);
    seen.add(first.url);
    if (order === 0 && siteConfig === undefined) siteConfig = first.config ?? null;
    for (const link of first.links)
      if (
        link.startsWith(`${origin}/`) &&
        /^https?:/.test(link) &&
        !seen.has(link) &&
        !/\.(pdf|zip|png|jpe?g|gif|svg|css|js|json)$/i.test(link)
      ) {
        seen.add(link);
        queue.push(link);
      }
    const target = { receiptEndpoint: cfg(given ?? first.config) };
    const passes: PassRecord[] = [first.recorded];
    if (first.consentry) {
      progress(`[${order + 1}] after-reject, after-accept ${first.url}`);
      const choices = await Promise.all(
        (['after-reject', 'after-accept'] as const).map((which) => pass(browser, first.url, which, target)),
      );
      passes.push(...choices.map((c) => c.recorded));
    }
    found.push({ order, page: { url: first.url, consentry: first.consentry, tags: first.tags, passes } });
  };

  const running = new Set<Promise<void>>();
  let order = 0;
  for (;;) {
    while (failure === undefined && queue.length && claimed < limit && running.size < PAGES_AT_ONCE) {
      claimed++;
      const task: Promise<void> = visit(queue.shift()!, order++)
        .catch((e: unknown) => void (failure ??= e))
        .finally(() => running.delete(task));
      running.add(task);
    }
    if (!running.size) break;
    await Promise.race(running);
  }
  if (failure !== undefined) throw failure;
  return { pages: found.sort((a, b) => a.order - b.order).map((f) => f.page), siteConfig };
}
