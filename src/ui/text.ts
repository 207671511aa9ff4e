// The shopper's wording: one shipped table (chosen by language in the core), then the site's
// own strings by key, then the site's strings for this language, the most specific last.
// Overrides are plain text, never HTML.
import { own } from '../shared/objects';
import type { UiLanguage } from '../shared/languages';
import type { TextOverrides } from '../shared/text-keys';
import type { TextConfig } from '../shared/types';
import type { Texts } from './text-en-gb';
import type { CatalogWords } from './translate';

export type { TextKey, Texts } from './text-en-gb';

export interface Wording {
  /** The language the UI declares with `lang`, so screen readers pronounce it right. */
  readonly lang: UiLanguage;
  readonly text: Texts;
  /**
   * The catalog's words in this language, keyed by their English, for what the vendors do not
   * carry: their embeds' storage on their own origin (cookie-table.tsx). The vendors' own words
   * are translated before the UI sees them (translate.ts).
   */
  readonly catalog?: CatalogWords;
}

export function withOverrides(wording: Wording, overrides: TextConfig): Wording {
  const text: Record<string, string> = { ...wording.text };
  const apply = (from: TextOverrides | undefined) => {
    for (const [key, value] of Object.entries(from ?? {})) if (own(wording.text, key) && typeof value === 'string') text[key] = value;
  };
  apply(overrides);
  apply(own(overrides, wording.lang) ? overrides[wording.lang] : undefined);
  return { lang: wording.lang, text: text as Texts };
}

/** Fills `{name}`-style slots with plain values. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot));
