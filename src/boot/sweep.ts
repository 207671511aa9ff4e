// On every page view, what a vendor that is not allowed left behind goes: a cookie its tag set on
// another page of the site before the shopper said no, or one a sibling subdomain wrote. And when
// a vendor becomes allowed, its opt-in hook runs at once, before its released tag starts.
import type { Feature } from './context';
import type { VendorRules } from '../shared/types';
import { cleaner, runHook } from './cleanup/clean';
import { cookieNames } from './cleanup/cookies';

export const sweepFeature: Feature = (ctx) => {
  const clean = cleaner(ctx);
  const sweep = (vendor: VendorRules, present?: readonly string[]) => {
    if (ctx.isAllowed(vendor.id)) return;
    // No hook: the vendor's code has not run on this page. No database call on every page view.
    const removed = clean(vendor, false, present);
    if (removed) ctx.debug({ action: 'cleaned', vendor: vendor.id, detail: removed });
  };
  // document.cookie is read once for the whole start-up sweep, not once per vendor: a site with
  // many vendors pays for it on every page view.
  const present = cookieNames(ctx.doc);
  ctx.vendors().forEach((v) => sweep(v, present));
  const stopVendors = ctx.onVendor((v) => sweep(v));
  const stopDecisions = ctx.onDecisions((now, before) => {
    for (const v of ctx.vendors()) if (now.isAllowed(v.id) && !before.isAllowed(v.id)) runHook(ctx, v, 'onAllow');
  });
  return () => {
    stopVendors();
    stopDecisions();
  };
};
