// What one language ships, in two parts, each in the file that shows it: the banner's words
// (`banner`, in the UI chunk) and the rest (`prefs`, in the preferences part: the dialog, the
// cookie declaration, the placeholders and the catalog's words). Each language file also says
// whether a native speaker has reviewed it (`reviewed`; a legal team may keep unreviewed
// languages off its pages with `languages`), which no shipped file carries.
import type { BannerTexts, PrefsTexts } from '../../shared/text-keys';

export type { BannerTexts, PrefsTexts };

export interface PrefsPack {
  readonly text: PrefsTexts;
  /**
   * The catalog's words (vendor purposes, cookie purposes and lifetimes) keyed by their English,
   * as written in vendors/. Every catalog vendor's words must be here (a unit test checks).
   */
  readonly catalog: Readonly<Record<string, string>>;
}

/** One language file: both parts, and whether a native speaker has read every string against the English. */
export interface LanguageFile {
  readonly reviewed: boolean;
  readonly banner: BannerTexts;
  readonly prefs: PrefsPack;
  readonly sameAsEnglish: SameAsEnglish;
}

/**
 * What a language rightly writes as English does ('Cookies', 'Marketing'), each with the reason,
 * so a test can tell it from a string nobody translated: a text key, or a catalog phrase in its
 * English as written in vendors/. Each language file exports one beside its parts.
 */
export type SameAsEnglish = Readonly<Record<string, string>>;
