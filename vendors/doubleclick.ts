// DoubleClick: Google's advertising tags (Campaign Manager / Floodlight, Google Ads).
// Facts from Google's own pages:
// - cookies: https://business.safety.google/adscookies/ and https://policies.google.com/technologies/cookies
// - gtag.js with DC-/AW- ids and Consent Mode: https://developers.google.com/tag-platform/security/guides/consent
import type { Vendor, VendorRules, VendorWords } from '../src/shared/types';
import { whole } from './whole';

const GTM = 'www.googletagmanager.com';

export const doubleclickRules: VendorRules = {
  id: 'doubleclick',
  name: 'DoubleClick',
  category: 'marketing',
  hosts: ['doubleclick.net', 'googleadservices.com', 'pagead2.googlesyndication.com', 'googletagservices.com', '2mdn.net'],
  // gtag.js is shared with Google Analytics: only Floodlight (DC-) and Google Ads (AW-) ids are ours.
  urls: [
    { host: GTM, query: { name: 'id', valuePrefix: 'DC-' } },
    { host: GTM, query: { name: 'id', valuePrefix: 'AW-' } },
  ],
  cookies: [
    { name: '_gcl_', prefix: true, party: 'first' },
    { name: '__gads', party: 'first' },
    { name: '__gpi', party: 'first' },
    // Third-party: set on Google's domains, so only listed, never deletable from the shop.
    { name: 'IDE', party: 'third' },
    { name: 'DSID', party: 'third' },
    { name: 'test_cookie', party: 'third' },
  ],
  leavesUkEea: true,
};

export const doubleclickWords: VendorWords = {
  company: 'Google',
  purpose: 'Shows you our adverts on other sites and tells us which adverts led to a purchase.',
  policyUrl: 'https://policies.google.com/technologies/cookies',
  cookies: {
    _gcl_: { lifetime: '90 days', purpose: 'Links an ad click to a purchase.' },
    __gads: { lifetime: '13 months', purpose: 'Counts ad views.' },
    __gpi: { lifetime: '13 months', purpose: 'Counts ad views.' },
    IDE: { lifetime: '13 months', purpose: 'Chooses adverts for you.' },
    DSID: { lifetime: '2 weeks', purpose: 'Chooses adverts for you.' },
    test_cookie: { lifetime: '15 minutes', purpose: 'Checks cookies work.' },
  },
};

export const doubleclick: Vendor = /* @__PURE__ */ whole(doubleclickRules, doubleclickWords);
