// The npm entry: importing starts nothing, and createConsentry() leaves window alone (only the
// script-tag build sets window.Consentry), so a site can hold the API where it likes.
import { describe, expect, it } from 'vitest';

describe('the npm entry', () => {
  it('adds nothing to window on import or on createConsentry()', async () => {
    const before = new Set(Object.getOwnPropertyNames(window));
    const { createConsentry } = await import('../../src/index');
    const api = createConsentry({});
    const added = Object.getOwnPropertyNames(window).filter((k) => !before.has(k));
    expect(added).toEqual([]);
    expect('Consentry' in window).toBe(false);
    expect(typeof api.acceptAll).toBe('function');
  });

  it('sets no cookie until the shopper chooses', async () => {
    const { createConsentry } = await import('../../src/index');
    createConsentry({});
    expect(document.cookie).not.toMatch(/(^|; )consentry=/);
  });
});
