// The catalog's words in the shopper's language. Kept apart from catalog-text.ts, which imports
// the catalog's words: the ESM build needs only this.
import { own } from '../shared/objects';
import type { ConfiguredVendor } from '../shared/types';
import type { StartPrefs } from './prefs-handle';

/** The catalog's English words (as written in vendors/) mapped to one language's. */
export type CatalogWords = Readonly<Record<string, string>>;

/** One phrase in the shopper's language when it is the catalog's English; anything else as written. */
export const inWords = <T extends string | undefined>(words: CatalogWords, s: T): T | string =>
  s !== undefined && own(words, s) ? words[s]! : s;

/**
 * A vendor's purpose, and its cookies' purposes and lifetimes, in the shopper's language when
 * they are the catalog's English words; anything else (a site's own wording) is kept as written.
 * Both builds use this: the ESM build's vendors are whole, so their words are the catalog's.
 */
export function translated(vendor: ConfiguredVendor, words: CatalogWords): ConfiguredVendor {
  const tr = <T extends string | undefined>(s: T) => inWords(words, s);
  return {
    ...vendor,
    purpose: tr(vendor.purpose),
    cookies: vendor.cookies.map((c) => ({ ...c, lifetime: tr(c.lifetime), purpose: tr(c.purpose) })),
  };
}

/** The ESM build's preferences part: vendors are whole, only their words change language. */
export const translatedIn =
  (start: StartPrefs, words: CatalogWords): StartPrefs =>
  (env) =>
    start({ ...env, ctx: { ...env.ctx, vendors: () => env.ctx.vendors().map((v) => translated(v, words)) } });
