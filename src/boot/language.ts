// Which shipped wording a page gets: config `language`, else <html lang>, by primary subtag.
// Decided in the core, so the loader fetches only that language's UI chunk.
export type UiLanguage = 'en-GB' | 'fr' | 'de';

export function uiLanguage(configured: string | null, htmlLang: string): UiLanguage {
  const primary = (configured || htmlLang || '').trim().split(/[-_]/)[0]!.toLowerCase();
  return primary === 'fr' || primary === 'de' ? primary : 'en-GB';
}

/** The chunk file for a language: `consentry-ui.js` for en-GB, `consentry-ui.fr.js` for French. */
export const uiChunkFile = (lang: UiLanguage): string => (lang === 'en-GB' ? 'consentry-ui.js' : `consentry-ui.${lang}.js`);
