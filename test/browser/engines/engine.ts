// One specification, several engines: a scenario drives a page through this small interface and
// asserts on its network log, so the same scenario module runs in Chromium (playwright-core),
// Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (classic WebDriver over HTTP).
import type { NetworkLog } from '../harness';

export type EngineName = 'Chromium' | 'Firefox ESR' | 'WebKitGTK';

/** The keys a keyboard-only shopper uses on the banner, pressed on whatever has focus. */
export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Space' | 'Escape';

export interface EnginePage {
  /**
   * Evaluates a JavaScript expression in the page and resolves with its value (a promise is
   * awaited). The value must survive JSON: every driver carries it that way.
   */
  evaluate(expression: string): Promise<unknown>;
  /** Loads `url` in this page, keeping its cookies and storage (the page's own URL: a reload). */
  goto(url: string): Promise<void>;
  /** Presses (and releases) a key as a real keyboard would: trusted events, default actions. */
  press(key: Key): Promise<void>;
  /** Every request this page (and its frames) made since it was opened. */
  readonly log: NetworkLog;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Script bodies to answer a vendor host (and its subdomains) with, from the first request on. */
  stubs?: Record<string, string>;
}

export interface Engine {
  readonly name: EngineName;
  /** The browser's own version string, as the driver reports it. */
  readonly version: string;
  /** A page with no cookies or storage from earlier scenarios, `url` loaded (its load event fired). */
  open(url: string, options?: OpenOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

/** Proof the page got further than everything it had queued (see `settled` in the harness). */
export async function settledIn(page: EnginePage): Promise<void> {
  const mark = `/settled/${Math.random().toString(36).slice(2)}`;
  await page.evaluate(`(async function (m) {
    await new Promise(function (r) { setTimeout(r); });
    await new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r); }); });
    await fetch(m).catch(function () {});
    return true;
  })(${JSON.stringify(mark)})`);
  if (!page.log.requests.some((u) => u.endsWith(mark))) throw new Error(`the page never requested its marker ${mark}`);
}

/**
 * Runs `expression`, which makes the page reload itself, and resolves once the new document has
 * loaded. The old document carries a mark the new one lacks; evaluating while the page is between
 * documents can fail in every driver, so such a failure is only a reason to ask again. The wait
 * is long because the shared 2-core machine, under load, took over 10 s to reload the shop page.
 */
export async function reloadedBy(page: EnginePage, expression: string, timeout = 30_000): Promise<void> {
  await page.evaluate('(window.__beforeReload = true)');
  await page.evaluate(`(${expression}, true)`);
  const until = Date.now() + timeout;
  for (;;) {
    const done = await page.evaluate("document.readyState === 'complete' && !window.__beforeReload").catch(() => false);
    if (done === true) return;
    if (Date.now() > until) throw new Error(`the page did not reload within ${timeout} ms of ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
