// Withdrawal: when a vendor goes from allowed to not allowed, what it left behind goes too. Its
// opt-out hook runs first (Mixpanel writes its own opt-out flag, which the catalog keeps), then
// its cookies, Web Storage keys and IndexedDB databases are deleted, and the page reloads once,
// because code that already ran keeps running until the page is gone.
//
// Other tabs hear of a withdrawal through tab sync. A hidden tab waits until it is shown, so a
// shopper never loses a page in the background to a reload they did not see.
//
// A later part (consentry-later.js), not the boot: the record and the gate change inside the API
// call, so a withdrawn vendor is held from then on; deleting what it left and the reload are the
// work that follows, and follow once the part is there. Where it cannot load, the vendor stays
// held by the gate and what it stored stays until the next page view's sweep.
import { runHook } from '../boot/hooks';
import { cleaner } from './cleanup/clean';
import type { Feature } from '../boot/context';
import type { VendorRules } from '../shared/types';

export const withdrawFeature: Feature = (ctx) => {
  const { win, doc } = ctx;
  const loc = win.location;
  const clean = cleaner(ctx);
  let reloading = false;
  let pending: VendorRules[] = [];

  const withdraw = (vendors: readonly VendorRules[]) => {
    for (const vendor of vendors) {
      runHook(ctx, vendor, 'onWithdraw');
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

  const onVisible = () => {
    if (doc.visibilityState === 'hidden' || !pending.length) return;
    const vendors = pending.filter((v) => !ctx.isAllowed(v.id));
    pending = [];
    if (vendors.length) withdraw(vendors);
  };
  doc.addEventListener('visibilitychange', onVisible);

  const stop = ctx.onDecisions((now, before) => {
    const gone = ctx.vendors().filter((v) => before.isAllowed(v.id) && !now.isAllowed(v.id));
    if (!gone.length) return;
    if (doc.visibilityState === 'hidden') pending.push(...gone);
    else withdraw(gone);
  });
  return () => {
    stop();
    doc.removeEventListener('visibilitychange', onVisible);
  };
};
