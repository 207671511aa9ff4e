// The script-tag core ships the vendor catalog without the words only this UI shows (company,
// purpose, policy link, each cookie's lifetime and purpose: rollup.config.mjs sets them to
// null), so a returning visitor, who never fetches the UI, does not download them. The
// script-tag UI chunks put them back here, from the same vendors/ files. The ESM build needs
// none of this: its vendors are whole, and its UI chunk holds no vendor the site did not import.
import { own } from '../shared/objects';
import { catalog } from '../../vendors';
import type { Vendor, VendorCookie } from '../shared/types';
import type { MountUi } from '../boot/ui-handle';
import { translated, type CatalogWords } from './translate';

/**
 * Fills the catalog's words into the fields the core left null. A site's config and
 * `register()` only ever give strings (the validator drops anything else), so whatever the site
 * wrote, '' included, wins, and a cookie field it left out stays out, as in the ESM build.
 * A vendor the catalog does not know is returned as it is.
 */
export function withCatalogText(vendor: Vendor, words: CatalogWords = {}): Vendor {
  const full = own(catalog, vendor.id) ? catalog[vendor.id] : undefined;
  if (!full) return vendor;
  const cookie = (c: VendorCookie): VendorCookie => {
    const from = full.cookies.find((k) => k.name === c.name && !k.prefix === !c.prefix);
    return from ? { ...c, lifetime: or(c.lifetime, from.lifetime), purpose: or(c.purpose, from.purpose) } : c;
  };
  return translated(
    {
      ...vendor,
      company: or(vendor.company, full.company),
      purpose: or(vendor.purpose, full.purpose),
      policyUrl: or(vendor.policyUrl, full.policyUrl),
      cookies: vendor.cookies.map(cookie),
    },
    words,
  );
}

/** The core's value, typed as the Vendor it is everywhere else; null only for catalog words. */
const or = (own: string | null, catalogWords: string): string => (own === null ? catalogWords : own);

/** A script-tag UI chunk's mount function, which sees every vendor with its catalog words. */
export const withCatalogTextIn =
  (mount: MountUi, words: CatalogWords = {}): MountUi =>
  (ctx, host, body) =>
    mount({ ...ctx, vendors: () => ctx.vendors().map((v) => withCatalogText(v, words)) }, host, body);

