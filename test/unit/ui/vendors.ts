// Vendors for UI tests, shaped like the catalog's.
import type { Vendor } from '../../../src/shared/types';

export const mixpanel: Vendor = {
  id: 'mixpanel',
  name: 'Mixpanel',
  company: 'Mixpanel, Inc.',
  category: 'analytics',
  purpose: 'Product analytics: how shoppers use the site and app.',
  hosts: ['cdn.mxpnl.com', 'mixpanel.com'],
  cookies: [{ name: 'mp_', prefix: true, party: 'first', lifetime: '365 days', purpose: 'Tells visits apart and keeps analytics settings.' }],
  policyUrl: 'https://mixpanel.com/legal/privacy-policy/',
  leavesUkEea: true,
};

export const hotjar: Vendor = {
  id: 'hotjar',
  name: 'Hotjar',
  company: 'Hotjar Ltd',
  category: 'analytics',
  purpose: 'Heatmaps and recordings of how pages are used.',
  hosts: ['hotjar.com', 'hotjar.io'],
  cookies: [{ name: '_hjSessionUser_', prefix: true, party: 'first', lifetime: '365 days', purpose: 'Recognises a returning visitor.' }],
  policyUrl: 'https://www.hotjar.com/legal/policies/cookie-information/',
  leavesUkEea: false,
};

export const doubleclick: Vendor = {
  id: 'doubleclick',
  name: 'DoubleClick',
  company: 'Google LLC',
  category: 'marketing',
  purpose: 'Measures and targets advertising.',
  hosts: ['doubleclick.net'],
  cookies: [{ name: 'IDE', party: 'third', lifetime: '13 months', purpose: 'Shows relevant adverts.' }],
  policyUrl: 'javascript:alert(1)',
  leavesUkEea: true,
};

export const vendors = [mixpanel, hotjar, doubleclick];
