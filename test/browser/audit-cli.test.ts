// `consentry audit` run as a user runs it: a child process against sites served on a free port,
// judged by its exit code and its JSON report.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, type TestServer } from './harness';
import { chromiumPath } from './chromium';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

interface Run {
  code: number;
  report: { pages: { url: string; passes: string[] }[]; vendors: { vendor: string; requests: Record<string, number> }[]; findings: Record<string, string>[] };
}

function audit(url: string, ...args: string[]): Promise<Run> {
  const json = join(mkdtempSync(join(tmpdir(), 'audit-')), 'report.json');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'dist/cli.mjs'), 'audit', url, '--json', json, ...args],
      { env: { ...process.env, CHROME_PATH: chromiumPath() ?? '' }, timeout: 170_000 },
      (error) => resolve({ code: error ? (error.code as number) : 0, report: JSON.parse(readFileSync(json, 'utf8')) }),
    );
  });
}

describe('consentry audit of a site built to fail', () => {
  let run: Run;
  beforeAll(async () => {
    const hotjar = `<script>(function(h,o,t,j){var r=o.createElement('script');r.src=t+'1'+j;o.head.appendChild(r)})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=6')</script>`;
    server.page(
      '/audit/index.html',
      `<!doctype html><html lang="en"><head><title>Leaky</title><script type="application/json" id="consentry-config">{"vendors":["hotjar"]}</script>
<script async src="/dist/consentry.js"></script>${hotjar}</head><body><a href="/audit/plain.html">plain</a></body></html>`,
    );
    server.page('/audit/plain.html', `<!doctype html><html lang="en"><head><title>Plain</title>${hotjar}</head><body>No Consentry here.</body></html>`);
    run = await audit(`http://127.0.0.1:${server.port}/audit/index.html`, '--pages', '2');
  }, 180_000);

  const page = (p: string) => `http://127.0.0.1:${server.port}/audit/${p}`;

  it('exits 1', () => expect(run.code).toBe(1));

  it('reports the unmarked Hotjar tag with the tag as evidence', () => {
    expect(run.report.findings).toContainEqual(expect.objectContaining({ kind: 'unmarked-tag', page: page('index.html'), vendor: 'hotjar', tag: expect.stringContaining('static.hotjar.com') }));
  });

  it('reports consentry.js loaded async as not-first, with its tag', () => {
    expect(run.report.findings).toContainEqual(expect.objectContaining({ kind: 'not-first', page: page('index.html'), tag: expect.stringContaining('async') }));
  });

  it('gives a page without Consentry only the first pass, reports it not-first and its Hotjar request as a leak', () => {
    expect(run.report.pages.find((p) => p.url === page('plain.html'))?.passes).toEqual(['before-choice']);
    expect(run.report.findings).toContainEqual(expect.objectContaining({ kind: 'not-first', page: page('plain.html'), detail: expect.stringContaining('not on this page') }));
    expect(run.report.findings).toContainEqual(expect.objectContaining({ kind: 'leak', page: page('plain.html'), vendor: 'hotjar', host: 'static.hotjar.com' }));
  });
});
