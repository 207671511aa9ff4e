// The vendor catalog. Adding a vendor is adding one file and one line here. Each vendor is a
// named export, so an ESM site that imports `{ hotjar }` from `consentry/vendors` ships only
// Hotjar; the script-tag build takes the whole `catalog`, since its config names ids as strings.
import type { Vendor, VendorId } from '../src/shared/types';
import { doubleclick } from './doubleclick';
import { freshRelevance } from './fresh-relevance';
import { googleAnalytics } from './google-analytics';
import { hotjar } from './hotjar';
import { mixpanel } from './mixpanel';
import { rakuten } from './rakuten';

export { doubleclick, freshRelevance, googleAnalytics, hotjar, mixpanel, rakuten };

/** Every catalog vendor by id: what `vendors: ['hotjar']` resolves against. */
export const catalog: Readonly<Record<VendorId, Vendor>> = {
  doubleclick,
  'google-analytics': googleAnalytics,
  hotjar,
  'fresh-relevance': freshRelevance,
  rakuten,
  mixpanel,
};
