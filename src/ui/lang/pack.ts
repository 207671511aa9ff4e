// What one language ships: every UI string, the catalog's words, and whether a native speaker
// has reviewed it (a legal team may keep unreviewed languages off its pages with `languages`).
import type { Texts, TextKey } from '../text-en-gb';

export interface LanguagePack {
  /** True only once a native speaker has read every string against the English. */
  readonly reviewed: boolean;
  readonly text: Texts;
  /**
   * Keys whose English word is also the right word in this language ('Cookies', 'Marketing'),
   * listed so a test can tell them from a string nobody translated.
   */
  readonly sameAsEnglish: readonly TextKey[];
  /**
   * The catalog's words (vendor purposes, cookie purposes and lifetimes) keyed by their English,
   * as written in vendors/. Every catalog vendor's words must be here (a unit test checks).
   */
  readonly catalog: Readonly<Record<string, string>>;
}
