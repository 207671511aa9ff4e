// The ESM build's UI feature: the chunk is a dynamic import, which the site's bundler splits
// off, so a returning shopper with valid consent never loads it.
import { uiFeatureWith } from './boot/ui-loader';
import { uiLanguage } from './boot/language';

export const uiModuleFeature = uiFeatureWith(async ({ config, doc }) => {
  const [{ mountUiIn }, { TABLES }] = await Promise.all([import('./ui/mount'), import('./ui/tables')]);
  const lang = uiLanguage(config.language, doc.documentElement.lang);
  return mountUiIn({ lang, text: TABLES[lang] });
});
