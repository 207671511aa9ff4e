// Deleting what one vendor left on this site: its first-party cookies, Web Storage keys and,
// when asked, its IndexedDB databases. The start-up sweep and withdrawal both come here.
import type { ConsentryContext } from '../context';
import type { VendorRules } from '../../shared/types';
import { why } from '../../shared/problems';
import { cookieDomains, cookieNames, deleteCookies, registrableDomain, vendorCookies } from './cookies';
import { clearKeys, deleteDatabases, storageOf } from './storage';

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

/** Runs a vendor's hook; a hook that throws is the vendor's problem, not the shopper's. */
export function runHook(ctx: ConsentryContext, vendor: VendorRules, name: 'onAllow' | 'onWithdraw'): void {
  try {
    vendor[name]?.(ctx.win);
  } catch (e) {
    ctx.report(`the ${name} hook of "${vendor.id}"`, 'hook', why(e));
  }
}
