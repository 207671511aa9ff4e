// Rakuten Advertising (formerly Rakuten Marketing, LinkShare): affiliate tracking.
// Facts from Rakuten Advertising's own pages:
// - cookies: https://rakutenadvertising.com/legal-notices/services-privacy-policy/
// - tag hosts: the site-wide and conversion tags Rakuten gives each advertiser
import type { Vendor } from '../src/shared/types';

export const rakuten: Vendor = {
  id: 'rakuten',
  name: 'Rakuten Advertising',
  company: 'Rakuten Advertising',
  category: 'marketing',
  purpose: 'Tells partner sites that sent you here that you bought something, so they are paid.',
  hosts: ['rmp.rakuten.com', 'linksynergy.com', 'rmtag.com'],
  cookies: [
    { name: 'rmStore', party: 'first', lifetime: '30 days', purpose: 'Remembers which partner sent you.' },
    { name: 'rmStoreGateway', party: 'first', lifetime: '30 days', purpose: 'Remembers which partner sent you.' },
    { name: '__rmid', party: 'first', lifetime: '90 days', purpose: 'Tells visitors apart.' },
    { name: 'lsclick_mid', prefix: true, party: 'third', lifetime: '2 years', purpose: 'Remembers which partner sent you.' },
  ],
  policyUrl: 'https://rakutenadvertising.com/legal-notices/services-privacy-policy/',
  leavesUkEea: true,
};
