// The catalog as the core needs it: the script tag's config names vendors by id, so its boot
// takes every catalog vendor, and only their rules (the words are the UI chunks', words.ts).
import type { VendorId, VendorRules } from '../src/shared/types';
import { doubleclickRules } from './doubleclick';
import { freshRelevanceRules } from './fresh-relevance';
import { googleAnalyticsRules } from './google-analytics';
import { hotjarRules } from './hotjar';
import { mixpanelRules } from './mixpanel';
import { rakutenRules } from './rakuten';

/** Every catalog vendor's rules by id: what `vendors: ['hotjar']` resolves against. */
export const catalogRules: Readonly<Record<VendorId, VendorRules>> = {
  doubleclick: doubleclickRules,
  'google-analytics': googleAnalyticsRules,
  hotjar: hotjarRules,
  'fresh-relevance': freshRelevanceRules,
  rakuten: rakutenRules,
  mixpanel: mixpanelRules,
};
