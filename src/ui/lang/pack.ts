// What one language ships: every UI string, the catalog's words, and whether a native speaker
// has reviewed it (a legal team may keep unreviewed languages off its pages with `languages`).
import type { Texts } from '../text-en-gb';

export interface LanguagePack {
  /** True only once a native speaker has read every string against the English. */
  readonly reviewed: boolean;
  readonly text: Texts;
  /**
   * The catalog's words (vendor purposes, cookie purposes and lifetimes) keyed by their English,
   * as written in vendors/. Every catalog vendor's words must be here (a unit test checks).
   */
  readonly catalog: Readonly<Record<string, string>>;
}

/**
 * What a language rightly writes as English does ('Cookies', 'Marketing'), each with the reason,
 * so a test can tell it from a string nobody translated: a text key, or a catalog phrase in its
 * English as written in vendors/. Each language file exports one beside its pack.
 */
export type SameAsEnglish = Readonly<Record<string, string>>;
