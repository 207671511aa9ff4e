// Platform APIs Consentry leans on can throw: privacy-signal getters patched by an extension,
// crypto missing in an old engine, BroadcastChannel refused in a sandbox. None of that may stop
// the core from starting, and none of it may grant anything.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allowedOptional, core, fakeCookieJar, resetSignals } from '../hardening-support';

let jar: ReturnType<typeof fakeCookieJar>;
const restore: Array<() => void> = [];

function breakProperty(target: object, key: string): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, {
    configurable: true,
    get: () => {
      throw new Error(`${key} is broken`);
    },
  });
  restore.push(() => (own ? Object.defineProperty(target, key, own) : delete (target as Record<string, unknown>)[key]));
}

beforeEach(() => {
  resetSignals();
  jar = fakeCookieJar();
});
afterEach(() => {
  restore
    .splice(0)
    .reverse()
    .forEach((r) => r());
  jar.restore();
  vi.restoreAllMocks();
});

describe('throwing dependencies', () => {
  it.each(['doNotTrack', 'globalPrivacyControl'])('starts, asks, and grants nothing when navigator.%s throws', (key) => {
    breakProperty(navigator, key);
    const c = core({ vendors: ['stats'] });
    expect(allowedOptional(c)).toEqual([]);
    c.acceptAll();
    expect(c.isAllowed('stats')).toBe(true);
  });

  it('starts when crypto.getRandomValues throws, even under Do Not Track where it records a refusal at once', () => {
    Object.defineProperty(navigator, 'doNotTrack', { value: '1', configurable: true });
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(() => {
      throw new Error('no entropy');
    });
    const c = core({ vendors: ['stats'] });
    expect(allowedOptional(c)).toEqual([]);
  });

  it('still records a choice when crypto.getRandomValues throws, so the shopper is not stuck behind the banner', () => {
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(() => {
      throw new Error('no entropy');
    });
    const c = core({ vendors: ['stats'] });
    c.rejectAll();
    expect(c.getConsent()?.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('starts when BroadcastChannel throws', () => {
    vi.stubGlobal('BroadcastChannel', function broken() {
      throw new Error('refused');
    });
    restore.push(() => vi.unstubAllGlobals());
    const c = core({});
    c.acceptAll();
    expect(c.isAllowed('analytics')).toBe(true);
  });
});
