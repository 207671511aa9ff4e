// Every HTML and page-script snippet in the README (and docs/vendors.md) that a site would paste
// runs here in Chromium, on the local test site, with every vendor request recorded: it must
// start without errors, hold its tags until consent and release them after, and the hooks it
// shows (the "Cookie settings" link, the cookie declaration) must work.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { catalog } from '../../vendors';
import { ROOT, closeContexts, launchBrowser, recordNetwork, settled, startServer, type NetworkLog, type TestServer } from './harness';
import { preferences } from './ui-support';

interface Snippet {
  file: string;
  lang: string;
  code: string;
}
const DOCS = ['README.md', 'docs/vendors.md'];
const snippets: Snippet[] = DOCS.flatMap((file) =>
  [...readFileSync(`${ROOT}/${file}`, 'utf8').matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)].map((m) => ({ file, lang: m[1]!, code: m[2]! })),
);
const label = (s: Snippet) =>
  `${s.file}: ${s.code
    .trim()
    .split('\n')
    .find((l) => !l.startsWith('<!--'))!
    .trim()
    .slice(0, 60)}`;

/** The quick start's first step: the install every other snippet is pasted into. */
const install = snippets.find((s) => s.lang === 'html' && s.code.includes('id="consentry-config"'));
const html = snippets.filter((s) => s.lang === 'html');
/** Scripts a site puts in its pages (bundler snippets with `import` run in test/unit/docs.test.ts). */
const pageScripts = snippets.filter((s) => s.lang === 'js' && !/^import /m.test(s.code));

const configured: string[] = install
  ? JSON.parse(install.code.match(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/)![1]!).vendors
  : [];
const claimedByConfigured = (raw: string) => {
  const url = new URL(raw);
  return configured.some((id) => {
    const v = catalog[id]!;
    return (
      v.hosts.some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`)) ||
      (v.urls ?? []).some(
        (p) => p.host === url.hostname && (!p.query || (url.searchParams.get(p.query.name) ?? '').startsWith(p.query.valuePrefix)),
      )
    );
  });
};

/** URLs that marked-up elements in `code` hold until their vendor is allowed. */
const heldUrls = (code: string) =>
  [...code.matchAll(/<[a-z]+\b[^>]*\bdata-consentry="[^"]+"[^>]*>/g)].flatMap((tag) =>
    [...tag[0].matchAll(/\s(?:src|data-src|data-href)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')),
  );

const page = (head: string, body = '') =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Shop</title>\n${head}\n</head><body><main><h1>Cameras</h1>${body}</main></body></html>`;

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  // The README tells sites to copy dist/ to /consentry/.
  for (const file of readdirSync(`${ROOT}/dist`)) {
    server.handle(`/consentry/${file}`, (_req, res) => {
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/json' });
      res.end(readFileSync(`${ROOT}/dist/${file}`));
    });
  }
  browser = await launchBrowser();
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  net: NetworkLog;
  /** Console errors from Consentry and uncaught exceptions: what a pasted snippet must not cause. */
  problems: string[];
}

async function visit(path: string, html: string): Promise<Visit> {
  server.page(path, html);
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const net = await recordNetwork(context);
  const p = await context.newPage();
  const problems: string[] = [];
  p.on('console', (m) => m.type() === 'error' && m.text().startsWith('Consentry') && problems.push(m.text()));
  p.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await p.goto(server.url(path), { waitUntil: 'load' });
  return { page: p, net, problems };
}

describe('the README snippets, pasted into a page', () => {
  it('has the quick-start install snippet and others to run', () => {
    expect(install).toBeDefined();
    expect(html.length).toBeGreaterThanOrEqual(3);
    expect(pageScripts.length).toBeGreaterThanOrEqual(2);
  });

  it.each(html.map((s, i) => [label(s), s, i] as const))('HTML %s', async (_, s, i) => {
    const isInstall = s === install;
    const v = await visit(`/snippet-html-${i}.html`, isInstall ? page(s.code) : page(install!.code, s.code));
    await settled(v.page, v.net);
    expect(v.net.requests.filter(claimedByConfigured), 'vendor requests before any choice').toEqual([]);

    if (s.code.includes('data-consentry-open')) {
      await v.page.locator('main [data-consentry-open]').first().click();
      await preferences(v.page).waitFor({ state: 'visible' });
      await v.page.keyboard.press('Escape');
    }
    if (s.code.includes('data-consentry-cookie-table')) {
      await v.page.locator('[data-consentry-cookie-table] table').first().waitFor();
    }

    await v.page.evaluate(() => window.Consentry!.acceptAll());
    for (const url of heldUrls(s.code)) {
      await expect.poll(() => v.net.requests.includes(url), { message: `released after acceptAll: ${url}` }).toBe(true);
    }
    expect(v.problems).toEqual([]);
  });

  it.each(pageScripts.map((s, i) => [label(s), s, i] as const))('script %s', async (_, s, i) => {
    const head = install!.code.replace('"revision": 1', '"revision": 1, "debug": true');
    const v = await visit(`/snippet-js-${i}.html`, page(head));
    await v.page.addScriptTag({ content: s.code });
    await v.page.evaluate(() => window.Consentry!.acceptAll());
    await settled(v.page, v.net);
    expect(v.problems).toEqual([]);
  });
});
