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
import type { Vendor } from '../src/shared/types';

export const googleMaps: Vendor = {
  id: 'google-maps',
  name: 'Google Maps',
  company: 'Google',
  category: 'preferences',
  purpose: 'Shows our shops on a Google map; Google learns where you looked.',
  hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com', 'khms0.googleapis.com', 'khms1.googleapis.com'],
  urls: [{ host: 'www.google.com', pathPrefix: '/maps' }],
  cookies: [
    { name: 'NID', party: 'third', lifetime: '6 months', purpose: 'Keeps your Google settings and chooses adverts.' },
    { name: 'AEC', party: 'third', lifetime: '6 months', purpose: 'Tells people from bots.' },
  ],
  policyUrl: 'https://policies.google.com/technologies/cookies',
  leavesUkEea: true,
  embed: 'map',
};
