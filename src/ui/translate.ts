// The catalog's words in the shopper's language. Kept apart from catalog-text.ts, which imports
// the whole catalog: the ESM build needs only this.
import type { MountUi } from '../boot/ui-handle';
import type { Vendor } from '../shared/types';

/** The catalog's English words (as written in vendors/) mapped to one language's. */
export type CatalogWords = Readonly<Record<string, string>>;

/**
 * A vendor's purpose, and its cookies' purposes and lifetimes, in the shopper's language when
 * they are the catalog's English words; anything else (a site's own wording) is kept as written.
 * Both builds use this: the ESM build's vendors are whole, so their words are the catalog's.
 */
export function translated(vendor: Vendor, words: CatalogWords): Vendor {
  const tr = (s: string): string => (Object.prototype.hasOwnProperty.call(words, s) ? words[s]! : s);
  return { ...vendor, purpose: tr(vendor.purpose), cookies: vendor.cookies.map((c) => ({ ...c, lifetime: tr(c.lifetime), purpose: tr(c.purpose) })) };
}

/** The ESM build's mount: vendors are whole, only their words change language. */
export const translatedIn =
  (mount: MountUi, words: CatalogWords): MountUi =>
  (ctx, host, body) =>
    mount({ ...ctx, vendors: () => ctx.vendors().map((v) => translated(v, words)) }, host, body);
