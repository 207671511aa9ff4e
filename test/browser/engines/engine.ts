// One specification, several engines: a scenario drives a page through this small interface and
// asserts on its network log, so the same scenario module runs in Chromium (playwright-core),
// Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (classic WebDriver over HTTP).
import type { NetworkLog } from '../harness';

export type EngineName = 'Chromium' | 'Firefox ESR' | 'WebKitGTK';

export interface EnginePage {
  /**
   * Evaluates a JavaScript expression in the page and resolves with its value (a promise is
   * awaited). The value must survive JSON: every driver carries it that way.
   */
  evaluate(expression: string): Promise<unknown>;
  /** Every request this page (and its frames) made since it was opened. */
  readonly log: NetworkLog;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** The browser's own version string, as the driver reports it. */
  readonly version: string;
  /** A page with no cookies or storage from earlier scenarios, `url` loaded (its load event fired). */
  open(url: string): Promise<EnginePage>;
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
