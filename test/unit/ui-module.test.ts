// The npm entry wires the UI as a dynamic import: createConsentry() on a first visit shows the
// banner in the page's language, without any <script> chunk.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentry } from '../../src/index';
import { youtube } from '../../vendors';

const dialogName = () => {
  const root = document.querySelector('[data-consentry-ui]')?.shadowRoot;
  return root?.querySelector('#cy-title')?.textContent ?? null;
};

// One Consentry per window: each test gives its instance back, so the next one starts afresh.
let running: { destroy(): void } | undefined;
afterEach(() => {
  running?.destroy();
  document.body.innerHTML = '';
  document.documentElement.lang = '';
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
});
