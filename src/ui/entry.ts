// A script-tag UI chunk: rollup.config.mjs builds one per language in UI_LANGUAGES, each a tiny
// entry that calls this with its own language pack, so a chunk holds one language only.
import type { UiLanguage } from '../shared/languages';
import { announceUi } from './announce';
import { withCatalogTextIn } from './catalog-text';
import type { LanguagePack } from './lang/pack';
import { mountUiIn } from './mount';

export const startUi = (lang: UiLanguage, pack: LanguagePack): void =>
  announceUi(withCatalogTextIn(mountUiIn({ lang, text: pack.text, catalog: pack.catalog }), pack.catalog));
