// Which shipped wording a page gets: config `language`, else <html lang>, by primary subtag, so
// a region falls back to its language (pt-BR → pt, de-AT → de); English is the last resort.
// Decided in the core, so the loader fetches only that language's UI chunk. This list is the one
// place the languages live: rollup.config.mjs builds one chunk per entry from it, and each has its
// wording in src/ui/lang/<code>.ts.
export const UI_LANGUAGES = [
  'en-GB', 'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu',
  'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'nb',
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function uiLanguage(configured: string | null, htmlLang: string): UiLanguage {
  const primary = (configured || htmlLang || '').trim().split(/[-_]/)[0]!.toLowerCase();
  // Norwegian (no) and Nynorsk (nn) readers get Bokmål, the written standard most of them read.
  const code = primary === 'no' || primary === 'nn' ? 'nb' : primary;
  return (UI_LANGUAGES as readonly string[]).includes(code) ? (code as UiLanguage) : 'en-GB';
}

/** The chunk file for a language: `consentry-ui.js` for en-GB, `consentry-ui.fr.js` for French. */
export const uiChunkFile = (lang: UiLanguage): string => (lang === 'en-GB' ? 'consentry-ui.js' : `consentry-ui.${lang}.js`);
