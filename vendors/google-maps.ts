// Google Maps: store maps embedded in the shop's pages.
// Facts from Google's own pages:
// - cookies (NID, AEC): https://policies.google.com/technologies/cookies
// - the embed (www.google.com/maps/embed) and its hosts (maps.googleapis.com, maps.gstatic.com,
//   the khms tile hosts): https://developers.google.com/maps/documentation/embed/get-started
// www.google.com serves many Google services, so only its /maps path is claimed, never the host;
// googleapis.com and gstatic.com are shared too, so only Maps' own subdomains are claimed.
// Preferences: a map the shopper asks to see is a function of the page, not a measurement; NID
// also serves Google's advertising, which is why a site may file it under marketing (an override).
// Its cookies are on google.com (third-party from the shop): listed, never deletable.
// No storage of the embed is declared (`frameStorage`): Google's cookie page names none, the Open
// Cookie Database lists Maps' cookies only (OGPC, OGP), and the only web storage public scans
// attach to www.google.com (`_c;;i`, `LH;;s-*`, `sb_wiz.*`) is written by Google Search's pages
// on the same origin, not shown to be the map's. Add one here, with its source, once a scan of
// www.google.com/maps/embed shows it.
import type { Vendor, VendorRules, VendorWords } from '../src/shared/types';
import { whole } from './whole';

export const googleMapsRules: VendorRules = {
  id: 'google-maps',
  name: 'Google Maps',
  category: 'preferences',
  hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com', 'khms0.googleapis.com', 'khms1.googleapis.com'],
  urls: [{ host: 'www.google.com', pathPrefix: '/maps' }],
  cookies: [
    { name: 'NID', party: 'third' },
    { name: 'AEC', party: 'third' },
  ],
  leavesUkEea: true,
  embed: 'map',
};

export const googleMapsWords: VendorWords = {
  company: 'Google',
  purpose: 'Shows our shops on a Google map; Google learns where you looked.',
  policyUrl: 'https://policies.google.com/technologies/cookies',
  cookies: {
    NID: { lifetime: '6 months', purpose: 'Keeps your Google settings and chooses adverts.' },
    AEC: { lifetime: '6 months', purpose: 'Tells people from bots.' },
  },
};

export const googleMaps: Vendor = /* @__PURE__ */ whole(googleMapsRules, googleMapsWords);
