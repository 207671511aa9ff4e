// The catalog's words, which only the UI shows: the script tag's UI chunks fill them into the
// vendors its boot carries as rules (src/ui/catalog-text.ts), so a returning visitor, who never
// fetches the UI, never downloads them. The embeds' storage on their own origin is words too.
import type { FrameStorageItem, VendorId, VendorWords } from '../src/shared/types';
import { doubleclickWords } from './doubleclick';
import { freshRelevanceWords } from './fresh-relevance';
import { googleAnalyticsWords } from './google-analytics';
import { hotjarWords } from './hotjar';
import { mixpanelWords } from './mixpanel';
import { rakutenWords } from './rakuten';
import { youtubeWords } from './youtube';

/** Every catalog vendor's words by id, for the same vendors as `catalogRules` (rules.ts). */
export const catalogWords: Readonly<Record<VendorId, VendorWords>> = {
  doubleclick: doubleclickWords,
  'google-analytics': googleAnalyticsWords,
  hotjar: hotjarWords,
  'fresh-relevance': freshRelevanceWords,
  rakuten: rakutenWords,
  mixpanel: mixpanelWords,
};

/**
 * Each embed's storage on its own origin, by vendor id, for the cookie declaration, the
 * preferences and the audit. Apart from the whole vendors on purpose: a whole vendor passes the
 * config validator, which is in the render-blocking boot, and names there would either grow it
 * or reach the storage gate and the cleanup, which cannot touch another origin's storage anyway.
 */
export const frameStorage: Readonly<Record<VendorId, readonly FrameStorageItem[]>> = {
  youtube: youtubeWords.frameStorage ?? [],
};

/** Where the declaration says an item lives: the browser's API names, the same in every language. */
export const STORE_NAMES: Readonly<Record<FrameStorageItem['store'], string>> = {
  local: 'localStorage',
  session: 'sessionStorage',
  indexedDB: 'IndexedDB',
};
