// Strict CSP and Trusted Types in Chromium. Under `script-src 'nonce-R' 'strict-dynamic';
// style-src 'nonce-R'` the banner is styled, released tags that carry the nonce run, a
// text/plain tag without the nonce (HTML injected into the page) stays inert, and no
// securitypolicyviolation fires. Under `require-trusted-types-for 'script'` Consentry triggers no
// violation, and trusted values the site makes pass the patched DOM methods unchanged.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, settled, startServer, type TestServer } from './harness';
import { consentry, uncaught, sessionPool, type Session } from './fixtures/hardening/support';

let browser: Browser;
let server: TestServer;
const sessions = sessionPool();

const STRICT = "script-src 'nonce-R' 'strict-dynamic'; style-src 'nonce-R'; object-src 'none'; base-uri 'none'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types consentry shop";
const CONFIG = `<script type="application/json" id="consentry-config">{"vendors": ["hotjar", "mixpanel"], "policyUrl": "/cookies"}</script>`;

/** Every run-time observation the tests need, collected before any page script runs. */
const PROBE = `window.__ran = []; window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample)));`;

const STRICT_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Strict shop</title>
${CONFIG}<script nonce="R" src="/dist/consentry.js"></script>
<script type="text/plain" data-consentry="hotjar" nonce="R" src="https://static.hotjar.com/c/hotjar-1.js"></script>
<script type="text/plain" data-consentry="analytics" nonce="R">window.__ran.push('inline with nonce')</script>
</head><body><main><h1>Cameras</h1>
<section class="reviews"><p>Great camera!</p>
<!-- What an attacker slipped into a review: markup, no script of their own can run. -->
<script type="text/plain" data-consentry="analytics">window.__ran.push('injected inline')</script>
<script type="text/plain" data-consentry="mixpanel" src="https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"></script>
</section></main></body></html>`;

const TT_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Trusted shop</title>
${CONFIG}<script src="/dist/consentry.js"></script>
<script type="text/plain" data-consentry="hotjar" src="https://static.hotjar.com/c/marked-src.js"></script>
<script type="text/plain" data-consentry="analytics">window.__ran.push('marked inline')</script>
</head><body><main><h1>Cameras</h1></main>
<script>
  const shop = trustedTypes.createPolicy('shop', { createScriptURL: (u) => u, createHTML: (h) => h });
  const add = (el) => document.body.appendChild(el);
  const script = (set) => { const s = document.createElement('script'); set(s); add(s); };
  script((s) => (s.src = shop.createScriptURL('https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js')));
  script((s) => s.setAttribute('src', shop.createScriptURL('https://static.hotjar.com/c/set-attribute.js')));
  script((s) => (s.src = shop.createScriptURL('/local.js')));
  const div = document.createElement('div');
  div.innerHTML = shop.createHTML('<img alt="" src="https://static.hotjar.com/pixel.gif">');
  add(div);
  document.body.insertAdjacentHTML('beforeend', shop.createHTML('<iframe title="x" src="https://vars.hotjar.com/box.html"></iframe>'));
</script></body></html>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  server.page('/strict.html', STRICT_PAGE, { headers: { 'content-security-policy': STRICT } });
  server.page('/trusted.html', TT_PAGE, { headers: { 'content-security-policy': TRUSTED_TYPES } });
  server.handle('/local.js', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end("window.__ran.push('local')");
  });
});
afterEach(() => sessions.closeAll());
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Session> {
  const s = await sessions.open(browser, PROBE);
  s.net.stub('static.hotjar.com', "window.__ran.push(document.currentScript.src.split('/').pop())");
  s.net.stub('cdn.mxpnl.com', "window.__ran.push('mixpanel')");
  await s.page.goto(server.url(path));
  return s;
}

const seen = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __ran: string[]; __violations: string[] };
    return { ran: [...w.__ran].sort(), violations: w.__violations };
  });

async function acceptAll(s: Session): Promise<void> {
  await s.page.getByRole('button', { name: 'Accept all' }).click();
  await s.page.getByRole('button', { name: 'Accept all' }).waitFor({ state: 'detached' });
}

describe("a strict nonce CSP: script-src 'nonce-R' 'strict-dynamic'; style-src 'nonce-R'", () => {
  it('shows the real banner, styled, with no violation', async () => {
    const s = await open('/strict.html');
    await s.page.getByRole('button', { name: 'Accept all' }).waitFor();
    // The host is the bar's fixed box: only the UI's stylesheet makes it so.
    const position = await s.page.evaluate(() => getComputedStyle(document.querySelector('[data-consentry-ui]')!).position);
    expect(position).toBe('fixed');
    expect((await seen(s.page)).violations).toEqual([]);
    // The only console errors are the ones naming the injected tags (tested below).
    expect(s.consoleErrors.filter((e) => !/lacks the page's nonce/.test(e))).toEqual([]);
  });

  it('runs the released tags that carry the nonce, external and inline, after Accept all', async () => {
    const s = await open('/strict.html');
    expect((await seen(s.page)).ran).toEqual([]);
    await acceptAll(s);
    await expect.poll(async () => (await seen(s.page)).ran).toEqual(expect.arrayContaining(['hotjar-1.js', 'inline with nonce']));
  });

  it('leaves a text/plain tag without the nonce inert: it never runs and is never fetched', async () => {
    const s = await open('/strict.html');
    await acceptAll(s);
    await expect.poll(async () => (await seen(s.page)).ran).toContain('hotjar-1.js');
    expect((await seen(s.page)).ran).toEqual(['hotjar-1.js', 'inline with nonce']);
    expect(s.net.to('mxpnl.com')).toEqual([]);
    // Worded by consentry-later.js, which may still be on its way.
    await expect.poll(() => s.consoleErrors.filter((e) => /lacks the page's nonce/.test(e))).toHaveLength(2);
    expect(
      await s.page.evaluate(() => [...document.querySelectorAll('.reviews script')].map((e) => (e as HTMLScriptElement).nonce)),
    ).toEqual(['', '']);
  });

  it('fires no securitypolicyviolation from banner to released tags, and throws nothing', async () => {
    const s = await open('/strict.html');
    await s.page.getByRole('button', { name: 'Manage preferences' }).click();
    // The dialog is the preferences part, a further script the page's CSP must let in by its nonce.
    const prefs = s.page.getByRole('dialog', { name: 'Cookie preferences' });
    await prefs.waitFor();
    await prefs.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await seen(s.page)).ran).toContain('inline with nonce');
    expect((await seen(s.page)).violations).toEqual([]);
    expect(await uncaught(s.page)).toEqual([]);
  });
});

describe("Trusted Types: require-trusted-types-for 'script'", () => {
  it('loads the real UI chunk through the consentry policy, with no violation and no fallback', async () => {
    const s = await open('/trusted.html');
    await s.page.getByRole('dialog', { name: 'Cookies on this site' }).waitFor();
    expect(await s.page.evaluate(() => !!document.querySelector('[data-consentry-ui]')!.shadowRoot!.querySelector('.b'))).toBe(true);
    expect((await seen(s.page)).violations).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('loads the preferences part through the consentry policy too, with no violation', async () => {
    const s = await open('/trusted.html');
    await s.page.getByRole('button', { name: 'Manage preferences' }).click();
    await s.page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor();
    expect(s.net.requests.filter((u) => u.endsWith('/consentry-prefs.js'))).toHaveLength(1);
    expect((await seen(s.page)).violations).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('loads the later part through the consentry policy too once a choice needs it, with no violation', async () => {
    const s = await open('/trusted.html');
    await acceptAll(s);
    await expect.poll(() => s.net.requests.filter((u) => u.endsWith('/consentry-later.js')).length).toBe(1);
    // It started: a part that could not would say so on the console (consentry-later.js could not
    // start). The released tags' own files may 404 on this test site: those lines are not ours.
    await settled(s.page, s.net);
    expect((await seen(s.page)).violations).toEqual([]);
    expect(s.consoleErrors.filter((e) => e.startsWith('Consentry:'))).toEqual([]);
  });

  it('passes the site’s trusted values through the patched methods: held vendor URLs before consent, others at once', async () => {
    const s = await open('/trusted.html');
    await s.page.getByRole('button', { name: 'Accept all' }).waitFor();
    await expect.poll(async () => (await seen(s.page)).ran).toEqual(['local']);
    expect([...s.net.to('hotjar.com'), ...s.net.to('mxpnl.com')]).toEqual([]);
    expect(await uncaught(s.page)).toEqual([]);
  });

  // A held script keeps its URL in src under Trusted Types (README): data-src would have to be
  // assigned as a plain string, which the page's policy rightly refuses.
  it('releases every held tag after Accept all without a violation: trusted values and marked-up tags', async () => {
    const s = await open('/trusted.html');
    await acceptAll(s);
    await expect
      .poll(async () => (await seen(s.page)).ran)
      .toEqual(['local', 'marked inline', 'marked-src.js', 'mixpanel', 'set-attribute.js']);
    await expect.poll(() => s.net.to('hotjar.com').filter((u) => /pixel\.gif|box\.html/.test(u)).length).toBe(2);
    expect((await seen(s.page)).violations).toEqual([]);
    expect(await uncaught(s.page)).toEqual([]);
    expect(await consentry(s.page, (c) => c.isAllowed('hotjar'))).toBe(true);
  });
});
