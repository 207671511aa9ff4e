// Google Analytics 4: the seed policy's "aggregated analytics".
// Facts from Google's own pages:
// - cookies: https://support.google.com/analytics/answer/11397207 (GA4 cookie usage, as of late
//   2026): gtag.js writes `_ga` and `_ga_<container id>`, and only with analytics_storage granted
//   (Consent Mode). Cookies for a linked Google Ads account (`_gcl_*`) are DoubleClick's entry's.
//   gtag.js is not on npm; react-ga4 3.0.1 (the npm wrapper) writes nothing itself: it appends
//   gtag.js and pushes `js` and `config` to dataLayer.
// - tag, G- ids and hosts: https://developers.google.com/tag-platform/gtagjs/install
// - policy: https://policies.google.com/technologies/cookies
import type { Vendor, VendorRules, VendorWords } from '../src/shared/types';
import { whole } from './whole';

export const googleAnalyticsRules: VendorRules = {
  id: 'google-analytics',
  name: 'Google Analytics',
  category: 'analytics',
  hosts: ['google-analytics.com', 'analytics.google.com'],
  // gtag.js is shared with DoubleClick: GA4 measurement ids start with G-.
  urls: [{ host: 'www.googletagmanager.com', query: { name: 'id', valuePrefix: 'G-' } }],
  cookies: [
    { name: '_ga', party: 'first' },
    { name: '_ga_', prefix: true, party: 'first' },
  ],
  leavesUkEea: true,
};

export const googleAnalyticsWords: VendorWords = {
  company: 'Google',
  purpose: 'Counts visits and shows us, in totals, how the shop is used.',
  policyUrl: 'https://policies.google.com/technologies/cookies',
  cookies: {
    _ga: { lifetime: '2 years', purpose: 'Tells visitors apart.' },
    _ga_: { lifetime: '2 years', purpose: 'Keeps the visit going.' },
  },
};

export const googleAnalytics: Vendor = /* @__PURE__ */ whole(googleAnalyticsRules, googleAnalyticsWords);
