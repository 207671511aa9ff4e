// The demo shop, started exactly as the README tells a newcomer (`npm run demo`, on a free port
// through PORT, in a fresh checkout of the working tree), driven like a shopper: the live panel
// must report what Consentry did, and the network log must agree with it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { catalog } from '../../vendors';
import type { Vendor } from '../../src/shared/types';
import { ROOT, launchBrowser, recordNetwork, type NetworkLog } from './harness';
import { answer, banner, preferences } from './ui-support';

const FIVE = ['doubleclick', 'hotjar', 'fresh-relevance', 'rakuten', 'mixpanel'];
const MARKETING = ['doubleclick', 'fresh-relevance', 'rakuten'];
const ANALYTICS = ['hotjar', 'mixpanel'];

/** The demo command, read from the README's first code block rather than restated here. */
function readmeDemoCommand(): string {
  const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
  const line = readme.split('\n').find((l) => l.includes('npm run demo'));
  if (!line) throw new Error('README.md no longer says how to start the demo');
  // `npm ci` is the fresh-clone step; node_modules is already here.
  return line
    .replace(/#.*$/, '')
    .replace(/^\s*npm ci\s*&&\s*/, '')
    .trim();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * A checkout as a fresh clone has it: the working tree without dist/ or test output, with
 * node_modules linked in place of `npm ci`. The demo's build writes its own dist/ there, so it
 * never rewrites the files that other browser tests are loading at the same moment.
 */
function freshCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-demo-'));
  const skip = new Set(['node_modules', 'dist', '.git', 'test-results'].map((d) => join(ROOT, d)));
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !skip.has(src.replace(/\/$/, '')) });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Resolves with the URL the command prints, once the server behind it answers. */
function startDemo(command: string, port: number, cwd: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn('sh', ['-c', command], {
    cwd,
    env: { ...process.env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const seen = async (chunk: Buffer) => {
      output += chunk.toString();
      const found = output.match(/http:\/\/localhost:\d+\/demo\//);
      if (!found) return;
      child.stdout?.off('data', seen);
      for (let i = 0; i < 200; i++) {
        try {
          if ((await fetch(found[0])).ok) return resolve(found[0]);
        } catch {
          // serve is still starting
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      reject(new Error(`${found[0]} never answered:\n${output}`));
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`"${command}" exited with ${code} before serving:\n${output}`)));
  });
  return { child, url };
}

function claims(vendor: Vendor, raw: string): boolean {
  const url = new URL(raw);
  const host = url.hostname;
  if (vendor.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return true;
  return (vendor.urls ?? []).some(
    (p) => p.host === host && (!p.query || (url.searchParams.get(p.query.name) ?? '').startsWith(p.query.valuePrefix)),
  );
}
const requestsTo = (net: NetworkLog, id: string) => net.requests.filter((u) => claims(catalog[id]!, u));

/** What the panel says, vendor by vendor. */
const panelStates = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('#consentry-panel tr[data-vendor]')].map((row) => [
        row.getAttribute('data-vendor'),
        row.querySelector('.state')?.textContent,
      ]),
    ),
  );

describe('the demo shop, started as the README says', () => {
  let demo: ReturnType<typeof startDemo>;
  let browser: Browser;
  let url: string;
  let checkout: string | undefined;
  // Each test is a new shopper (its own cookies and network log), so none depends on another's
  // choice and the file passes in any order.
  let context: BrowserContext | undefined;
  let page: Page;
  let net: NetworkLog;

  beforeAll(async () => {
    checkout = freshCheckout();
    demo = startDemo(readmeDemoCommand(), await freePort(), checkout);
    url = await demo.url;
    browser = await launchBrowser();
    // The demo command builds every file first (the boot, 25 language chunks, the worker, the CLI):
    // minutes on a busy 2-core machine, and build time is not what this suite tests.
  }, 420_000);

  beforeEach(async () => {
    context = await browser.newContext({ reducedMotion: 'reduce' });
    net = await recordNetwork(context);
    page = await context.newPage();
    await page.goto(url);
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await browser?.close();
    // npm, sh and serve share one process group: end all of it.
    if (demo?.child.pid) {
      try {
        process.kill(-demo.child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    if (checkout) rmSync(checkout, { recursive: true, force: true });
  });

  /** The shopper allows analytics only, through the banner's preferences, as a shopper would. */
  async function acceptOnlyAnalytics(): Promise<void> {
    await answer(page, 'Manage preferences').click();
    await preferences(page).getByRole('switch', { name: 'Analytics' }).click();
    await preferences(page).getByRole('button', { name: 'Save preferences' }).click();
  }

  it('prints the demo URL on the port it was given', () => {
    expect(url).toMatch(/^http:\/\/localhost:\d+\/demo\/$/);
  });

  it('shows the banner and holds every one of the five vendors before a choice', async () => {
    await banner(page).waitFor({ state: 'visible' });
    await expect.poll(() => panelStates(page)).toEqual(Object.fromEntries(FIVE.map((id) => [id, 'held'])));
    for (const id of FIVE) expect(requestsTo(net, id), id).toEqual([]);
  });

  it('after accepting only analytics, the panel reports Hotjar and Mixpanel released and the marketing vendors held', async () => {
    await acceptOnlyAnalytics();
    await expect
      .poll(() => panelStates(page))
      .toEqual({ hotjar: 'released', mixpanel: 'released', doubleclick: 'held', 'fresh-relevance': 'held', rakuten: 'held' });
  });

  it('the network agrees with the panel: analytics vendors were fetched, marketing vendors never', async () => {
    await acceptOnlyAnalytics();
    for (const id of ANALYTICS) await expect.poll(() => requestsTo(net, id).length, { message: id }).toBeGreaterThan(0);
    // The panel has reported every vendor's state, so the page got past releasing what it releases.
    await expect.poll(() => panelStates(page)).toMatchObject({ doubleclick: 'held', 'fresh-relevance': 'held', rakuten: 'held' });
    for (const id of MARKETING) expect(requestsTo(net, id), id).toEqual([]);
  });

  it('a footer "Cookie settings" link on every page reopens the preferences', async () => {
    for (const path of ['', 'products.html', 'basket.html', 'privacy.html']) {
      await page.goto(url + path);
      await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click();
      await preferences(page).waitFor({ state: 'visible' });
    }
  });

  it('withdrawing analytics reloads the page, where the panel shows Hotjar and Mixpanel held again', async () => {
    await acceptOnlyAnalytics();
    await expect.poll(() => panelStates(page)).toMatchObject({ hotjar: 'released', mixpanel: 'released' });
    await page.goto(url);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click();
    const analytics = preferences(page).getByRole('switch', { name: 'Analytics' });
    await expect(analytics.isChecked()).resolves.toBe(true);
    await analytics.click();
    const reloaded = page.waitForEvent('load');
    await preferences(page).getByRole('button', { name: 'Save preferences' }).click();
    await reloaded;
    await expect.poll(() => panelStates(page)).toEqual(Object.fromEntries(FIVE.map((id) => [id, 'held'])));
  });

  it('every page of the shop, panel included, passes axe-core (WCAG 2.2 A and AA)', async () => {
    const found: string[] = [];
    for (const path of ['', 'products.html', 'basket.html', 'privacy.html']) {
      await page.goto(url + path);
      await page.locator('#consentry-panel tbody tr').first().waitFor();
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      });
      found.push(...violations.map((v) => `${path || 'home'}: ${v}`));
    }
    expect(found).toEqual([]);
  });

  it('the policy page carries the cookie declaration generated from the catalog', async () => {
    await page.goto(`${url}privacy.html`);
    const table = page.locator('[data-consentry-cookie-table] table[data-category="analytics"]');
    await table.waitFor();
    await expect(table.textContent()).resolves.toContain('mp_');
  });
});
