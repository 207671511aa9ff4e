// Hotjar: heatmaps, recordings and feedback.
// Facts from Hotjar's own pages:
// - cookies and storage: https://www.hotjar.com/legal/policies/cookie-information/
//   (also lists the hjViewportId / hjActiveViewportIds storage items; hosts from its tracking code)
// No consent API: held until allowed; on withdrawal its `_hj` keys go and the page reloads.
import type { Vendor } from '../src/shared/types';

export const hotjar: Vendor = {
  id: 'hotjar',
  name: 'Hotjar',
  company: 'Hotjar',
  category: 'analytics',
  purpose: 'Records clicks and scrolling so we can see which pages confuse people.',
  hosts: ['hotjar.com', 'hotjar.io'],
  cookies: [
    { name: '_hjSessionUser_', prefix: true, party: 'first', lifetime: '1 year', purpose: 'Tells visitors apart.' },
    { name: '_hj', prefix: true, party: 'first', lifetime: '30 minutes to 1 year', purpose: 'Keeps the visit and survey state.' },
  ],
  storage: { local: ['_hj*', 'hjActiveViewportIds'], session: ['_hj*', 'hjViewportId'] },
  policyUrl: 'https://www.hotjar.com/legal/policies/cookie-information/',
  leavesUkEea: false,
};
