// The boot's side of the start-up sweep: whether a vendor that is not allowed left a cookie or a
// Web Storage key on this site. Only then does consentry-later.js come, after first paint, to
// delete them (src/later/sweep.ts): most page views have nothing to sweep and fetch nothing.
import type { ConsentryContext } from './context';
import type { VendorRules } from '../shared/types';
import { cookieNames, vendorCookies } from './cleanup/cookies';
import { storageOf, vendorKeys } from './cleanup/storage';

/** The vendors among `vendors` that are not allowed and left something behind. */
export function leftBehind({ win, doc, isAllowed }: ConsentryContext, vendors: readonly VendorRules[]): VendorRules[] {
  const present = cookieNames(doc);
  const local = storageOf(win, 'localStorage');
  const session = storageOf(win, 'sessionStorage');
  return vendors.filter(
    (v) =>
      !isAllowed(v.id) &&
      (vendorCookies(v, present).length ||
        vendorKeys(local, v.storage?.local, v.storage?.keep).length ||
        vendorKeys(session, v.storage?.session, v.storage?.keep).length),
  );
}
