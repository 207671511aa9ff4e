// The storage gate wired into the core, in jsdom: which writes reach document.cookie, Web Storage,
// cookieStore and indexedDB. The real SDKs against it run in Chromium (test/browser/sdk-*.test.ts).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../../src/boot/core';
import { gateModuleFeature } from '../../../../src/boot/gate';
import type { ConsentryApi, Vendor } from '../../../../src/shared/types';
import { catalog } from '../../fixtures';

// jsdom has neither cookieStore nor IndexedDB: stand-ins that record what reached them.
const reached: string[] = [];
class CookieStore {
  set(a: string | { name: string }) {
    reached.push(`cookieStore ${typeof a === 'string' ? a : a.name}`);
    return Promise.resolve();
  }
}
class IDBFactory {
  open(name: string) {
    reached.push(`open ${name}`);
    return new EventTarget();
  }
}
Object.assign(window, { CookieStore, IDBFactory });
const cookieStore = new CookieStore();
const idb = new IDBFactory();

const track: Vendor = {
  ...catalog.stats!,
  id: 'track',
  cookies: [
    { name: 'tr_id', party: 'first', lifetime: '1 year', purpose: 'test' },
    { name: 'tr_', prefix: true, party: 'first', lifetime: '1 year', purpose: 'test' },
  ],
  storage: { local: ['trq_*', 'tr_state'], session: ['tr_tab_*'], indexedDB: ['trackDb'], keep: ['trq_optout*'] },
};
/** A vendor whose cookie prefix also names the record's own cookie, `consentry`. */
const pixel: Vendor = {
  ...catalog.ads!,
  id: 'pixel',
  cookies: [{ name: 'consent', prefix: true, party: 'first', lifetime: '1 year', purpose: 'test' }],
};
const logged: string[] = [];
let c: ConsentryApi;

beforeAll(() => {
  // Patches are per window, once: one gate for this file, its decisions reset before each test.
  c = createCore(
    { vendors: ['track', 'ads', 'pixel'], debug: true },
    { catalog: { ...catalog, track, pixel }, features: [gateModuleFeature], log: (m) => logged.push(m) },
  );
});
beforeEach(() => c.reset());
afterEach(() => {
  for (const n of document.cookie
    .split(';')
    .map((p) => p.split('=')[0]!.trim())
    .filter(Boolean))
    document.cookie = `${n}=; max-age=0`;
  localStorage.clear();
  sessionStorage.clear();
  reached.length = 0;
  logged.length = 0;
});

const cookie = (name: string) => document.cookie.split('; ').some((p) => p.startsWith(`${name}=`));

describe('the storage gate', () => {
  it('refuses a cookie a vendor that is not allowed names exactly, without an exception', () => {
    expect(() => (document.cookie = 'tr_id=1; path=/')).not.toThrow();
    expect(cookie('tr_id')).toBe(false);
  });

  it('refuses a cookie that starts with a vendor prefix', () => {
    document.cookie = 'tr_abc_session=1; path=/';
    expect(cookie('tr_abc_session')).toBe(false);
  });

  it("stores the record's own cookie although a held vendor's prefix names it", () => {
    c.rejectAll();
    expect(cookie('consentry')).toBe(true);
  });

  it('lets through a site cookie that no vendor pattern names', () => {
    document.cookie = 'basket=3; path=/';
    expect(cookie('basket')).toBe(true);
  });

  it('lets a deletion of a vendor cookie through', () => {
    c.setConsent({ track: true });
    document.cookie = 'tr_id=1; path=/';
    c.setConsent({ track: false });
    document.cookie = 'tr_id=; max-age=0; path=/';
    expect(cookie('tr_id')).toBe(false);
  });

  it('lets a deletion by a past expiry date through', () => {
    c.setConsent({ track: true });
    document.cookie = 'tr_id=1; path=/';
    c.setConsent({ track: false });
    document.cookie = 'tr_id=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    expect(cookie('tr_id')).toBe(false);
  });

  it('refuses a vendor cookie with a past Expires and a later Max-Age, which the browser keeps for the Max-Age', () => {
    document.cookie = 'tr_id=1; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=31536000; path=/';
    expect(cookie('tr_id')).toBe(false);
  });

  it('lets a deletion through whose Max-Age has spaces around "=" or another case', () => {
    for (const deletion of ['tr_id=; max-age = 0; path=/', 'tr_id=; Max-Age=0; path=/']) {
      c.setConsent({ track: true });
      document.cookie = 'tr_id=1; path=/';
      c.setConsent({ track: false });
      document.cookie = deletion;
      expect(cookie('tr_id')).toBe(false);
    }
  });

  it('lets every write of an allowed vendor through', () => {
    c.setConsent({ track: true });
    document.cookie = 'tr_id=1; path=/';
    localStorage.setItem('trq_1', 'e');
    sessionStorage.setItem('tr_tab_1', 't');
    void cookieStore.set('tr_id');
    idb.open('trackDb');
    expect([cookie('tr_id'), localStorage.getItem('trq_1'), sessionStorage.getItem('tr_tab_1')]).toEqual([true, 'e', 't']);
    expect(reached).toEqual(['cookieStore tr_id', 'open trackDb']);
  });

  it('turns off for a vendor once it is allowed', () => {
    localStorage.setItem('tr_state', 'before');
    c.setConsent({ track: true });
    localStorage.setItem('tr_state', 'after');
    expect(localStorage.getItem('tr_state')).toBe('after');
  });

  it('refuses localStorage keys by name and by prefix', () => {
    localStorage.setItem('tr_state', '1');
    localStorage.setItem('trq_token_ev', '[]');
    expect([localStorage.getItem('tr_state'), localStorage.getItem('trq_token_ev')]).toEqual([null, null]);
  });

  it('refuses sessionStorage keys by the vendor session list, not its localStorage list', () => {
    sessionStorage.setItem('tr_tab_9', '1');
    sessionStorage.setItem('tr_state', '1');
    expect([sessionStorage.getItem('tr_tab_9'), sessionStorage.getItem('tr_state')]).toEqual([null, '1']);
  });

  it('lets through a key the vendor keeps on purpose (its opt-out flag)', () => {
    localStorage.setItem('trq_optout_token', '0');
    expect(localStorage.getItem('trq_optout_token')).toBe('0');
  });

  it('refuses cookieStore.set of a vendor cookie, by name and as an object, resolving quietly', async () => {
    await expect(cookieStore.set('tr_id')).resolves.toBeUndefined();
    await cookieStore.set({ name: 'tr_abc' });
    void cookieStore.set('basket');
    expect(reached).toEqual(['cookieStore basket']);
  });

  it('lets cookieStore.set with a past expiry through, since it deletes', () => {
    void cookieStore.set({ name: 'tr_id', expires: 0 } as { name: string });
    expect(reached).toEqual(['cookieStore tr_id']);
  });

  it('fails an indexedDB.open of a vendor database with an error event, as a browser without storage does', async () => {
    const req = idb.open('trackDb') as unknown as IDBOpenDBRequest;
    const failed = await new Promise<Event>((resolve) => (req.onerror = resolve));
    expect([failed.type, req.error?.name, reached]).toEqual(['error', 'UnknownError', []]);
  });

  it('lets indexedDB.open of a database no vendor names through', () => {
    idb.open('shopDb');
    expect(reached).toEqual(['open shopDb']);
  });

  it('logs each refused write as blocked, with the vendor', () => {
    localStorage.setItem('tr_state', 'logged');
    expect(c.debugLog()).toContainEqual(expect.objectContaining({ action: 'blocked', vendor: 'track', detail: 'local tr_state' }));
  });

  it('says once on the console, with the name, when only a prefix refused a write', () => {
    document.cookie = 'tr_basket=1';
    document.cookie = 'tr_basket=2';
    document.cookie = 'tr_id=1';
    expect(logged).toEqual([expect.stringContaining('"tr_basket"')]);
  });

  it('does not replay a refused write once the vendor is allowed', async () => {
    localStorage.setItem('tr_state', '1');
    c.setConsent({ track: true });
    await vi.waitFor(() => Promise.resolve());
    expect(localStorage.getItem('tr_state')).toBeNull();
  });
});
