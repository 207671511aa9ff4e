// `consentry audit` makes choices on the site it audits; those choices must never enter a live
// site's records. Judged by what the site's server received: a receipt the audit's browser sent
// and the audit failed to answer itself reaches the endpoint here.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './chromium';
import { closeContexts, launchBrowser, ROOT, shopPage, startServer, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
/** POSTs each receipt endpoint received, by its path. */
const received = new Map<string, number>();
const ENDPOINTS = ['/audit/receipts-own', '/audit/receipts-given', '/audit/receipts-control'];

function audit(url: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [join(ROOT, 'dist/cli.mjs'), 'audit', url, '--pages', '1', ...args],
      { env: { ...process.env, CHROME_PATH: chromiumPath() ?? '' }, timeout: 280_000 },
      (error, _out, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
    ),
  );
}

const page = (endpoint: string) => shopPage({ config: { vendors: ['hotjar'], receiptEndpoint: endpoint } });
const at = (path: string) => `http://127.0.0.1:${server.port}${path}`;
let own: { code: number; stderr: string };
let given: { code: number; stderr: string };

beforeAll(async () => {
  server = await startServer();
  for (const path of ENDPOINTS) {
    received.set(path, 0);
    server.handle(path, (req, res) => {
      if (req.method === 'POST') received.set(path, received.get(path)! + 1);
      req.resume();
      res.writeHead(204).end();
    });
  }
  server.page('/audit/own.html', page('/audit/receipts-own'));
  server.page('/audit/given.html', page('/audit/receipts-given'));
  server.page('/audit/control.html', page('/audit/receipts-control'));
  // A configuration to judge by that does not name the site's endpoint, as one written by hand
  // (or the npm build's createConsentry(config), which leaves nothing in the HTML) would not.
  const config = join(mkdtempSync(join(tmpdir(), 'audit-receipts-')), 'config.json');
  writeFileSync(config, JSON.stringify({ vendors: ['hotjar'] }));
  [own, given, browser] = await Promise.all([
    audit(at('/audit/own.html')),
    audit(at('/audit/given.html'), '--config', config),
    launchBrowser(),
  ]);
}, 300_000);
afterAll(async () => {
  await closeContexts(browser);
  await browser?.close();
  await server?.close();
});

describe('consentry audit and the receipt endpoint', () => {
  it('a choice made in a browser does post a receipt to the endpoint (so the zero counts below mean something)', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const posted = tab.waitForRequest((r) => r.url().endsWith('/audit/receipts-control') && r.method() === 'POST');
    await tab.goto(at('/audit/control.html'), { waitUntil: 'load' });
    await tab.evaluate(() => (window as unknown as { Consentry: { acceptAll(): void } }).Consentry.acceptAll());
    await posted;
    await expect.poll(() => received.get('/audit/receipts-control')).toBeGreaterThan(0);
  });

  it("never posts a receipt to the endpoint the site's own configuration names", () => {
    expect(own.code, own.stderr).toBe(0);
    expect(received.get('/audit/receipts-own')).toBe(0);
  });

  it('never posts a receipt to the site when --config gives a configuration without its endpoint', () => {
    expect(given.code, given.stderr).toBe(0);
    expect(received.get('/audit/receipts-given')).toBe(0);
  });
});
