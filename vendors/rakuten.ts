// Rakuten Advertising (formerly Rakuten Marketing, LinkShare): affiliate tracking.
// Facts from Rakuten Advertising's own pages:
// - cookies: https://rakutenadvertising.com/legal-notices/services-privacy-policy/
// - tag hosts: the site-wide and conversion tags Rakuten gives each advertiser
import type { Vendor, VendorRules, VendorWords } from '../src/shared/types';
import { whole } from './whole';

export const rakutenRules: VendorRules = {
  id: 'rakuten',
  name: 'Rakuten Advertising',
  category: 'marketing',
  hosts: ['rmp.rakuten.com', 'linksynergy.com', 'rmtag.com'],
  cookies: [
    { name: 'rmStore', party: 'first' },
    { name: 'rmStoreGateway', party: 'first' },
    { name: '__rmid', party: 'first' },
    { name: 'lsclick_mid', prefix: true, party: 'third' },
  ],
  leavesUkEea: true,
};

export const rakutenWords: VendorWords = {
  company: 'Rakuten Advertising',
  purpose: 'Tells partner sites that sent you here that you bought something, so they are paid.',
  policyUrl: 'https://rakutenadvertising.com/legal-notices/services-privacy-policy/',
  cookies: {
    rmStore: { lifetime: '30 days', purpose: 'Remembers which partner sent you.' },
    rmStoreGateway: { lifetime: '30 days', purpose: 'Remembers which partner sent you.' },
    __rmid: { lifetime: '90 days', purpose: 'Tells visitors apart.' },
    lsclick_mid: { lifetime: '2 years', purpose: 'Remembers which partner sent you.' },
  },
};

export const rakuten: Vendor = /* @__PURE__ */ whole(rakutenRules, rakutenWords);
