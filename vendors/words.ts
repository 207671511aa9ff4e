// The catalog's words, which only the UI shows: the script tag's UI chunks fill them into the
// vendors its boot carries as rules (src/ui/catalog-text.ts), so a returning visitor, who never
// fetches the UI, never downloads them.
import type { VendorId, VendorWords } from '../src/shared/types';
import { doubleclickWords } from './doubleclick';
import { freshRelevanceWords } from './fresh-relevance';
import { googleAnalyticsWords } from './google-analytics';
import { hotjarWords } from './hotjar';
import { mixpanelWords } from './mixpanel';
import { rakutenWords } from './rakuten';

/** Every catalog vendor's words by id, for the same vendors as `catalogRules` (rules.ts). */
export const catalogWords: Readonly<Record<VendorId, VendorWords>> = {
  doubleclick: doubleclickWords,
  'google-analytics': googleAnalyticsWords,
  hotjar: hotjarWords,
  'fresh-relevance': freshRelevanceWords,
  rakuten: rakutenWords,
  mixpanel: mixpanelWords,
};
