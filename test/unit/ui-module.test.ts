// The npm entry wires the UI as a dynamic import: createConsentry() on a first visit shows the
// banner in the page's language, without any <script> chunk.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from '../../src/index';
import { youtube } from '../../vendors';
import { stubResizeObserver } from './jsdom-gaps';

/** The text of the click-to-load box drawn for the held iframe (its host sits just before it). */
const placeholderText = () =>
  Array.from(document.querySelectorAll('[data-consentry-ui]'))
    .map((h) => h.shadowRoot?.querySelector('.p')?.textContent)
    .find(Boolean) ?? null;

/** A held YouTube player as a shop writes it; jsdom lays nothing out, so it is given the size a browser would. */
const heldVideo = () => {
  document.body.innerHTML =
    '<iframe title="Camera review" width="560" height="315" data-consentry="youtube" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>';
  const f = document.querySelector('iframe')!;
  Object.defineProperties(f, { offsetWidth: { get: () => 560 }, offsetHeight: { get: () => 315 } });
};

const dialogName = () => {
  const root = document.querySelector('[data-consentry-ui]')?.shadowRoot;
  return root?.querySelector('#cy-title')?.textContent ?? null;
};

beforeEach(stubResizeObserver);

// One Consentry per window: each test gives its instance back, which takes its UI off the page
// and stops its watchers, so the next one starts afresh and no earlier one draws a box in it.
let running: { destroy(): void } | undefined;
afterEach(async () => {
  running?.destroy();
  running = undefined;
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  // A scan the placeholders queued for the next frame runs now, on the empty page, not on the next test's.
  await new Promise((done) => requestAnimationFrame(done));
});

describe('createConsentry()', () => {
  it('shows the banner through a dynamic import, not a script chunk', async () => {
    running = createConsentry({});
    await vi.waitFor(() => expect(dialogName()).toBe('Cookies on this site'));
    expect(document.querySelector('script[src*="consentry-ui"]')).toBeNull();
  });

  it('loads the German table on a German page', async () => {
    document.documentElement.lang = 'de';
    running = createConsentry({});
    await vi.waitFor(() => expect(dialogName()).toBe('Cookies auf dieser Website'));
  });

  it("declares an embed's storage on its own origin in the page's language", async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = '<div data-consentry-cookie-table></div>';
    running = createConsentry({ vendors: [youtube] });
    // The French pack's first import: on a loaded machine it can take longer than vitest's 1 s.
    await vi.waitFor(() => expect(document.querySelector('[data-consentry-cookie-table] table')).not.toBeNull(), { timeout: 10_000 });
    const row = Array.from(document.querySelectorAll('[data-consentry-cookie-table] tr')).find(
      (r) => r.querySelector('th')?.textContent === 'yt-remote-device-id (localStorage)',
    );
    expect(Array.from(row?.querySelectorAll('th, td') ?? []).map((c) => c.textContent)).toEqual([
      'yt-remote-device-id (localStorage)',
      'Google',
      'Donne à ce navigateur un identifiant pour lire des vidéos sur un téléviseur.',
      '1 an',
      'Tierce partie',
    ]);
  });

  describe('on a page with a held video', () => {
    // The purpose is the catalog's English in vendors/youtube.ts, looked up in the page's language pack.
    it.each([
      ['fr', 'Lit des vidéos YouTube dans nos pages\u00a0; Google apprend que vous les avez regardées.'],
      ['de', 'Spielt Videos von YouTube auf unseren Seiten ab; Google erfährt, dass Sie sie angesehen haben.'],
    ])("says in a held YouTube video's placeholder what loading it means, in the page's language (%s)", async (lang, purpose) => {
      document.documentElement.lang = lang;
      heldVideo();
      running = createConsentry({ vendors: [youtube] });
      await vi.waitFor(() => expect(placeholderText()).not.toBeNull(), { timeout: 10_000 });
      expect(placeholderText()).toContain(purpose);
    });
  });

  describe('destroy()', () => {
    it('takes the banner off the page', async () => {
      running = createConsentry({});
      await vi.waitFor(() => expect(dialogName()).toBe('Cookies on this site'));
      running.destroy();
      running = undefined;
      await vi.waitFor(() => expect(document.querySelector('[data-consentry-ui]')).toBeNull());
    });

    it('leaves a "Cookie settings" link a plain link again: a click opens nothing', async () => {
      document.body.innerHTML = '<a href="#cookies" data-consentry-open>Cookie settings</a>';
      running = createConsentry({});
      await vi.waitFor(() => expect(dialogName()).toBe('Cookies on this site'));
      running.destroy();
      running = undefined;
      await vi.waitFor(() => expect(document.querySelector('[data-consentry-ui]')).toBeNull());
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      document.querySelector('a')!.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(false);
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
      expect(document.querySelector('[data-consentry-ui]')).toBeNull();
    });

    it('stops drawing placeholders, a scan already queued included: a held video added afterwards gets no box', async () => {
      heldVideo();
      running = createConsentry({ vendors: [youtube] });
      await vi.waitFor(() => expect(placeholderText()).not.toBeNull(), { timeout: 10_000 });
      // A change the watcher has seen (its callback is a microtask) and will scan on the next frame.
      document.body.append(document.createElement('p'));
      await Promise.resolve();
      running.destroy();
      running = undefined;
      await vi.waitFor(() => expect(document.querySelector('[data-consentry-ui]')).toBeNull());
      heldVideo();
      // Two frames: the watcher's scan is queued for the next one, and would have drawn by the second.
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
      expect(document.querySelector('[data-consentry-ui]')).toBeNull();
    });
  });
});
