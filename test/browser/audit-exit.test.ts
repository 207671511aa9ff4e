// `consentry audit`'s exit code, as a CI step reads it: 2 when it cannot run, 1 with --strict on
// an undeclared host that alone passes, and 0 for a site configured by `window.consentryConfig`
// before the script, the README's third way, which is no tag running ahead of the gate.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './chromium';
import { ROOT, startServer, type TestServer } from './harness';

interface Run {
  code: number;
  stderr: string;
  findings: { kind: string; page: string; pass?: string; vendor?: string; host?: string; tag?: string; detail?: string }[];
}

function audit(url: string, ...args: string[]): Promise<Run> {
  const json = join(mkdtempSync(join(tmpdir(), 'audit-exit-')), 'report.json');
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [join(ROOT, 'dist/cli.mjs'), 'audit', url, '--pages', '1', '--json', json, ...args],
      { env: { ...process.env, CHROME_PATH: chromiumPath() ?? '' }, timeout: 280_000 },
      (error, _out, stderr) => {
        let findings: Run['findings'] = [];
        try {
          findings = JSON.parse(readFileSync(json, 'utf8')).findings;
        } catch {}
        resolve({ code: error ? (error.code as number) : 0, stderr, findings });
      },
    ),
  );
}

let server: TestServer;
const at = (path: string) => `http://127.0.0.1:${server.port}${path}`;
const PIXEL_HOST = 'px.unknown-pixel.localhost';
let plain: Run;
let strict: Run;
let global: Run;
let inline: Run;
let advanced: Run;
let bare: Run;

beforeAll(async () => {
  server = await startServer();
  server.handle('/audit/px.gif', (_, res) => void res.writeHead(200, { 'content-type': 'image/gif' }).end());
  const head = (before: string) =>
    `<!doctype html><html lang="en"><head><title>Shop</title>${before}<script src="/dist/consentry.js"></script></head>`;
  // A host no vendor claims, loaded by the site itself: undeclared, not a leak.
  // A site's own policyUrl for a catalog vendor names the vendor's host, as a tag would.
  const config = JSON.stringify({ vendors: [{ id: 'hotjar', policyUrl: 'https://www.hotjar.com/legal/policies/privacy/' }] });
  server.page(
    '/audit/pixel.html',
    `${head(`<script type="application/json" id="consentry-config">${config}</script>`)}<body><img alt="" src="http://${PIXEL_HOST}:${server.port}/audit/px.gif"></body></html>`,
  );
  server.page('/audit/global.html', `${head(`<script>window.consentryConfig = ${config};</script>`)}<body></body></html>`);
  // Consent Mode's advanced mode lets Google's tags through before consent by design; the
  // vendor's hosts are moved to a name Chromium sends to this machine.
  server.handle('/audit/ga.js', (_, res) => {
    res
      .writeHead(200, { 'content-type': 'text/javascript' })
      .end(`new Image().src = 'http://www.ga.localhost:${server.port}/audit/px.gif';`);
  });
  const ga = JSON.stringify({ vendors: [{ id: 'google-analytics', hosts: ['ga.localhost'] }], googleConsentMode: { mode: 'advanced' } });
  server.page(
    '/audit/advanced.html',
    `${head(`<script type="application/json" id="consentry-config">${ga}</script>`)}<script async src="/audit/ga.js"></script><body></body></html>`,
  );
  // A page without Consentry whose own script (not a tag of the vendor's) loads a configured
  // necessary vendor's host: nothing in force there, so the host is reported all the same.
  server.handle('/audit/pay.js', (_, res) => {
    res
      .writeHead(200, { 'content-type': 'text/javascript' })
      .end(`new Image().src = 'http://cdn.pay.localhost:${server.port}/audit/px.gif';`);
  });
  server.page(
    '/audit/bare.html',
    '<!doctype html><html lang="en"><head><title>Bare</title><script src="/audit/pay.js"></script></head><body></body></html>',
  );
  const payments = join(mkdtempSync(join(tmpdir(), 'audit-exit-')), 'config.json');
  writeFileSync(
    payments,
    JSON.stringify({
      vendors: [{ id: 'payments', name: 'Payments', category: 'necessary', purpose: 'Takes the payment.', hosts: ['pay.localhost'] }],
    }),
  );
  server.page('/audit/inline.html', `${head("<script>document.title = 'Shop, early';</script>")}<body></body></html>`);
  [plain, strict, global, inline, advanced, bare] = await Promise.all([
    audit(at('/audit/pixel.html')),
    audit(at('/audit/pixel.html'), '--strict'),
    audit(at('/audit/global.html')),
    audit(at('/audit/inline.html')),
    audit(at('/audit/advanced.html')),
    audit(at('/audit/bare.html'), '--config', payments),
  ]);
}, 300_000);
afterAll(() => server?.close());

describe('consentry audit exit codes', () => {
  it('exits 2 with the usage on a missing or bad address', async () => {
    const none = await audit('');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage: consentry audit <url>');
    const pages = await audit(at('/audit/pixel.html'), '--pages', 'x');
    expect(pages.code).toBe(2);
    expect(pages.stderr).toContain('--pages takes a whole number');
  });

  it('exits 2 naming CHROME_PATH when the browser will not start', async () => {
    const run = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [join(ROOT, 'dist/cli.mjs'), 'audit', at('/audit/pixel.html')],
        { env: { ...process.env, CHROME_PATH: join(tmpdir(), 'no-such-chromium') } },
        (error, _out, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      ),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('CHROME_PATH');
  });

  it('exits 2 naming the install command when playwright-core is not installed', async () => {
    // A copy of the CLI where no node_modules can be found above it, as in a project without it.
    const bin = join(mkdtempSync(join(tmpdir(), 'audit-no-pw-')), 'cli.mjs');
    copyFileSync(join(ROOT, 'dist/cli.mjs'), bin);
    const run = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, [bin, 'audit', at('/audit/pixel.html')], (error, _out, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stderr }),
      ),
    );
    expect(run.stderr).toContain('npm i -D playwright-core');
    expect(run.code).toBe(2);
  });

  it('exits 0 on an undeclared host alone (the JSON configuration naming a vendor URL is no tag), and 1 with --strict', () => {
    expect(plain.findings.filter((f) => f.kind === 'unmarked-tag' || f.kind === 'not-first')).toEqual([]);
    const undeclared = (r: Run) => r.findings.filter((f) => f.kind === 'undeclared-host' && f.host === PIXEL_HOST);
    expect(undeclared(plain).length, plain.stderr).toBeGreaterThan(0);
    expect(plain.code, plain.stderr).toBe(0);
    expect(undeclared(strict).length, strict.stderr).toBeGreaterThan(0);
    expect(strict.code, strict.stderr).toBe(1);
  });
});

describe('consentry audit and the scripts before consentry.js', () => {
  it('takes window.consentryConfig set before the script as the configuration, not as a script ahead of the gate', () => {
    expect(global.findings.filter((f) => f.kind === 'not-first' || f.kind === 'unmarked-tag')).toEqual([]);
    expect(global.code, global.stderr).toBe(0);
  });

  it('still reports any other synchronous script before consentry.js as not-first, with its tag', () => {
    expect(inline.findings).toContainEqual(
      expect.objectContaining({ kind: 'not-first', page: at('/audit/inline.html'), tag: expect.stringContaining('document.title') }),
    );
    expect(inline.code).toBe(1);
  });
});

describe('consentry audit findings that do not fail it', () => {
  it("reports Google's requests before consent in Consent Mode's advanced mode as consent-mode-ping, not as a leak", () => {
    expect(advanced.findings).toContainEqual(
      expect.objectContaining({ kind: 'consent-mode-ping', pass: 'before-choice', vendor: 'google-analytics', host: 'www.ga.localhost' }),
    );
    expect(advanced.findings.filter((f) => f.kind === 'leak')).toEqual([]);
    expect(advanced.code, advanced.stderr).toBe(0);
  });

  it('reports a declared cookie that never appeared after "Accept all" as declared-unseen', () => {
    expect(global.findings).toContainEqual(expect.objectContaining({ kind: 'declared-unseen', pass: 'after-accept', vendor: 'hotjar' }));
    expect(global.code, global.stderr).toBe(0);
  });
});

describe('consentry audit of a page without Consentry', () => {
  it("reports a configured necessary vendor's host there as undeclared-host, naming the vendor", () => {
    expect(bare.findings).toContainEqual(
      expect.objectContaining({
        kind: 'undeclared-host',
        page: at('/audit/bare.html'),
        pass: 'before-choice',
        vendor: 'payments',
        host: 'cdn.pay.localhost',
      }),
    );
  });
});
