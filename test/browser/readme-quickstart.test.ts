// The README's install and quick start, followed word for word by a site developer: the package
// as npm would publish it (`npm pack`), installed in a fresh directory, `dist/` copied with the
// README's command, a page written from the quick start's snippets, served from that directory
// alone. This catches what the in-repository tests cannot: a file left out of the package, or a
// command or path in the README that does not do what it says.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { catalog } from '../../vendors';
import { ROOT, SITE, closeContexts, hostMatches, launchBrowser, openRecorded, settled } from './harness';
import { answer, banner } from './ui-support';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The text of a `## heading` section, up to the next `## `. */
function section(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = README.indexOf('\n## ', start + 4);
  return README.slice(start, end < 0 ? undefined : end);
}
const blocks = (text: string, lang: string) =>
  [...text.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map((m) => m[1]!);

const quickStart = section('Quick start for a site').split('\n### ')[0]!;
const installCommand = blocks(section('Install'), 'sh')[0]?.trim();
const shellSteps = blocks(quickStart, 'sh');
const [headSnippet, ...bodySnippets] = blocks(quickStart, 'html');
const configured: string[] = JSON.parse(headSnippet?.match(/id="consentry-config">([\s\S]*?)<\/script>/)?.[1] ?? '{"vendors":[]}').vendors;
const toVendor = (url: string) => configured.some((id) => catalog[id]!.hosts.some((h) => hostMatches(url, h)));
/** The vendor scripts the quick start marks up by URL: held before a choice, requested after. */
const heldScripts = [...bodySnippets.join('\n').matchAll(/<script type="text\/plain" data-consentry="[^"]+"[^>]*\ssrc="([^"]+)"/g)].map(
  (m) => m[1]!,
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
};

let work: string;
let site: Server;
let port: number;
let browser: Browser;

/** Serves `root` as it is, and nothing else: a static host for the site's web root. */
function serveStatic(root: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  if (installCommand !== 'npm install consentry')
    throw new Error(`README.md "Install" must start with \`npm install consentry\`, not ${installCommand}`);
  if (!headSnippet || heldScripts.length === 0 || shellSteps.length === 0) {
    throw new Error('README.md "Quick start for a site" needs its sh copy step, the <head> snippet and a marked-up vendor <script src>');
  }
  work = mkdtempSync(join(tmpdir(), 'consentry-quickstart-'));
  const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  // `npm pack` of the built tree: exactly the files package.json's `files` publishes.
  const [{ filename }] = JSON.parse(npm(['pack', ROOT, '--pack-destination', work, '--json', '--silent'], work)) as [{ filename: string }];
  const project = join(work, 'shop');
  mkdirSync(project);
  // The README's command, with the tarball in place of the registry's copy.
  npm(['install', join(work, filename), '--prefer-offline', '--no-audit', '--no-fund', '--silent'], project);
  for (const step of shellSteps) execFileSync('sh', ['-e', '-c', step], { cwd: project, stdio: 'pipe' });
  const webRoot = join(project, 'public');
  writeFileSync(
    join(webRoot, 'index.html'),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Shop</title>\n${headSnippet}</head>\n<body><main><h1>Cameras</h1>\n${bodySnippets.join('\n')}</main></body></html>`,
  );
  site = await serveStatic(webRoot);
  port = (site.address() as { port: number }).port;
  browser = await launchBrowser();
}, 240_000);
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the README quick start, followed in a fresh directory with the packed package', () => {
  it('shows the banner on a first visit', async () => {
    const { page } = await openRecorded(browser, `http://www.${SITE}:${port}/`);
    await expect(banner(page).waitFor({ state: 'visible' })).resolves.toBeUndefined();
  });

  it('holds the marked-up vendor scripts until "Accept all", then requests them', async () => {
    const { page, log } = await openRecorded(browser, `http://www.${SITE}:${port}/`);
    await banner(page).waitFor({ state: 'visible' });
    await settled(page, log);
    expect(log.requests.filter(toVendor), 'vendor requests before any choice').toEqual([]);

    await answer(page, 'Accept all').click();
    for (const url of heldScripts) {
      await expect.poll(() => log.requests.includes(url), { message: `requested after "Accept all": ${url}` }).toBe(true);
    }
  });
});
