// Which shipped wording a page gets: config `language`, else <html lang>, by primary subtag, so
// a region falls back to its language (pt-BR → pt, de-AT → de); English is the last resort; and
// a site that lists `languages` serves only those, the first listed to everyone else. Decided in
// the core, so the loader fetches only that language's UI chunk.
import { UI_LANGUAGES, type UiLanguage } from '../shared/languages';
import type { ResolvedConfig } from '../shared/types';

export { UI_LANGUAGES, type UiLanguage };

export function uiLanguage(configured: string | null, htmlLang: string, served?: readonly UiLanguage[] | null): UiLanguage {
  const primary = (configured || htmlLang || '').trim().split(/[-_]/)[0]!.toLowerCase();
  // Norwegian (no) and Nynorsk (nn) readers get Bokmål, the written standard most of them read.
  const code = primary === 'no' || primary === 'nn' ? 'nb' : primary === 'en' ? 'en-GB' : primary;
  const lang = (UI_LANGUAGES as readonly string[]).includes(code) ? (code as UiLanguage) : null;
  if (!served?.length) return lang ?? 'en-GB';
  return lang && served.includes(lang) ? lang : served[0]!;
}

/** The language of this page's UI, from the site's config and the page's <html lang>. */
export const pageLanguage = (config: ResolvedConfig, doc: Document): UiLanguage =>
  uiLanguage(config.language, doc.documentElement.lang, config.languages);

/** The chunk file for a language: `consentry-ui.js` for en-GB, `consentry-ui.fr.js` for French. */
export const uiChunkFile = (lang: UiLanguage): string => (lang === 'en-GB' ? 'consentry-ui.js' : `consentry-ui.${lang}.js`);
