// Deleting what one vendor left on this site: its first-party cookies, Web Storage keys and,
// when asked, its IndexedDB databases. The start-up sweep and withdrawal both come here.
import type { ConsentryContext } from '../../boot/context';
import type { VendorRules } from '../../shared/types';
import { cookieNames, vendorCookies } from '../../boot/cleanup/cookies';
import { storageOf } from '../../boot/cleanup/storage';
import { cookieDomains, deleteCookies, registrableDomain } from './cookies';
import { clearKeys, deleteDatabases } from './storage';

export type Clean = (vendor: VendorRules, withDatabases: boolean, present?: readonly string[]) => string;

/** Returns a cleaner for this page; each call says what it removed, for the debug stream. */
export function cleaner({ win, doc }: ConsentryContext): Clean {
  const loc = win.location;
  // Found once, on the first cookie to delete: it costs a cookie write per parent domain.
  let registrable: string | undefined;
  return (vendor, withDatabases, present = cookieNames(doc)) => {
    const keep = vendor.storage?.keep ?? [];
    const cookies = vendorCookies(vendor, present);
    if (cookies.length) {
      registrable ??= registrableDomain(doc, loc.hostname);
      deleteCookies(doc, loc, cookies, cookieDomains(loc.hostname, registrable));
    }
    return [
      ...cookies,
      ...clearKeys(storageOf(win, 'localStorage'), vendor.storage?.local ?? [], keep),
      ...clearKeys(storageOf(win, 'sessionStorage'), vendor.storage?.session ?? [], keep),
      ...(withDatabases ? deleteDatabases(win, vendor.storage?.indexedDB ?? []) : []),
    ].join(' ');
  };
}
