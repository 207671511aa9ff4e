// Shared steps for the UI's Chromium tests: a shop page with the UI's vendors, and ways to ask
// about what lives inside the UI's shadow root (Playwright's role locators pierce open roots).
import axe from 'axe-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { recordNetwork, shopPage, type NetworkLog, type TestServer } from './harness';
import { hotjar, mixpanel } from '../../vendors';

/** Two catalog vendors as whole definitions (as a bundler site passes them), and one the site defines. */
export const UI_VENDORS = [
  mixpanel,
  hotjar,
  {
    id: 'freshrelevance',
    name: 'Fresh Relevance',
    company: 'Fresh Relevance Ltd',
    category: 'marketing',
    purpose: 'Promotions and basket reminders.',
    hosts: ['freshrelevance.com'],
    cookies: [{ name: 'tms_VisitorID', party: 'first', lifetime: '2 years', purpose: 'Recognises a returning visitor for offers.' }],
    policyUrl: 'https://www.freshrelevance.com/cookies-policy',
    leavesUkEea: true,
  },
];

export const UI_CONFIG = { vendors: UI_VENDORS, policyUrl: '/cookies.html' };

/** A shop page with some content below the fold, so a shift or an overlap would show. */
export function uiShopPage(options: { config?: object; head?: string; body?: string; lang?: string } = {}): string {
  const filler = Array.from({ length: 12 }, (_, i) => `<p>Camera ${i + 1}: a fine camera for every shopper.</p>`).join('');
  const html = shopPage({ config: { ...UI_CONFIG, ...options.config }, head: options.head, body: filler + (options.body ?? '') });
  return options.lang ? html.replace('<html lang="en-GB">', `<html lang="${options.lang}">`) : html;
}

export interface Shop {
  page: Page;
  net: NetworkLog;
  close(): Promise<void>;
}

export async function openShop(browser: Browser, server: TestServer, path: string, options: BrowserContextOptions = {}): Promise<Shop> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const net = await recordNetwork(context);
  const page = await context.newPage();
  await page.goto(server.url(path));
  return { page, net, close: () => context.close() };
}

export const banner = (page: Page) => page.getByRole('dialog', { name: 'Cookies on this site' });
export const preferences = (page: Page) => page.getByRole('dialog', { name: 'Cookie preferences' });

/**
 * One of the banner's three answers, shown. They are the page's own buttons on the UI's host,
 * slotted into the banner, so a locator scoped to the dialog's DOM subtree cannot see them.
 */
export const answer = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).and(page.locator('[data-consentry-ui] > button[slot]'));

/** Describes the focused element, looking through open shadow roots. */
export function focused(page: Page): Promise<{ name: string; inDialog: string | null; tag: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    // The dialog it shows in, up the flat tree: the banner's answers are slotted in from the page.
    let dialog: Element | null = null;
    for (let n: Node | null = el; n && !dialog; n = (n as Element).assignedSlot ?? n.parentNode ?? (n as ShadowRoot).host ?? null)
      if (n instanceof Element && n.getAttribute('role') === 'dialog') dialog = n;
    const name = el?.getAttribute('aria-label') || (el?.closest('label') ?? el)?.textContent?.trim() || '';
    return { name, tag: el?.tagName.toLowerCase() ?? '', inDialog: dialog ? (dialog.getAttribute('aria-labelledby') ?? '') : null };
  });
}

/** Presses Tab (or Shift+Tab) until the control named `name` has focus; fails if it never does. */
export async function tabTo(page: Page, name: string, shift = false, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    if ((await focused(page)).name === name) return;
  }
  throw new Error(`"${name}" never got focus after ${limit} presses of ${shift ? 'Shift+' : ''}Tab`);
}

/** The record without what differs between two identical answers: id, time and how it was given. */
export async function answers(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const r = window.Consentry!.getConsent();
    if (!r) return null;
    const categories = Object.fromEntries(Object.entries(r.categories).map(([k, v]) => [k, v.granted]));
    return {
      version: r.version,
      revision: r.revision,
      categories,
      vendors: r.vendors,
      seen: [...r.seenVendors].sort(),
      signals: r.signals,
    };
  });
}

/** Resolves once the UI's entrance animations (if any) have finished. */
export function settled(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const root = document.querySelector('[data-consentry-ui]')?.shadowRoot;
    await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** axe-core's WCAG 2.2 A and AA violations on the page as it is now, looking into the UI's shadow root. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Once per page: axe-core is half a megabyte to parse.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    // A target that is an array of selectors is a node inside a shadow root: ours were checked.
    const inShadow = result.passes.flatMap((r) => r.nodes).filter((n) => Array.isArray(n.target[0])).length;
    if (inShadow === 0) return ['axe checked nothing inside the shadow root'];
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}
