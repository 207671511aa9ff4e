// The languages the UI ships, written once: the config's shape refuses any other code, the core
// picks one of them for the page, and rollup.config.mjs builds one UI chunk per entry, each with
// its wording in src/ui/lang/<code>.ts.
export const UI_LANGUAGES = [
  'en-GB',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  'nb',
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
