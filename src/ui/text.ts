// The shopper's wording: one shipped table (chosen by language in the core), then the site's
// own overrides by key. Overrides are plain text, never HTML.
import { own } from '../shared/objects';
import type { UiLanguage } from '../boot/language';
import type { Texts } from './text-en-gb';

export type { TextKey, Texts } from './text-en-gb';

export interface Wording {
  /** The language the UI declares with `lang`, so screen readers pronounce it right. */
  readonly lang: UiLanguage;
  readonly text: Texts;
}

export function withOverrides(wording: Wording, overrides: Readonly<Record<string, string>>): Wording {
  const text: Record<string, string> = { ...wording.text };
  for (const key of Object.keys(overrides)) {
    if (own(wording.text, key) && typeof overrides[key] === 'string') text[key] = overrides[key]!;
  }
  return { lang: wording.lang, text: text as Texts };
}

/** Fills `{name}`-style slots with plain values. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot));
