// Other tabs without BroadcastChannel (removed here, as in Safari before 15.4): a choice is
// announced through the storage event and leaves nothing in localStorage; a tab that hears the
// event re-reads the cookie.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, printed, startCore } from '../../../src/boot/core';
import { tabSyncFeature } from '../../../src/boot/tab-sync';
import { catalog } from '../fixtures';

beforeEach(() => vi.stubGlobal('BroadcastChannel', undefined));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  localStorage.clear();
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

const start = () => createCore({ vendors: ['stats'] }, { catalog, features: [tabSyncFeature], log: () => {} });

describe('tabs without BroadcastChannel', () => {
  it('announces a choice through localStorage without leaving a key behind', () => {
    const keys: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      keys.push(k);
      setItem.call(this, k, v);
    };
    try {
      start().acceptAll();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(keys).toEqual(['consentry:consentry']);
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('re-reads the cookie when the storage event of that key arrives from another tab', () => {
    const here = start();
    const changes: unknown[] = [];
    here.on('change', (r) => changes.push(r));
    // Another tab writes the cookie; this tab only hears the event.
    start().acceptAll();
    expect(here.isAllowed('stats')).toBe(false);
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentry:consentry', newValue: '1' }));
    expect(here.isAllowed('stats')).toBe(true);
    expect(changes).toHaveLength(1);
  });

  it('reads the cookie again a moment later, when the event outran the cookie change it announces', () => {
    vi.useFakeTimers();
    const here = start();
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentry:consentry', newValue: '1' }));
    start().acceptAll();
    expect(here.isAllowed('stats')).toBe(false);
    vi.advanceTimersByTime(99);
    expect(here.isAllowed('stats')).toBe(true);
  });

  it('reads nothing more once stopped (destroy()), not even the second read already planned', () => {
    vi.useFakeTimers();
    const here = startCore({ vendors: ['stats'] }, { catalog, features: [tabSyncFeature], problems: printed(() => {}) });
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentry:consentry', newValue: '1' }));
    here.stop();
    start().acceptAll();
    vi.advanceTimersByTime(99);
    expect(here.api.isAllowed('stats')).toBe(false);
  });
});
