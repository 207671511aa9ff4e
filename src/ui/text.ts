// The shopper's wording: one shipped table (chosen by language in the core), then the site's
// own strings by key, then the site's strings for this language, the most specific last.
// Overrides are plain text, never HTML. The banner chunk and the preferences part each apply
// them to the keys they carry, so a site's `text` reaches both.
import { own } from '../shared/objects';
import type { UiLanguage } from '../shared/languages';
import type { TextKey, TextOverrides } from '../shared/text-keys';
import type { TextConfig } from '../shared/types';

export type { BannerTexts, PrefsTexts, TextKey, Texts } from './text-en-gb';

export interface Wording<T extends Partial<Record<TextKey, string>>> {
  /** The language the UI declares with `lang`, so screen readers pronounce it right. */
  readonly lang: UiLanguage;
  readonly text: T;
}

export function withOverrides<T extends Partial<Record<TextKey, string>>>(wording: Wording<T>, overrides: TextConfig): Wording<T> {
  const text: Record<string, string | undefined> = { ...wording.text };
  const apply = (from: TextOverrides | undefined) => {
    for (const [key, value] of Object.entries(from ?? {})) if (own(wording.text, key) && typeof value === 'string') text[key] = value;
  };
  apply(overrides);
  apply(own(overrides, wording.lang) ? overrides[wording.lang] : undefined);
  return { lang: wording.lang, text: text as T };
}

/** Fills `{name}`-style slots with plain values. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot));
