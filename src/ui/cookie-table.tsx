// The cookie declaration for the site's policy page, generated from the same vendors the gate
// enforces, so the policy can never promise less than the code allows.
import type { CategoryView } from './model';
import type { Texts } from './text';
import { cookiePattern } from '../shared/patterns';
import { own } from '../shared/objects';
import { frameStorage, STORE_NAMES } from '../../vendors/words';
import type { ConfiguredVendor } from '../shared/types';
import { inWords, type CatalogWords } from './translate';

export interface DeclaredCookie {
  readonly name: string;
  /** Missing where the site left a word out of its own vendor. */
  readonly provider: string | undefined;
  readonly purpose: string | undefined;
  readonly lifetime: string | undefined;
  readonly party: 'first' | 'third';
}

export interface CookieTableProps {
  readonly text: Texts;
  readonly lang: string;
  readonly categories: readonly CategoryView[];
  /** Consentry's own cookie: necessary, first party, declared like any other. */
  readonly own: DeclaredCookie;
  /** The catalog's words in this language: the embeds' storage rows are looked up here. */
  readonly words?: CatalogWords;
}

/**
 * What an embed keeps on its own origin, declared beside its cookies: third party, named with
 * where it lives, since the shopper clears it there (in the browser), not on this site. Its words
 * come from vendors/words.ts in English, so they are translated here, with `words`.
 */
export const frameRows = (v: ConfiguredVendor, words: CatalogWords = {}): DeclaredCookie[] =>
  (own(frameStorage, v.id) ? frameStorage[v.id]! : []).map((s) => ({
    name: `${s.name} (${STORE_NAMES[s.store]})`,
    provider: v.company,
    purpose: inWords(words, s.purpose),
    lifetime: inWords(words, s.lifetime),
    party: 'third',
  }));

export function CookieTable({ text, lang, categories, own, words }: CookieTableProps) {
  return (
    <div class="consentry-cookies" lang={lang}>
      {categories.map((c) => {
        const rows: DeclaredCookie[] = c.vendors.flatMap((v) => [
          ...v.cookies.map((k) => ({
            name: cookiePattern(k),
            provider: v.company,
            purpose: k.purpose,
            lifetime: k.lifetime,
            party: k.party,
          })),
          ...frameRows(v, words),
        ]);
        if (c.locked) rows.unshift(own);
        return (
          <table key={c.id} data-category={c.id}>
            <caption>{c.label}</caption>
            <thead>
              <tr>
                <th scope="col">{text.cookie}</th>
                <th scope="col">{text.provider}</th>
                <th scope="col">{text.purpose}</th>
                <th scope="col">{text.lifetime}</th>
                <th scope="col">{text.party}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length ? (
                rows.map((r) => (
                  <tr key={r.provider + r.name}>
                    <th scope="row">{r.name}</th>
                    <td>{r.provider}</td>
                    <td>{r.purpose}</td>
                    <td>{r.lifetime}</td>
                    <td>{r.party === 'first' ? text.first : text.third}</td>
                  </tr>
                ))
              ) : (
                <tr>
                  <td colSpan={5}>{text.none}</td>
                </tr>
              )}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
