// The vendor catalog, `consentry/vendors`. Adding a vendor is adding one file, and one line here
// and in rules.ts and words.ts. Each vendor is a named export, whole (rules and words), so an ESM
// site that imports `{ hotjar }` ships only Hotjar; the script-tag build takes every catalog
// vendor, since its config names ids as strings, split in two: the boot's rules (rules.ts) and
// the UI's words (words.ts).
import type { Vendor, VendorId } from '../src/shared/types';
import { doubleclick } from './doubleclick';
import { freshRelevance } from './fresh-relevance';
import { googleAnalytics } from './google-analytics';
import { googleMaps } from './google-maps';
import { hotjar } from './hotjar';
import { mixpanel } from './mixpanel';
import { rakuten } from './rakuten';
import { vimeo } from './vimeo';
import { youtube } from './youtube';

export { doubleclick, freshRelevance, googleAnalytics, googleMaps, hotjar, mixpanel, rakuten, vimeo, youtube };

/** Every catalog vendor by id, whole: the vendors `catalogRules` and `catalogWords` split. */
export const catalog: Readonly<Record<VendorId, Vendor>> = {
  doubleclick,
  'google-analytics': googleAnalytics,
  hotjar,
  'fresh-relevance': freshRelevance,
  rakuten,
  mixpanel,
};

/**
 * The embeds (players and maps a click-to-load placeholder can release). `consentry/vendors` and
 * the npm build have them; the script tag's core does not yet, since their hosts and cookie names
 * would add 0.29 KB to the render-blocking file, over its byte ratchet (docs/performance.md). A
 * script-tag site names one with a full definition (`category` and `hosts`) until then.
 */
export const embeds: Readonly<Record<VendorId, Vendor>> = { youtube, vimeo, 'google-maps': googleMaps };
