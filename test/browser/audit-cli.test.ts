// `consentry audit` run as a user runs it: a child process against sites served on a free port,
// judged by its exit code, its JSON report, its HTML report and the configuration it suggests.
// The audits are slow (a browser, three passes per page), so each site is audited once, the demo
// and the fixture side by side, and every test reads the same run.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import Ajv2020 from 'ajv/dist/2020';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeContexts, launchBrowser, recordNetwork, ROOT, settled, shopPage, startServer, type TestServer } from './harness';
import { chromiumPath } from './chromium';

let server: TestServer;
let browser: Browser;

interface Finding {
  kind: string;
  page: string;
  pass: string;
  vendor?: string;
  host?: string;
  cookie?: string;
  tag?: string;
  detail?: string;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** The --json file as read back, before any check of its shape. */
  json: unknown;
  report: {
    pages: { url: string; passes: string[] }[];
    vendors: { vendor: string; requests: Record<string, number> }[];
    findings: Finding[];
  };
  html: string;
}

// Generous limits: the demo's audit took 37 s on an idle 2-core machine and 141 s on one with a
// load average above 30; a limit is not what these tests check.
function audit(url: string, ...args: string[]): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'audit-'));
  const [json, html] = [join(dir, 'report.json'), join(dir, 'report.html')];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(ROOT, 'dist/cli.mjs'), 'audit', url, '--json', json, '--html', html, ...args],
      { env: { ...process.env, CHROME_PATH: chromiumPath() ?? '' }, timeout: 280_000, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        try {
          const report = JSON.parse(readFileSync(json, 'utf8'));
          resolve({ code: error ? (error.code as number) : 0, stdout, stderr, json: report, report, html: readFileSync(html, 'utf8') });
        } catch (e) {
          reject(new Error(`consentry audit ${url} wrote no report (exit ${error?.code ?? 0}): ${stderr}\n${(e as Error).message}`));
        }
      },
    );
  });
}

const schema = JSON.parse(readFileSync(join(ROOT, 'docs/audit.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const schemaErrors = (json: unknown) => (validate(json) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

const FIVE = ['doubleclick', 'hotjar', 'fresh-relevance', 'rakuten', 'mixpanel'];
/** A host no vendor in the catalog claims, on a name Chromium sends to this machine. */
const PIXEL_SITE = 'unknown-pixel.localhost';
const PIXEL_HOST = `px.${PIXEL_SITE}`;
const HOTJAR = `<script>(function(h,o,t,j){var r=o.createElement('script');r.src=t+'1'+j;o.head.appendChild(r)})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=6')</script>`;

/** A script of the site's own that keeps a localStorage key and an IndexedDB database no vendor names. */
const STORES = `<script>localStorage.setItem('px_seen', '1'); indexedDB.open('px-cache');</script>`;

let demo: Run;
let leaky: Run;
const at = (path: string) => `http://127.0.0.1:${server.port}${path}`;

beforeAll(async () => {
  server = await startServer();
  // The demo's own links name its home page /demo/, as `npm run demo`'s server does.
  server.page('/demo/', readFileSync(join(ROOT, 'demo/index.html'), 'utf8'));
  // The site's tag manager adds a pixel from a host no vendor claims; the pixel sets a cookie.
  server.handle('/audit/tag-manager.js', (_, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(`new Image().src = 'http://${PIXEL_HOST}:${server.port}/audit/px.gif?ord=' + Date.now();`);
  });
  server.handle('/audit/px.gif', (_, res) => {
    res.writeHead(200, { 'content-type': 'image/gif', 'set-cookie': 'px_uid=4711; Max-Age=31536000; Path=/; SameSite=None; Secure' });
    res.end();
  });
  server.page(
    '/audit/index.html',
    `<!doctype html><html lang="en"><head><title>Leaky</title><script type="application/json" id="consentry-config">{"vendors":["hotjar"]}</script>
<script async src="/dist/consentry.js"></script>${HOTJAR}<script async src="/audit/tag-manager.js"></script></head><body><a href="/audit/plain.html">plain</a>${STORES}</body></html>`,
  );
  server.page(
    '/audit/plain.html',
    `<!doctype html><html lang="en"><head><title>Plain</title>${HOTJAR}</head><body>No Consentry here.</body></html>`,
  );
  [demo, leaky, browser] = await Promise.all([
    audit(at('/demo/')),
    audit(at('/audit/index.html'), '--pages', '2', '--suggest-config'),
    launchBrowser(),
  ]);
}, 300_000);
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('consentry audit of the demo shop', () => {
  it('exits 0', () => expect(demo.code, demo.stdout + demo.stderr).toBe(0));

  it('audits every page of the demo with three passes', () => {
    expect(demo.report.pages.map((p) => new URL(p.url).pathname).sort()).toEqual([
      '/demo/',
      '/demo/basket.html',
      '/demo/privacy.html',
      '/demo/products.html',
    ]);
    for (const p of demo.report.pages) expect(p.passes, p.url).toEqual(['before-choice', 'after-reject', 'after-accept']);
  });

  it("finds the five vendors of the demo's policy", () => {
    expect(demo.report.vendors.map((v) => v.vendor).sort()).toEqual([...FIVE].sort());
  });

  it('sees no request to any of the five before a choice or after "Reject all"', () => {
    for (const v of demo.report.vendors)
      expect([v.vendor, v.requests['before-choice'], v.requests['after-reject']]).toEqual([v.vendor, 0, 0]);
  });

  it('sees requests to each of the five after "Accept all"', () => {
    for (const v of demo.report.vendors) expect(v.requests['after-accept'], v.vendor).toBeGreaterThan(0);
  });

  it('reports the reviews widget host as undeclared-host with no vendor, on every page and pass', () => {
    const reviews = demo.report.findings.filter((f) => f.kind === 'undeclared-host' && f.host === 'reviews.obscura-row.example');
    expect(reviews.every((f) => f.vendor === undefined)).toBe(true);
    expect(reviews).toHaveLength(demo.report.pages.length * 3);
  });

  it('writes JSON that its documented schema accepts', () => {
    expect(schemaErrors(demo.json)).toEqual([]);
  });
});

describe('consentry audit of a site built to fail', () => {
  it('exits 1', () => expect(leaky.code).toBe(1));

  it('reports the unmarked Hotjar tag with the tag as evidence', () => {
    expect(leaky.report.findings).toContainEqual(
      expect.objectContaining({
        kind: 'unmarked-tag',
        page: at('/audit/index.html'),
        vendor: 'hotjar',
        tag: expect.stringContaining('static.hotjar.com'),
      }),
    );
  });

  it('reports consentry.js loaded async as not-first, with its tag', () => {
    expect(leaky.report.findings).toContainEqual(
      expect.objectContaining({ kind: 'not-first', page: at('/audit/index.html'), tag: expect.stringContaining('async') }),
    );
  });

  it('gives a page without Consentry only the first pass, reports it not-first and its Hotjar request as a leak', () => {
    expect(leaky.report.pages.find((p) => p.url === at('/audit/plain.html'))?.passes).toEqual(['before-choice']);
    expect(leaky.report.findings).toContainEqual(
      expect.objectContaining({ kind: 'not-first', page: at('/audit/plain.html'), detail: expect.stringContaining('not on this page') }),
    );
    expect(leaky.report.findings).toContainEqual(
      expect.objectContaining({ kind: 'leak', page: at('/audit/plain.html'), vendor: 'hotjar', host: 'static.hotjar.com' }),
    );
  });

  it("reports the tag manager's pixel host as undeclared-host with no vendor, before a choice", () => {
    expect(leaky.report.findings).toContainEqual({
      kind: 'undeclared-host',
      page: at('/audit/index.html'),
      pass: 'before-choice',
      host: PIXEL_HOST,
    });
  });

  it("reports the pixel's cookie as undeclared-cookie of the pixel host, though the browser refused it as a third-party cookie", () => {
    expect(leaky.report.findings).toContainEqual({
      kind: 'undeclared-cookie',
      page: at('/audit/index.html'),
      pass: 'before-choice',
      cookie: 'px_uid',
      host: PIXEL_HOST,
    });
  });

  it("lists the pixel's cookie in the report's cookies: its domain, path, lifetime, third party, no vendor, and the passes it was in", () => {
    const px = (leaky.json as { cookies: { name: string; lifetime: number; passes: string[] }[] }).cookies.find((c) => c.name === 'px_uid');
    expect(px).toMatchObject({ domain: PIXEL_HOST, path: '/', party: 'third' });
    expect(px).not.toHaveProperty('vendor');
    // Max-Age=31536000, less the seconds between the answer and the record.
    expect(px!.lifetime).toBeGreaterThan(31_536_000 - 600);
    expect(px!.lifetime).toBeLessThanOrEqual(31_536_000);
    expect(px!.passes).toContain('before-choice');
    expect(leaky.html).toContain('px_uid');
  });

  it("lists storage no vendor names in the report's storage: the localStorage key and the IndexedDB database, page, pass, unknown", () => {
    const storage = (leaky.json as { storage: object[] }).storage;
    for (const [kind, name] of [
      ['local', 'px_seen'],
      ['indexeddb', 'px-cache'],
    ]) {
      const entry = storage.find((s) => (s as { name: string }).name === name && (s as { pass: string }).pass === 'before-choice');
      expect(entry, name).toEqual({ page: at('/audit/index.html'), pass: 'before-choice', kind, name });
    }
    expect(leaky.html).toContain('px_seen');
    expect(leaky.html).toContain('px-cache');
  });

  it('writes JSON that its documented schema accepts', () => {
    expect(schemaErrors(leaky.json)).toEqual([]);
  });

  it('writes an HTML report in which axe-core finds no WCAG 2.2 A or AA violation', async () => {
    expect(leaky.html).toContain('unknown-pixel');
    const page = await (await browser.newContext()).newPage();
    await page.setContent(leaky.html);
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
});

describe('consentry audit --suggest-config', () => {
  const suggested = () =>
    JSON.parse(leaky.stdout) as { vendors: (string | { id: string; hosts: string[]; cookies: { name: string }[] })[] };

  it("suggests an entry for the pixel's site with the cookie it set, beside the catalog vendor", () => {
    expect(suggested().vendors).toContainEqual(
      expect.objectContaining({ hosts: [PIXEL_SITE], cookies: [expect.objectContaining({ name: 'px_uid', party: 'third' })] }),
    );
    expect(suggested().vendors).toContain('hotjar');
  });

  it('suggests a configuration that Consentry accepts without a console error', async () => {
    server.page('/audit/accepts.html', shopPage({ config: suggested() }));
    const context = await browser.newContext();
    const log = await recordNetwork(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && m.text().startsWith('Consentry') && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    // consentry-later.js prints the problems the boot kept about the config: it comes at once when
    // there are some, otherwise with the choice below.
    const later = page.waitForResponse(/consentry-later\.js/);
    await page.goto(server.url('/audit/accepts.html'), { waitUntil: 'load' });
    await page.evaluate(() => (window as unknown as { Consentry: { acceptAll(): void } }).Consentry.acceptAll());
    await later;
    await settled(page, log);
    expect(errors).toEqual([]);
  });

  it('with the suggested configuration, a second audit reports nothing undeclared on the pixel\'s hosts and sees the pixel only after "Accept all"', async () => {
    server.page('/audit/suggested.html', shopPage({ config: suggested(), head: '<script async src="/audit/tag-manager.js"></script>' }));
    const second = await audit(at('/audit/suggested.html'), '--pages', '1');
    const pixel = (f: Finding) => f.host === PIXEL_SITE || !!f.host?.endsWith(`.${PIXEL_SITE}`);
    expect(second.report.findings.filter((f) => f.kind.startsWith('undeclared-') && pixel(f))).toEqual([]);
    const entry = suggested().vendors.find((v) => typeof v === 'object' && v.hosts.includes(PIXEL_SITE)) as { id: string };
    expect(second.report.vendors.find((v) => v.vendor === entry.id)?.requests).toEqual({
      'before-choice': 0,
      'after-reject': 0,
      'after-accept': expect.any(Number),
    });
    expect(second.report.vendors.find((v) => v.vendor === entry.id)?.requests['after-accept']).toBeGreaterThan(0);
  }, 200_000);
});
