// The script-tag files of dist/, named by the code that loads them, so a spec that lists them
// follows a rename instead of testing a file the build no longer makes.
import { uiChunkFile } from '../src/boot/language';
import { LATER_FILE } from '../src/boot/later';
import type { UiLanguage } from '../src/shared/languages';
import { prefsChunkFile } from '../src/ui/prefs-handle';

/** The boot, the later part, and the UI's two files (banner, preferences) in each language given. */
export const scriptTagFiles = (langs: readonly UiLanguage[]): string[] => [
  'consentry.js',
  LATER_FILE,
  ...langs.flatMap((lang) => [uiChunkFile(lang), prefsChunkFile(lang)]),
];
