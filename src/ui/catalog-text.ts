// The script-tag core carries the catalog's vendors as rules only (vendors/rules.ts), so a
// returning visitor, who never fetches the UI, does not download the words only this UI shows
// (company, purpose, policy link, each cookie's lifetime and purpose). The script-tag preferences
// parts, the only files that show them, fill them in here from the catalog's words (vendors/words.ts). The ESM build needs none of
// this: its vendors are whole, and its UI chunk holds no vendor the site did not import.
import { own } from '../shared/objects';
import { catalogWords } from '../../vendors/words';
import type { ConfiguredVendor } from '../shared/types';
import type { StartPrefs } from './prefs-handle';
import { translated, type CatalogWords } from './translate';

/**
 * Fills in the catalog's words where the vendor has none. A site's config and `register()` only
 * ever give strings (the validator drops anything else), so whatever the site wrote, '' included,
 * wins; a cookie gets the words of the catalog's cookie of the same name, and a cookie the
 * catalog does not list keeps what it has. A vendor the catalog's rules do not carry keeps its
 * own words, translated where they are the catalog's English.
 */
export function withCatalogText(vendor: ConfiguredVendor, words: CatalogWords = {}): ConfiguredVendor {
  const full = own(catalogWords, vendor.id) ? catalogWords[vendor.id] : undefined;
  // A vendor passed whole (an embed from consentry/vendors, or the site's own) already has its
  // words: those that are the catalog's English still read in the shopper's language.
  if (!full) return translated(vendor, words);
  return translated(
    {
      ...vendor,
      company: vendor.company ?? full.company,
      purpose: vendor.purpose ?? full.purpose,
      policyUrl: vendor.policyUrl ?? full.policyUrl,
      cookies: vendor.cookies.map((c) => {
        const from = own(full.cookies, c.name) ? full.cookies[c.name] : undefined;
        return from ? { ...c, lifetime: c.lifetime ?? from.lifetime, purpose: c.purpose ?? from.purpose } : c;
      }),
    },
    words,
  );
}

/** A script-tag preferences part, which sees every vendor with its catalog words. */
export const withCatalogTextIn =
  (start: StartPrefs, words: CatalogWords = {}): StartPrefs =>
  (env) =>
    start({ ...env, ctx: { ...env.ctx, vendors: () => env.ctx.vendors().map((v) => withCatalogText(v, words)) } });
