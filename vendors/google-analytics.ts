// Google Analytics 4: the seed policy's "aggregated analytics".
// Facts from Google's own pages:
// - cookies: https://support.google.com/analytics/answer/11397207 (GA4 cookie usage, as of late
//   2026): gtag.js writes `_ga` and `_ga_<container id>`, and only with analytics_storage granted
//   (Consent Mode). Cookies for a linked Google Ads account (`_gcl_*`) are DoubleClick's entry's.
//   gtag.js is not on npm; react-ga4 3.0.1 (the npm wrapper) writes nothing itself: it appends
//   gtag.js and pushes `js` and `config` to dataLayer.
// - tag, G- ids and hosts: https://developers.google.com/tag-platform/gtagjs/install
// - policy: https://policies.google.com/technologies/cookies
import type { Vendor } from '../src/shared/types';

export const googleAnalytics: Vendor = {
  id: 'google-analytics',
  name: 'Google Analytics',
  company: 'Google',
  category: 'analytics',
  purpose: 'Counts visits and shows us, in totals, how the shop is used.',
  hosts: ['google-analytics.com', 'analytics.google.com'],
  // gtag.js is shared with DoubleClick: GA4 measurement ids start with G-.
  urls: [{ host: 'www.googletagmanager.com', query: { name: 'id', valuePrefix: 'G-' } }],
  cookies: [
    { name: '_ga', party: 'first', lifetime: '2 years', purpose: 'Tells visitors apart.' },
    { name: '_ga_', prefix: true, party: 'first', lifetime: '2 years', purpose: 'Keeps the visit going.' },
  ],
  policyUrl: 'https://policies.google.com/technologies/cookies',
  leavesUkEea: true,
};
