// Every shipped language for the ESM build: one dynamic import each, so the site's bundler splits
// them and a shopper downloads only their own. The keys are checked against UI_LANGUAGES by type.
import type { UiLanguage } from '../shared/languages';
import type { LanguageFile } from './lang/pack';

type Load = () => Promise<Pick<LanguageFile, 'banner' | 'prefs'>>;

export const PACKS: Readonly<Record<UiLanguage, Load>> = {
  'en-GB': () => import('./lang/en-GB'),
  bg: () => import('./lang/bg'),
  cs: () => import('./lang/cs'),
  da: () => import('./lang/da'),
  de: () => import('./lang/de'),
  el: () => import('./lang/el'),
  es: () => import('./lang/es'),
  et: () => import('./lang/et'),
  fi: () => import('./lang/fi'),
  fr: () => import('./lang/fr'),
  ga: () => import('./lang/ga'),
  hr: () => import('./lang/hr'),
  hu: () => import('./lang/hu'),
  it: () => import('./lang/it'),
  lt: () => import('./lang/lt'),
  lv: () => import('./lang/lv'),
  mt: () => import('./lang/mt'),
  nl: () => import('./lang/nl'),
  pl: () => import('./lang/pl'),
  pt: () => import('./lang/pt'),
  ro: () => import('./lang/ro'),
  sk: () => import('./lang/sk'),
  sl: () => import('./lang/sl'),
  sv: () => import('./lang/sv'),
  nb: () => import('./lang/nb'),
};
