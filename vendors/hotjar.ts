// Hotjar: heatmaps, recordings and feedback.
// Facts from Hotjar's own pages:
// - cookies and storage: https://www.hotjar.com/legal/policies/cookie-information/
//   (also lists the hjViewportId / hjActiveViewportIds storage items; hosts from its tracking code)
// - checked against the npm loader, @hotjar/browser 1.0.9 (dist/index.esm.js): it writes nothing
//   itself; Hotjar.init() adds an inline script defining window.hj and window._hjSettings, which
//   appends static.hotjar.com/c/hotjar-<site id>.js?sv=6. What that site script (not on npm)
//   writes is from the cookie page above: every cookie and Web Storage item starts with `_hj`, but
//   hjViewportId (sessionStorage) and hjActiveViewportIds (localStorage); no IndexedDB.
// No consent API: held until allowed; on withdrawal its `_hj` keys go and the page reloads.
import type { Vendor, VendorRules, VendorWords } from '../src/shared/types';
import { whole } from './whole';

export const hotjarRules: VendorRules = {
  id: 'hotjar',
  name: 'Hotjar',
  category: 'analytics',
  hosts: ['hotjar.com', 'hotjar.io'],
  cookies: [
    { name: '_hjSessionUser_', prefix: true, party: 'first' },
    { name: '_hj', prefix: true, party: 'first' },
  ],
  storage: { local: ['_hj*', 'hjActiveViewportIds'], session: ['_hj*', 'hjViewportId'] },
  leavesUkEea: false,
};

export const hotjarWords: VendorWords = {
  company: 'Hotjar',
  purpose: 'Records clicks and scrolling so we can see which pages confuse people.',
  policyUrl: 'https://www.hotjar.com/legal/policies/cookie-information/',
  cookies: {
    _hjSessionUser_: { lifetime: '1 year', purpose: 'Tells visitors apart.' },
    _hj: { lifetime: '30 minutes to 1 year', purpose: 'Keeps the visit and survey state.' },
  },
};

export const hotjar: Vendor = /* @__PURE__ */ whole(hotjarRules, hotjarWords);
