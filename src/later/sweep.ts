// What a vendor that is not allowed left behind goes: a cookie its tag set on another page of the
// site before the shopper said no, or one a sibling subdomain wrote. No hook (the vendor's code
// has not run on this page) and no database call on every page view.
//
// The npm build sweeps at start and on each `register()`. The script tag sweeps here, after first
// paint, only the vendors the boot found something of (src/boot/sweep.ts): a page with nothing
// left behind never fetches consentry-later.js for it, and what is left cannot be written to
// meanwhile (the storage gate) nor read by a vendor that is held.
import type { ConsentryContext, Feature } from '../boot/context';
import type { VendorRules } from '../shared/types';
import { cookieNames } from '../boot/cleanup/cookies';
import { cleaner } from './cleanup/clean';

const sweeper = (ctx: ConsentryContext) => {
  const clean = cleaner(ctx);
  return (vendor: VendorRules, present?: readonly string[]) => {
    if (ctx.isAllowed(vendor.id)) return;
    const removed = clean(vendor, false, present);
    if (removed) ctx.debug({ action: 'cleaned', vendor: vendor.id, detail: removed });
  };
};

/** The npm build's sweep: every vendor at start, then each one registered. */
export const sweepFeature: Feature = (ctx) => {
  const sweep = sweeper(ctx);
  // document.cookie is read once for the whole start-up sweep, not once per vendor.
  const present = cookieNames(ctx.doc);
  ctx.vendors().forEach((v) => sweep(v, present));
  return ctx.onVendor((v) => sweep(v));
};

/** consentry-later.js's sweep: the vendors the boot hands over. */
export const leftoversFeature: Feature = (ctx) => {
  const sweep = sweeper(ctx);
  return ctx.onLeftovers?.((v) => sweep(v));
};
