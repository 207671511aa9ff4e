// Every shipped language for the ESM build: one dynamic import each, so the site's bundler splits
// them and a shopper downloads only their own. The keys are checked against UI_LANGUAGES by type.
// Each import is destructured in place: Rollup then keeps only `banner` and `prefs` in the
// language's chunk, and leaves out the file's notes for the tests (`reviewed`, `sameAsEnglish`).
import type { UiLanguage } from '../shared/languages';
import type { LanguageFile } from './lang/pack';

type Load = () => Promise<Pick<LanguageFile, 'banner' | 'prefs'>>;

export const PACKS: Readonly<Record<UiLanguage, Load>> = {
  'en-GB': () => import('./lang/en-GB').then(({ banner, prefs }) => ({ banner, prefs })),
  bg: () => import('./lang/bg').then(({ banner, prefs }) => ({ banner, prefs })),
  cs: () => import('./lang/cs').then(({ banner, prefs }) => ({ banner, prefs })),
  da: () => import('./lang/da').then(({ banner, prefs }) => ({ banner, prefs })),
  de: () => import('./lang/de').then(({ banner, prefs }) => ({ banner, prefs })),
  el: () => import('./lang/el').then(({ banner, prefs }) => ({ banner, prefs })),
  es: () => import('./lang/es').then(({ banner, prefs }) => ({ banner, prefs })),
  et: () => import('./lang/et').then(({ banner, prefs }) => ({ banner, prefs })),
  fi: () => import('./lang/fi').then(({ banner, prefs }) => ({ banner, prefs })),
  fr: () => import('./lang/fr').then(({ banner, prefs }) => ({ banner, prefs })),
  ga: () => import('./lang/ga').then(({ banner, prefs }) => ({ banner, prefs })),
  hr: () => import('./lang/hr').then(({ banner, prefs }) => ({ banner, prefs })),
  hu: () => import('./lang/hu').then(({ banner, prefs }) => ({ banner, prefs })),
  it: () => import('./lang/it').then(({ banner, prefs }) => ({ banner, prefs })),
  lt: () => import('./lang/lt').then(({ banner, prefs }) => ({ banner, prefs })),
  lv: () => import('./lang/lv').then(({ banner, prefs }) => ({ banner, prefs })),
  mt: () => import('./lang/mt').then(({ banner, prefs }) => ({ banner, prefs })),
  nl: () => import('./lang/nl').then(({ banner, prefs }) => ({ banner, prefs })),
  pl: () => import('./lang/pl').then(({ banner, prefs }) => ({ banner, prefs })),
  pt: () => import('./lang/pt').then(({ banner, prefs }) => ({ banner, prefs })),
  ro: () => import('./lang/ro').then(({ banner, prefs }) => ({ banner, prefs })),
  sk: () => import('./lang/sk').then(({ banner, prefs }) => ({ banner, prefs })),
  sl: () => import('./lang/sl').then(({ banner, prefs }) => ({ banner, prefs })),
  sv: () => import('./lang/sv').then(({ banner, prefs }) => ({ banner, prefs })),
  nb: () => import('./lang/nb').then(({ banner, prefs }) => ({ banner, prefs })),
};
