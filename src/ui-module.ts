// The ESM build's UI feature: the chunk is a dynamic import, which the site's bundler splits
// off, so a returning shopper with valid consent never loads it; the language pack is split
// off the same way, one per language. The banner and the preferences part arrive together
// here, so the dialog opens in the same task as the click.
import { uiFeatureWith } from './boot/ui-loader';
import { pageLanguage } from './boot/language';

export const uiModuleFeature = uiFeatureWith(async ({ config, doc }) => {
  const lang = pageLanguage(config, doc);
  const [{ mountUiIn }, { startPrefsIn }, { translatedIn }, { PACKS }] = await Promise.all([
    import('./ui/mount'),
    import('./ui/prefs'),
    import('./ui/translate'),
    import('./ui/tables'),
  ]);
  const { banner, prefs } = await PACKS[lang]();
  const start = translatedIn(startPrefsIn(prefs.text, prefs.catalog), prefs.catalog);
  return mountUiIn({ lang, text: banner }, () => start);
});
