// The core side of the UI, in jsdom: when the chunk is fetched, from where, and what happens
// when it cannot load. jsdom fetches no scripts, so tests fire the script's load/error events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../../src/boot/context';
import { createCore } from '../../../src/boot/core';
import { uiFeature } from '../../../src/boot/ui-loader';

const chunkScripts = () => Array.from(document.querySelectorAll<HTMLScriptElement>('script[src*="consentry-ui"]'));
const fallback = () => document.querySelector('[data-consentry-ui]')?.shadowRoot ?? null;
const button = (name: string) =>
  Array.from(fallback()?.querySelectorAll('button') ?? []).find((b) => b.textContent === name && !b.closest('[hidden]'));

function loaderScript(nonce = ''): HTMLScriptElement {
  const s = document.createElement('script');
  s.src = 'https://cdn.shop.example/consentry/1.0/consentry.js';
  if (nonce) s.nonce = nonce;
  return s;
}

// Every core in this file shares one document: stop each one's listeners after its test.
const stops: Array<() => void> = [];
const tracked: Feature = (ctx) => void stops.push(uiFeature(ctx) ?? (() => {}));
/** What the cores of a test wrote through `CoreOptions.log` (the console in production). */
const logged: string[] = [];
const start = (config: unknown = {}, script = loaderScript()) =>
  createCore(config, { features: [tracked], script, log: (m) => logged.push(m) });

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  logged.length = 0;
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('uiFeature', () => {
  it('fetches the UI chunk next to consentry.js at once on a first visit', () => {
    start();
    expect(chunkScripts().map((s) => s.src)).toEqual(['https://cdn.shop.example/consentry/1.0/consentry-ui.js']);
  });

  it('fetches the chunk of the page language', () => {
    document.documentElement.lang = 'de-DE';
    start();
    expect(chunkScripts()[0]!.src).toBe('https://cdn.shop.example/consentry/1.0/consentry-ui.de.js');
  });

  it('gives the chunk the nonce of the script that loaded Consentry', () => {
    start({}, loaderScript('R4nd0m'));
    expect(chunkScripts()[0]!.nonce).toBe('R4nd0m');
  });

  it('fetches nothing for a returning shopper with valid consent', () => {
    start().acceptAll();
    document.head.innerHTML = '';
    start();
    expect(chunkScripts()).toEqual([]);
  });

  it('fetches the chunk when a returning shopper opens the preferences', () => {
    start().acceptAll();
    document.head.innerHTML = '';
    start().showPreferences();
    expect(chunkScripts()).toHaveLength(1);
  });

  it('asks a returning shopper about a vendor registered later', () => {
    start().acceptAll();
    document.head.innerHTML = '';
    const api = start();
    expect(chunkScripts()).toEqual([]);
    api.register({
      id: 'newcomer',
      name: 'Newcomer',
      company: 'Newcomer Ltd',
      category: 'analytics',
      hosts: ['newcomer.example'],
    } as never);
    expect(chunkScripts()).toHaveLength(1);
  });

  it('opens the preferences from any [data-consentry-open] element, also one added later', () => {
    start().acceptAll();
    document.head.innerHTML = '';
    start();
    const link = Object.assign(document.createElement('a'), { href: '#', textContent: 'Cookie settings' });
    link.setAttribute('data-consentry-open', '');
    document.body.append(link);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(chunkScripts()).toHaveLength(1);
  });

  it('shows a plain fallback with the three buttons when the chunk fails to load', async () => {
    start();
    chunkScripts()[0]!.dispatchEvent(new Event('error'));
    await vi.waitFor(() => expect(button('Accept all')).toBeTruthy());
    expect(button('Reject all')).toBeTruthy();
    expect(button('Manage preferences')).toBeTruthy();
  });

  it('shows the fallback when the chunk loads but never starts', async () => {
    start();
    chunkScripts()[0]!.dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(button('Reject all')).toBeTruthy());
  });

  it('says what to fix when the chunk fails', async () => {
    start();
    chunkScripts()[0]!.dispatchEvent(new Event('error'));
    await vi.waitFor(() => expect(logged).toContainEqual(expect.stringMatching(/^Consentry: .*consentry-ui\.js/)));
  });

  it('records a rejection made in the fallback', async () => {
    const api = start();
    chunkScripts()[0]!.dispatchEvent(new Event('error'));
    await vi.waitFor(() => expect(button('Reject all')).toBeTruthy());
    button('Reject all')!.click();
    expect(api.getConsent()?.categories.analytics).toEqual({ granted: false, method: 'banner' });
    expect(fallback()!.querySelector('[role=dialog]')!.hasAttribute('hidden')).toBe(true);
  });

  it('saves a custom choice from the fallback switches', async () => {
    const api = start();
    chunkScripts()[0]!.dispatchEvent(new Event('error'));
    await vi.waitFor(() => expect(button('Manage preferences')).toBeTruthy());
    button('Manage preferences')!.click();
    const analytics = Array.from(fallback()!.querySelectorAll('label')).find((l) => l.textContent?.includes('Analytics'))!;
    analytics.querySelector('input')!.click();
    button('Save preferences')!.click();
    expect(api.isAllowed('analytics')).toBe(true);
    expect(api.isAllowed('marketing')).toBe(false);
    expect(api.getConsent()?.categories.analytics?.method).toBe('preferences');
  });

  it('shows no fallback when only the cookie table needed the chunk', async () => {
    start().acceptAll();
    document.head.innerHTML = '';
    document.body.innerHTML = '<div data-consentry-cookie-table></div>';
    start();
    expect(chunkScripts()).toHaveLength(1);
    chunkScripts()[0]!.dispatchEvent(new Event('error'));
    await vi.waitFor(() => expect(logged.length).toBeGreaterThan(0));
    expect(fallback()).toBeNull();
  });
});
