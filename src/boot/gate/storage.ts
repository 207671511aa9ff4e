// The storage gate: a vendor that is not allowed writes nothing on the shopper's device, even when
// its SDK is bundled into the site's own code and starts at load. Its cookies (document.cookie,
// cookieStore.set), Web Storage keys (setItem) and IndexedDB databases (open) are refused quietly,
// by the same catalog patterns the cleanup deletes by. Deletions always pass; so does every write
// no vendor's pattern names. A refused write is dropped, never replayed: the SDK decides again
// once it is allowed. `localStorage.x = ...` is not caught (it would take a Proxy in place of
// localStorage, which breaks `event.storageArea === localStorage`): a documented limit.
import type { ConsentryContext } from '../context';
import type { ConfiguredVendor, VendorRules } from '../../shared/types';
import { selected } from '../../shared/patterns';
import { cookiePatterns } from '../cleanup/cookies';
import { storageOf } from '../cleanup/storage';
import type { Gate } from './gate';

type Win = Window & typeof globalThis;
/** Which of a vendor's lists names a write: a cookie, a localStorage or sessionStorage key, a database. */
type Store = 'cookie' | 'local' | 'session' | 'indexedDB';

const patternsOf = (v: VendorRules, store: Store): readonly string[] =>
  store === 'cookie' ? cookiePatterns(v) : (v.storage?.[store] ?? []);

/** Whether a cookie string (`a=b; max-age=0`) removes its cookie rather than writing it. */
export const removes = (cookie: string): boolean => {
  let age: string | undefined;
  let exp: string | undefined;
  // Read as the browser reads it: attribute names in any case, spaces around `=`, the last of a
  // kind counts, a Max-Age that is not a number is ignored, and Max-Age wins over Expires wherever
  // it stands (`expires=<past>; max-age=<a year>` writes a cookie for a year).
  for (const [, maxAge, v] of cookie.matchAll(/;\s*(?:(max-age)|expires)\s*=\s*([^;]*)/gi))
    if (!maxAge) exp = v;
    else if (/^-?\d+\s*$/.test(v!)) age = v;
  return age != null ? +age <= 0 : exp != null && Date.parse(exp) <= Date.now();
};

export function guardStorage(w: Win, { wrap, debug }: Gate, ctx: ConsentryContext, allowed: (id: string) => boolean): void {
  const noted = new Set<string>();
  /** The vendor, not allowed, that owns `name` (the write is refused, and said so in the debug stream); else nothing. */
  const refused = (store: Store, name: string): ConfiguredVendor | false | undefined => {
    const vendors = ctx.vendors();
    // The record's own cookie is Consentry's, whatever a vendor's prefix also names (a site's
    // `_hj_consent` and Hotjar's `_hj*`): it passes without the vendors' look, so the re-write of
    // every returning visit, made after the gate is in place, costs nothing more.
    const v =
      name !== ctx.config.cookie.name && vendors.find((v) => !allowed(v.id) && selected(name, patternsOf(v, store), v.storage?.keep));
    if (v) {
      debug('blocked', v.id, `${store} ${name}`);
      // Only a prefix matched: the name may be the site's own, and the site should hear of it.
      if (!noted.has(name) && !vendors.some((o) => patternsOf(o, store).includes(name))) {
        noted.add(name);
        ctx.report(`${store} "${name}"`, 'prefix', v.id);
      }
    }
    return v;
  };
  wrap(
    w.Document.prototype,
    'cookie',
    (set) =>
      function (this: Document, cookie: string) {
        if (removes((cookie = String(cookie))) || !refused('cookie', cookie.split(/[=;]/)[0]!.trim())) set.call(this, cookie);
      },
  );
  wrap(
    w.Storage.prototype,
    'setItem',
    (setItem) =>
      function (this: Storage, key: string, value: string) {
        if (!refused(this === storageOf(w, 'sessionStorage') ? 'session' : 'local', String(key))) return setItem.call(this, key, value);
      },
  );
  // cookieStore is Chromium's; jsdom has no IndexedDB: an absent API is left absent.
  const { CookieStore, IDBFactory } = w as { CookieStore?: { prototype: object }; IDBFactory?: { prototype: object } };
  if (CookieStore)
    wrap(
      CookieStore.prototype,
      'set',
      (set) =>
        function (this: object, a: string | { name: string; expires?: number | null }) {
          const { name, expires } = typeof a === 'object' ? a : { name: a, expires: null };
          // eslint-disable-next-line prefer-rest-params
          return (expires ?? 1 / 0) <= Date.now() || !refused('cookie', String(name)) ? set.apply(this, arguments) : Promise.resolve();
        },
    );
  if (IDBFactory)
    wrap(
      IDBFactory.prototype,
      'open',
      (open) =>
        function (this: IDBFactory, name: string) {
          // eslint-disable-next-line prefer-rest-params
          if (!refused('indexedDB', String(name))) return open.apply(this, arguments);
          // As a browser without storage answers: a request that fails, after the caller set its handlers.
          // biome-ignore lint/suspicious/noExplicitAny: a stand-in IDBOpenDBRequest, whose handlers the page assigns by name
          const req = Object.assign(new w.EventTarget(), { readyState: 'pending' }) as EventTarget & Record<string, any>;
          setTimeout(() => {
            const e = new w.Event('error');
            Object.assign(req, { readyState: 'done', error: new w.DOMException('Refused until consent', 'UnknownError') }).dispatchEvent(e);
            req.onerror?.(e);
          });
          return req;
        },
    );
}
