// What the tests of real vendor SDKs share: bundling a fixture with the SDK from node_modules (as
// a shop's build would), opening it with every request and console error recorded, and reading
// a vendor's traces from every store the page has.
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hostMatches, launchBrowser, openRecorded, shopPage, startServer, type TestServer } from './harness';
import { message } from '../../src/shared/messages';

/** Bundles a fixture with the real SDK from node_modules, at test time: no build output is committed. */
export const bundle = async (entry: string): Promise<string> =>
  (await build({ entryPoints: [`test/browser/fixtures/sdk/${entry}`], bundle: true, format: 'iife', write: false, logLevel: 'silent' }))
    .outputFiles[0]!.text;

/**
 * Serves each fixture bundled at `/sdk/<entry>` and a shop page loading it after Consentry at
 * `/<entry>.html`; `attributes` (` defer`) for an SDK that needs the document's body.
 */
export async function serveBundles(server: TestServer, config: unknown, entries: readonly string[], attributes = ''): Promise<void> {
  for (const entry of entries) {
    const js = await bundle(entry);
    server.handle(`/sdk/${entry}`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(js);
    });
    server.page(`/${entry}.html`, shopPage({ config, head: `<script src="/sdk/${entry}"${attributes}></script>` }));
  }
}

/** Names in the page's stores that `mine` claims: cookies, both Web Storages, IndexedDB databases. */
export const storesOf = (page: Page, mine: string) =>
  page.evaluate(async (source) => {
    const re = new RegExp(source, 'i');
    return {
      cookies: document.cookie
        .split('; ')
        .map((c) => c.split('=')[0]!)
        .filter((n) => re.test(n)),
      local: Object.keys(localStorage).filter((k) => re.test(k)),
      session: Object.keys(sessionStorage).filter((k) => re.test(k)),
      databases: (await indexedDB.databases()).map((d) => d.name!).filter((n) => re.test(n)),
    };
  }, mine);
export const NOTHING = { cookies: [], local: [], session: [], databases: [] };

/**
 * The console errors but the storage gate's documented note on a name only a prefix of `vendor`
 * matched (`Consentry: cookie "mp_tok123_mixpanel" not written: ...`): each line is kept unless it
 * is exactly the note Consentry words for the name it quotes, so an SDK's exception stays.
 */
export const withoutPrefixNotes = (errors: readonly string[], vendor: string): string[] =>
  errors.filter((line) => {
    const [, store, name] = /^Consentry: (cookie|local|session|indexedDB) "([^"]*)" /.exec(line) ?? [];
    return !(store && line === message([`${store} "${name}"`, 'prefix', vendor]));
  });

export interface Opened {
  context: BrowserContext;
  page: Page;
  log: Awaited<ReturnType<typeof openRecorded>>['log'];
  /** Console errors and uncaught exceptions of the page (the settled() marker's 404 aside). */
  errors: string[];
  /** The bodies of POST requests, by URL, in order: where an SDK puts its events. */
  posts: Array<{ url: string; body: string }>;
}

/** A vendor host's answer: a real SDK file, a stand-in, or what its API replies. */
export interface Answer {
  host: string;
  body: string;
  type?: string;
}

/**
 * Opens `url` recorded, with `answers` for vendor hosts. They are answered as the vendor's own
 * servers do for credentialed requests (the page's origin, not `*`), since SDKs such as
 * Mixpanel's send with credentials and the browser refuses a `*` answer with a console error.
 */
export async function openSdkPage(browser: Browser, url: string, answers: readonly Answer[] = []): Promise<Opened> {
  const errors: string[] = [];
  const posts: Opened['posts'] = [];
  const opened = await openRecorded(browser, 'about:blank');
  // Registered after the harness's route, so it is asked first; it records into the same log.
  await opened.context.route(
    (u) => answers.some((a) => hostMatches(u.href, a.host)),
    (route) => {
      const request = route.request();
      (opened.log.requests as string[]).push(request.url());
      const answer = answers.find((a) => hostMatches(request.url(), a.host))!;
      const origin = request.headers().origin;
      return route.fulfill({
        status: 200,
        contentType: answer.type ?? 'text/javascript',
        headers: origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {},
        body: answer.body,
      });
    },
  );
  opened.page.on('console', (m) => m.type() === 'error' && !m.location().url.includes('/settled/') && errors.push(m.text()));
  opened.page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  opened.page.on('request', (r) => r.method() === 'POST' && posts.push({ url: r.url(), body: r.postData() ?? '' }));
  await opened.page.goto(url, { waitUntil: 'load' });
  return { ...opened, errors, posts };
}

/**
 * One Chromium and one test site for a file of SDK tests: `serve` registers the file's pages once,
 * `open(path)` opens one recorded with `answers`, and each test's page is closed after it, pass or fail.
 */
export function sdkSuite(
  serve: (server: TestServer) => Promise<void>,
  answers: readonly Answer[],
): { open(path: string): Promise<Opened> } {
  let browser: Browser;
  let server: TestServer;
  let opened: Opened | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer()]);
    await serve(server);
  });
  afterEach(async () => {
    await opened?.context.close();
    opened = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { open: async (path) => (opened = await openSdkPage(browser, server.url(path), answers)) };
}
