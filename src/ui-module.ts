// The ESM build's UI feature: the chunk is a dynamic import, which the site's bundler splits
// off, so a returning shopper with valid consent never loads it; the language pack is split
// off the same way, one per language.
import { uiFeatureWith } from './boot/ui-loader';
import { pageLanguage } from './boot/language';

export const uiModuleFeature = uiFeatureWith(async ({ config, doc }) => {
  const lang = pageLanguage(config, doc);
  const [{ mountUiIn }, { translatedIn }, { PACKS }] = await Promise.all([
    import('./ui/mount'),
    import('./ui/translate'),
    import('./ui/tables'),
  ]);
  const { pack } = await PACKS[lang]();
  return translatedIn(mountUiIn({ lang, text: pack.text, catalog: pack.catalog }), pack.catalog);
});
