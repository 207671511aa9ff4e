// Withdrawal: when a vendor goes from allowed to not allowed, what it left behind goes too. Its
// opt-out hook runs first (Mixpanel writes its own opt-out flag, which the catalog keeps), then
// its cookies, Web Storage keys and IndexedDB databases are deleted, and the page reloads once,
// because code that already ran keeps running until the page is gone.
//
// Other tabs hear of a withdrawal through the core's resync. A hidden tab waits until it is
// shown, so a shopper never loses a page in the background to a reload they did not see.
import { cookieDomains, cookieNames, deleteCookies, registrableDomain, vendorCookies } from '../boot/cleanup/cookies';
import { clearKeys, deleteDatabases, storageOf } from '../boot/cleanup/storage';
import type { Feature } from '../boot/context';
import type { Vendor, VendorHook } from '../shared/types';

export const cleanupFeature: Feature = (ctx) => {
  const { win, doc } = ctx;
  const loc = win.location;
  let registrable: string | undefined;
  let reloading = false;
  let pending: Vendor[] = [];

  /** Deletes what `vendor` stored; returns a description for the debug stream. */
  const clean = (vendor: Vendor, withDatabases: boolean, present: readonly string[] = cookieNames(doc)): string => {
    const keep = vendor.storage?.keep ?? [];
    const cookies = vendorCookies(vendor, present);
    if (cookies.length) {
      registrable ??= registrableDomain(doc, loc.hostname);
      deleteCookies(doc, loc, cookies, cookieDomains(loc.hostname, registrable));
    }
    const removed = [
      ...cookies,
      ...clearKeys(storageOf(win, 'localStorage'), vendor.storage?.local ?? [], keep),
      ...clearKeys(storageOf(win, 'sessionStorage'), vendor.storage?.session ?? [], keep),
      ...(withDatabases ? deleteDatabases(win, vendor.storage?.indexedDB ?? []) : []),
    ];
    return removed.join(' ');
  };

  const run = (hook: VendorHook | undefined, vendor: Vendor, name: string) => {
    try {
      hook?.(win);
    } catch (e) {
      console.error(`Consentry: the ${name} hook of "${vendor.id}" threw (${(e as Error).message}); cleanup continues.`);
    }
  };

  const withdraw = (vendors: readonly Vendor[]) => {
    for (const vendor of vendors) {
      run(vendor.onWithdraw, vendor, 'onWithdraw');
      ctx.debug({ action: 'cleaned', vendor: vendor.id, detail: clean(vendor, true) });
    }
    if (ctx.config.reloadOnWithdraw && !reloading) {
      reloading = true;
      // replace(), not reload(): no form is posted again. Same URL with a #hash would only
      // scroll, so such a page reloads (a page reached by POST has no hash in practice).
      if (loc.hash) loc.reload();
      else loc.replace(loc.href);
    }
  };

  /** At start-up (and for vendors registered later): leftovers of whatever is not allowed. */
  const sweep = (vendor: Vendor, present?: readonly string[]) => {
    if (ctx.isAllowed(vendor.id)) return;
    // No hook: the vendor's code has not run on this page. No database call on every page view.
    const removed = clean(vendor, false, present);
    if (removed) ctx.debug({ action: 'cleaned', vendor: vendor.id, detail: removed });
  };
  // document.cookie is read once for the whole start-up sweep, not once per vendor: a site with
  // many vendors pays for it on every page view.
  const present = cookieNames(doc);
  ctx.vendors().forEach((v) => sweep(v, present));

  const onVisible = () => {
    if (doc.visibilityState === 'hidden' || !pending.length) return;
    const vendors = pending.filter((v) => !ctx.isAllowed(v.id));
    pending = [];
    if (vendors.length) withdraw(vendors);
  };
  doc.addEventListener('visibilitychange', onVisible);

  ctx.onVendor((v) => sweep(v));
  ctx.onDecisions((now, before) => {
    const vendors = ctx.vendors();
    for (const v of vendors) if (now.isAllowed(v.id) && !before.isAllowed(v.id)) run(v.onAllow, v, 'onAllow');
    const gone = vendors.filter((v) => before.isAllowed(v.id) && !now.isAllowed(v.id));
    if (!gone.length) return;
    if (doc.visibilityState === 'hidden') pending.push(...gone);
    else withdraw(gone);
  });
};
