// DoubleClick: Google's advertising tags (Campaign Manager / Floodlight, Google Ads).
// Facts from Google's own pages:
// - cookies: https://business.safety.google/adscookies/ and https://policies.google.com/technologies/cookies
// - gtag.js with DC-/AW- ids and Consent Mode: https://developers.google.com/tag-platform/security/guides/consent
import type { Vendor } from '../src/shared/types';

const GTM = 'www.googletagmanager.com';

export const doubleclick: Vendor = {
  id: 'doubleclick',
  name: 'DoubleClick',
  company: 'Google',
  category: 'marketing',
  purpose: 'Shows you our adverts on other sites and tells us which adverts led to a purchase.',
  hosts: ['doubleclick.net', 'googleadservices.com', 'pagead2.googlesyndication.com', 'googletagservices.com', '2mdn.net'],
  // gtag.js is shared with Google Analytics: only Floodlight (DC-) and Google Ads (AW-) ids are ours.
  urls: [
    { host: GTM, query: { name: 'id', valuePrefix: 'DC-' } },
    { host: GTM, query: { name: 'id', valuePrefix: 'AW-' } },
  ],
  cookies: [
    { name: '_gcl_', prefix: true, party: 'first', lifetime: '90 days', purpose: 'Links an ad click to a purchase.' },
    { name: '__gads', party: 'first', lifetime: '13 months', purpose: 'Counts ad views.' },
    { name: '__gpi', party: 'first', lifetime: '13 months', purpose: 'Counts ad views.' },
    // Third-party: set on Google's domains, so only listed, never deletable from the shop.
    { name: 'IDE', party: 'third', lifetime: '13 months', purpose: 'Chooses adverts for you.' },
    { name: 'DSID', party: 'third', lifetime: '2 weeks', purpose: 'Chooses adverts for you.' },
    { name: 'test_cookie', party: 'third', lifetime: '15 minutes', purpose: 'Checks cookies work.' },
  ],
  policyUrl: 'https://policies.google.com/technologies/cookies',
  leavesUkEea: true,
};
