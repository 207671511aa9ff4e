// The demo's panel (and any site's debug tooling) loads after consentry.js; the documented
// `debugLog()` lets it replay what happened before it was listening.
import { beforeEach, describe, expect, it } from 'vitest';
import Cookies from 'js-cookie';
import { createCore } from '../../src/boot/core';
import type { Feature } from '../../src/boot/context';
import { debugStreamFeature } from '../../src/later/debug-stream';
import { catalog } from './fixtures';

const config = { vendors: ['stats', 'ads'], debug: true };
/** A feature that reports a decision while Consentry starts, before any page script could listen. */
const early: Feature = (ctx) => ctx.debug({ action: 'held', vendor: 'ads', detail: 'script' });

beforeEach(() => {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
});

describe('debugLog()', () => {
  it('keeps entries emitted before anyone listened, oldest first', () => {
    const c = createCore(config, { catalog, features: [early], log: () => {} });
    c.acceptAll();
    expect(c.debugLog()).toEqual([
      { action: 'held', vendor: 'ads', detail: 'script' },
      { action: 'choice', detail: 'api' },
    ]);
  });

  it('dispatches each entry as a consentry:debug event on document as well', () => {
    const seen: unknown[] = [];
    const listen = (e: Event) => seen.push((e as CustomEvent).detail);
    document.addEventListener('consentry:debug', listen);
    const c = createCore(config, { catalog, features: [debugStreamFeature], log: () => {} });
    c.rejectAll();
    document.removeEventListener('consentry:debug', listen);
    expect(seen).toEqual(c.debugLog());
    expect(seen).toEqual([{ action: 'choice', detail: 'api' }]);
  });

  it('dispatches entries made before the stream started first, in order (the script tag loads it after first paint)', () => {
    const seen: unknown[] = [];
    const listen = (e: Event) => seen.push((e as CustomEvent).detail);
    document.addEventListener('consentry:debug', listen);
    const c = createCore(config, { catalog, features: [early, debugStreamFeature], log: () => {} });
    c.rejectAll();
    document.removeEventListener('consentry:debug', listen);
    expect(seen).toEqual([
      { action: 'held', vendor: 'ads', detail: 'script' },
      { action: 'choice', detail: 'api' },
    ]);
  });

  it('is empty and emits nothing without debug: true', () => {
    const seen: unknown[] = [];
    const listen = (e: Event) => seen.push(e);
    document.addEventListener('consentry:debug', listen);
    const c = createCore({ vendors: ['stats'] }, { catalog, features: [early, debugStreamFeature], log: () => {} });
    c.acceptAll();
    document.removeEventListener('consentry:debug', listen);
    expect(c.debugLog()).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('returns a copy, so a caller cannot rewrite the history', () => {
    const c = createCore(config, { catalog, log: () => {} });
    c.acceptAll();
    (c.debugLog() as unknown[]).length = 0;
    expect(c.debugLog()).toHaveLength(1);
  });
});
