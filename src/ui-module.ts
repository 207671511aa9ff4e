// The ESM build's UI feature: the chunk is a dynamic import, which the site's bundler splits
// off, so a returning shopper with valid consent never loads it; the language pack is split
// off the same way, one per language. The banner and the preferences part arrive together
// here, so the dialog opens in the same task as the click.
import { uiFeatureWith } from './boot/ui-loader';
import { pageLanguage } from './boot/language';
import { UI_TIMEOUT_MS } from './boot/ui-handle';
import type { ConsentryContext } from './boot/context';

/** The site's own chunks can stall on its CDN as the script tag's can: the same bounded wait. */
const inTime = <T>(win: Window, pending: Promise<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    win.setTimeout(() => reject(new Error(`it did not arrive within ${UI_TIMEOUT_MS / 1000} s`)), UI_TIMEOUT_MS);
    pending.then(resolve, reject);
  });

const load = async ({ config, doc }: ConsentryContext) => {
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
};

export const uiModuleFeature = uiFeatureWith((ctx) => inTime(ctx.win, load(ctx)));
