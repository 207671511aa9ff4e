// The boot's side of the start-up sweep: whether a vendor that is not allowed left a cookie or a
// Web Storage key on this site. Only then does consentry-later.js come, after first paint, to
// delete them (src/later/sweep.ts): most page views have nothing to sweep and fetch nothing.
import type { ConsentryContext } from './context';
import type { VendorRules } from '../shared/types';
import { selected } from '../shared/patterns';
import { cookieNames, vendorCookies } from './cleanup/cookies';
import { storageOf } from './cleanup/storage';

/** The vendors among `vendors` that are not allowed and left something behind. */
export function leftBehind({ win, doc, isAllowed }: ConsentryContext, vendors: readonly VendorRules[]): VendorRules[] {
  const present = cookieNames(doc);
  const keys = (kind: 'local' | 'session') => {
    try {
      return Object.keys(storageOf(win, `${kind}Storage`)!);
    } catch {
      return [];
    }
  };
  const local = keys('local');
  const session = keys('session');
  return vendors.filter(
    (v) =>
      !isAllowed(v.id) &&
      (vendorCookies(v, present).length ||
        [local, session].some((names, i) =>
          names.some((n) => selected(n, v.storage?.[i ? 'session' : 'local'] ?? [], v.storage?.keep ?? [])),
        )),
  );
}
