// Shared plumbing for browser tests: one Chromium, a local server for the built files and test
// pages, and a network log that every request passes through (the evidence tests assert on).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { chromiumPath } from './chromium';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every `*.shop.test` name resolves to this machine, so pages can live on `www.shop.test`. */
export const SITE = 'shop.test';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP *.${SITE} 127.0.0.1, MAP ${SITE} 127.0.0.1`,
    ],
  });
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface PageOptions {
  headers?: Record<string, string>;
}

export interface TestServer {
  readonly port: number;
  /** URL on the test site: `url('/p.html')` is `http://www.shop.test:PORT/p.html`. */
  url(path: string, host?: string): string;
  /** Serve `html` at `path` (overrides files). */
  page(path: string, html: string, options?: PageOptions): void;
  handle(path: string, handler: Handler): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Serves the repository root read-only, plus pages and handlers registered by a test. */
export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const handlers = new Map<string, Handler>();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const handler = handlers.get(path);
    if (handler) return handler(req, res);
    const page = pages.get(path);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
      return res.end(page.html);
    }
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (path, host = `www.${SITE}`) => `http://${host}:${port}${path}`,
    page: (path, html, options) => void pages.set(path, { html, headers: options?.headers ?? {} }),
    handle: (path, handler) => void handlers.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface NetworkLog {
  /** Every request URL the page made, in order, including ones the gate let through. */
  readonly requests: string[];
  /** Requests whose host is `host` or a subdomain of it. */
  to(host: string): string[];
  /** Answer requests to a host (or its subdomains) with this script body instead of the default stub. */
  stub(host: string, body: string, contentType?: string): void;
}

/** Whether `url` is on `host` or one of its subdomains: what a NetworkLog's `to()` filters by. */
export function hostMatches(url: string, host: string): boolean {
  let h: string;
  try {
    h = new URL(url).hostname;
  } catch {
    return false;
  }
  return h === host || h.endsWith(`.${host}`);
}

/**
 * Routes every request of the context: the test site goes to the local server, anything else
 * (the vendors' hosts) is recorded and answered with a stub, since this machine has no internet.
 */
export async function recordNetwork(context: BrowserContext): Promise<NetworkLog> {
  const requests: string[] = [];
  const stubs: Array<{ host: string; body: string; type: string }> = [];
  await context.route('**/*', async (route: Route) => {
    const url = route.request().url();
    requests.push(url);
    const host = new URL(url).hostname;
    if (host === SITE || host.endsWith(`.${SITE}`) || host === '127.0.0.1' || host === 'localhost') {
      return route.continue();
    }
    const stub = stubs.find((s) => hostMatches(url, s.host));
    return route.fulfill({
      status: 200,
      contentType: stub?.type ?? 'text/javascript',
      headers: { 'access-control-allow-origin': '*' },
      body: stub?.body ?? '/* vendor stand-in */',
    });
  });
  await context.routeWebSocket(/.*/, (ws) => {
    requests.push(ws.url());
    ws.close();
  });
  return {
    requests,
    to: (host) => requests.filter((u) => hostMatches(u, host)),
    stub: (host, body, type = 'text/javascript') => void stubs.push({ host, body, type }),
  };
}

/** A page that loads the built script first in <head>, as the README tells sites to. */
export function shopPage(options: { config?: unknown; head?: string; body?: string } = {}): string {
  // `<` is escaped as the README tells sites to, so a `</script>` inside a string stays inside.
  const config =
    options.config === undefined
      ? ''
      : `<script type="application/json" id="consentry-config">${JSON.stringify(options.config).replace(/</g, '\\u003c')}</script>`;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Shop</title>
${config}<script src="/dist/consentry.js"></script>${options.head ?? ''}</head>
<body><main><h1>Cameras</h1><a href="#" data-consentry-open>Cookie settings</a></main>${options.body ?? ''}</body></html>`;
}

/** A fresh context whose every request is recorded, with `url` loaded (its load event fired). */
export async function openRecorded(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page; log: NetworkLog }> {
  const context = await browser.newContext();
  const log = await recordNetwork(context);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, log };
}

/**
 * Closes every context still open in `browser`. Called from `afterEach`, so a test that fails
 * half-way does not leave its pages running into the next test.
 */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((c) => c.close()));
}

/**
 * Proof that the page got further than everything it had queued: two tasks and an animation
 * frame, then a request to the site itself that the network log saw. "Nothing happened" is
 * asserted after this, never after a fixed sleep.
 */
export async function settled(page: Page, log: NetworkLog): Promise<void> {
  const mark = `/settled/${Math.random().toString(36).slice(2)}`;
  await page.evaluate(async (m) => {
    await new Promise((r) => setTimeout(r));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    await fetch(m).catch(() => {});
  }, mark);
  if (!log.requests.some((u) => u.endsWith(mark))) throw new Error(`the page never requested its marker ${mark}`);
}
