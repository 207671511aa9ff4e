// The UI in two files, in Chromium, read off the network: consentry-ui[.lang].js is the banner,
// and consentry-prefs[.lang].js (the preferences dialog, the cookie declaration, the placeholders)
// is fetched only when one of those is needed, once. If it cannot load, the banner still
// answers, and the console says which file failed.
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { embeds } from '../../vendors';
import { ROOT, launchBrowser, settled, startServer, type NetworkLog, type TestServer } from './harness';
import { sessionPool, type Session } from './fixtures/hardening/support';
import { answer, banner, focused, preferences, uiShopPage } from './ui-support';

let browser: Browser;
let server: TestServer;
const sessions = sessionPool();
/** Ends the stalled responses, so the server can close. */
const stalled: Array<() => void> = [];

/** A held video big enough for a placeholder, as a shop writes it. */
const VIDEO =
  '<iframe title="Camera review" width="560" height="315" data-consentry="youtube" data-src="https://www.youtube-nocookie.com/embed/r"></iframe>';

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/prefs/shop.html', uiShopPage());
  server.page('/prefs/fr.html', uiShopPage({ lang: 'fr' }));
  server.page('/prefs/policy.html', uiShopPage({ body: '<section data-consentry-cookie-table></section>' }));
  server.page('/prefs/video.html', uiShopPage({ config: { vendors: ['hotjar', embeds.youtube] }, body: VIDEO }));
  // A folder whose preferences part is missing (a 404, as a blocker or a half-done deploy gives).
  brokenPrefs('np', (res) => {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  // A folder whose preferences part never finishes: headers sent, body never (a stalled CDN).
  brokenPrefs('stall', (res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.write('/* ');
    stalled.push(() => res.end('*/'));
  });
});
afterEach(() => sessions.closeAll());
afterAll(async () => {
  stalled.splice(0).forEach((end) => end());
  await browser?.close();
  await server?.close();
});

/** A folder with a shop page and the built files, whose preferences part `answer` serves. */
function brokenPrefs(dir: string, answer: (res: ServerResponse) => void): void {
  server.page(`/${dir}/shop.html`, uiShopPage().replace('src="/dist/consentry.js"', `src="/${dir}/consentry.js"`));
  for (const f of ['consentry.js', 'consentry-ui.js', 'consentry-later.js'])
    server.handle(`/${dir}/${f}`, async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(await readFile(`${ROOT}dist/${f}`));
    });
  server.handle(`/${dir}/consentry-prefs.js`, (_req, res) => answer(res));
}

/** The UI files this page asked for, by name. */
const uiFiles = (net: NetworkLog): string[] =>
  net.requests.map((u) => new URL(u).pathname.split('/').pop()!).filter((f) => /^consentry-(ui|prefs)[^/]*\.js$/.test(f));

async function open(path: string): Promise<Session> {
  const s = await sessions.open(browser);
  await s.page.goto(server.url(path));
  return s;
}

describe('the preferences part', () => {
  it('is not fetched on a first visit: the banner comes from consentry-ui.js alone', async () => {
    const s = await open('/prefs/shop.html');
    await banner(s.page).waitFor();
    await settled(s.page, s.net);
    expect(uiFiles(s.net)).toEqual(['consentry-ui.js']);
  });

  it('is fetched once by "Manage preferences", which opens the dialog with focus inside it', async () => {
    const s = await open('/prefs/shop.html');
    await answer(s.page, 'Manage preferences').click();
    await preferences(s.page).waitFor();
    expect((await focused(s.page)).inDialog).toBe('cy-prefs');
    await preferences(s.page).getByRole('button', { name: 'Close' }).click();
    expect(await focused(s.page)).toMatchObject({ name: 'Manage preferences', tag: 'button' });
    await answer(s.page, 'Manage preferences').click();
    await preferences(s.page).waitFor();
    await settled(s.page, s.net);
    expect(uiFiles(s.net)).toEqual(['consentry-ui.js', 'consentry-prefs.js']);
  });

  it("is fetched in the page's language, next to that language's UI chunk", async () => {
    const s = await open('/prefs/fr.html');
    await answer(s.page, 'Gérer mes choix').click();
    await s.page.getByRole('dialog', { name: 'Préférences cookies' }).waitFor();
    expect(uiFiles(s.net)).toEqual(['consentry-ui.fr.js', 'consentry-prefs.fr.js']);
  });

  it('is fetched by a page with a cookie declaration, which it fills', async () => {
    const s = await open('/prefs/policy.html');
    await s.page.locator('[data-consentry-cookie-table] table').first().waitFor();
    expect(uiFiles(s.net)).toEqual(['consentry-ui.js', 'consentry-prefs.js']);
  });

  it('is fetched by a page with a held visible embed, which gets its placeholder', async () => {
    const s = await open('/prefs/video.html');
    await s.page.getByRole('group', { name: 'YouTube' }).getByRole('button', { name: 'Load video' }).waitFor();
    expect(uiFiles(s.net)).toEqual(['consentry-ui.js', 'consentry-prefs.js']);
  });
});

describe('a preferences part that cannot load', () => {
  const failures = (s: Session) => s.consoleErrors.filter((e) => e.startsWith('Consentry:') && e.includes('/np/consentry-prefs.js'));

  it('leaves a banner that still rejects, and the refusal is stored', async () => {
    const s = await open('/np/shop.html');
    await answer(s.page, 'Manage preferences').click();
    await expect.poll(() => failures(s).length).toBe(1);
    expect(await banner(s.page).isVisible()).toBe(true);
    await answer(s.page, 'Reject all').click();
    await banner(s.page).waitFor({ state: 'hidden' });
    expect(await s.page.evaluate(() => window.Consentry!.getConsent()?.categories)).toEqual({
      preferences: { granted: false, method: 'banner' },
      analytics: { granted: false, method: 'banner' },
      marketing: { granted: false, method: 'banner' },
    });
    expect((await s.context.cookies()).some((c) => c.name === 'consentry')).toBe(true);
  });

  it('names the file in the console and says what to do, and each new click fetches it again', async () => {
    const s = await open('/np/shop.html');
    await answer(s.page, 'Manage preferences').click();
    await expect.poll(() => failures(s).length).toBe(1);
    expect(failures(s)[0]).toContain('the banner still accepts and rejects');
    expect(failures(s)[0]).toContain('next to consentry.js');
    await answer(s.page, 'Manage preferences').click();
    await expect.poll(() => failures(s).length).toBe(2);
    expect(uiFiles(s.net)).toEqual(['consentry-ui.js', 'consentry-prefs.js', 'consentry-prefs.js']);
    expect(await preferences(s.page).count()).toBe(0);
  });
});

describe('a preferences part that never arrives', () => {
  const timedOut = (s: Session) =>
    s.consoleErrors.filter((e) =>
      /^Consentry: the cookie preferences could not load \(\S*\/stall\/consentry-prefs\.js did not arrive within 5 s\)/.test(e),
    );

  it('gives up after 5 s, names the file, and leaves the banner answering', async () => {
    const s = await sessions.open(browser);
    await s.page.clock.install();
    await s.page.goto(server.url('/stall/shop.html'));
    await answer(s.page, 'Manage preferences').click();
    await expect.poll(() => stalled.length).toBeGreaterThan(0);
    expect(timedOut(s)).toEqual([]);
    await s.page.clock.runFor(5000);
    await expect.poll(() => timedOut(s).length).toBe(1);
    expect(await preferences(s.page).count()).toBe(0);
    await answer(s.page, 'Reject all').click();
    await banner(s.page).waitFor({ state: 'hidden' });
    expect(await s.page.evaluate(() => window.Consentry!.getConsent()?.categories.marketing)).toEqual({ granted: false, method: 'banner' });
  });
});
