// The UI wired to a real core in jsdom: what the shopper's clicks record, where focus goes,
// and what the page's hooks do. Queries look inside the shadow root, where the UI lives.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsentryContext, Feature } from '../../../src/boot/context';
import { createCore } from '../../../src/boot/core';
import type { ConsentryApi } from '../../../src/shared/types';
import { mountUiIn } from '../../../src/ui/mount';
import { startPrefsIn } from '../../../src/ui/prefs';
import { bannerEnGB, enGB, prefsEnGB } from '../../../src/ui/text-en-gb';
import { uiFeatureWith } from '../../../src/boot/ui-loader';
import { doubleclick, hotjar, mixpanel } from '../../../vendors';

const vendors = [mixpanel, hotjar, doubleclick];

const stops: Array<() => void> = [];
let shown: string | null = null;
// The preferences part handed over at once, as the npm build does (the script tag fetches it: test/browser).
const ui = uiFeatureWith(async () => mountUiIn({ lang: 'en-GB', text: bannerEnGB }, () => startPrefsIn(prefsEnGB)));
const features: Feature[] = [
  (ctx: ConsentryContext) => {
    stops.push(ui(ctx) ?? (() => {}));
    stops.push(() => (shown = ctx.shownText()));
  },
];
const start = (config: object = {}): ConsentryApi => createCore({ vendors, policyUrl: '/cookies', ...config }, { features, log: () => {} });

const root = () => document.querySelector('[data-consentry-ui]')?.shadowRoot ?? null;
const bannerEl = () => root()?.querySelector<HTMLElement>('[aria-labelledby="cy-title"]') ?? null;
const dialogEl = () => root()?.querySelector<HTMLElement>('[aria-labelledby="cy-prefs"]') ?? null;
const visible = (el: Element | null | undefined) => !!el && !el.closest('[hidden]');
/** A button shown in `el`, its own or slotted in from the page (the banner's answers). */
const inside = (el: Element | null, name: string) =>
  Array.from(el?.querySelectorAll<HTMLElement>('button, slot') ?? [])
    .flatMap((b) => (b instanceof HTMLSlotElement ? (b.assignedElements() as HTMLElement[]) : [b]))
    .find((b) => b.textContent === name)!;
const switchFor = (name: string) =>
  Array.from(dialogEl()!.querySelectorAll('label'))
    .find((l) => l.textContent === name)!
    .querySelector('input')!;
const active = () => root()?.activeElement ?? document.activeElement;
const bannerShown = () => vi.waitFor(() => expect(visible(bannerEl())).toBe(true));

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  document.body.innerHTML = '';
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('the mounted UI', () => {
  it('shows the banner in an open shadow root, first in the body', async () => {
    document.body.innerHTML = '<a href="/">Home</a>';
    start();
    await bannerShown();
    expect(document.body.firstElementChild!.hasAttribute('data-consentry-ui')).toBe(true);
  });

  it('does not move focus to the non-modal banner', async () => {
    start();
    await bannerShown();
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus into the banner with layout "modal"', async () => {
    start({ layout: 'modal' });
    await bannerShown();
    expect(active()).toBe(bannerEl());
  });

  it('reports the first-layer text it showed', async () => {
    start();
    await bannerShown();
    stops.splice(0).forEach((stop) => stop());
    expect(shown).toContain('Reject all');
    expect(shown).toContain(enGB.body);
  });

  it('records "Accept all" from the banner as a banner choice and hides', async () => {
    const api = start();
    await bannerShown();
    inside(bannerEl(), 'Accept all').click();
    expect(api.getConsent()?.categories.marketing).toEqual({ granted: true, method: 'banner' });
    expect(visible(bannerEl())).toBe(false);
  });

  it('hides the banner when consent arrives from elsewhere', async () => {
    const api = start();
    await bannerShown();
    api.rejectAll();
    expect(visible(bannerEl())).toBe(false);
  });

  it('opens the preferences from the banner with focus inside, hiding the banner', async () => {
    start();
    await bannerShown();
    inside(bannerEl(), 'Manage preferences').click();
    expect(active()).toBe(dialogEl());
    expect(visible(bannerEl())).toBe(false);
  });

  it('returns focus to "Manage preferences" on Close', async () => {
    start();
    await bannerShown();
    const manage = inside(bannerEl(), 'Manage preferences');
    manage.click();
    inside(dialogEl(), 'Close').click();
    expect(dialogEl()).toBeNull();
    expect(active()).toBe(manage);
  });

  it('saves the switches as they stand', async () => {
    const api = start();
    await bannerShown();
    inside(bannerEl(), 'Manage preferences').click();
    switchFor('Analytics').click();
    switchFor('Hotjar').click();
    inside(dialogEl(), 'Save preferences').click();
    expect(['analytics', 'mixpanel', 'hotjar', 'marketing'].map((id) => api.isAllowed(id))).toEqual([true, true, false, false]);
    expect(api.getConsent()?.categories.analytics?.method).toBe('preferences');
  });

  it('opens from a "Cookie settings" link and gives focus back to it', async () => {
    start().acceptAll();
    start();
    document.body.insertAdjacentHTML('beforeend', '<footer><a href="#" data-consentry-open>Cookie settings</a></footer>');
    const link = document.querySelector<HTMLElement>('[data-consentry-open]')!;
    link.focus();
    link.click();
    await vi.waitFor(() => expect(dialogEl()).not.toBeNull());
    expect(switchFor('Marketing').checked).toBe(true);
    dialogEl()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialogEl()).toBeNull();
    expect(document.activeElement).toBe(link);
  });

  it('fills the cookie declaration, Mixpanel included', async () => {
    document.body.innerHTML = '<div data-consentry-cookie-table></div>';
    start();
    await vi.waitFor(() => expect(document.querySelector('[data-consentry-cookie-table] table')).not.toBeNull());
    const row = Array.from(document.querySelectorAll('[data-consentry-cookie-table] tr')).find((r) => r.textContent?.startsWith('mp_*'));
    expect(row?.textContent).toContain(mixpanel.company);
  });
});
