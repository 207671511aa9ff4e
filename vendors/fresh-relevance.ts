// Fresh Relevance: promotions, personalised products and basket reminders.
// Facts from Fresh Relevance's own pages:
// - cookies and storage: https://www.freshrelevance.com/cookies-policy
// - script hosts: the install snippet Fresh Relevance gives each site (`<distribution>.cloudfront.net/<site id>.js`)
// Its script lives on its own CloudFront distributions: claimed one by one, never cloudfront.net.
import type { Vendor, VendorRules, VendorWords } from '../src/shared/types';
import { whole } from './whole';

export const freshRelevanceRules: VendorRules = {
  id: 'fresh-relevance',
  name: 'Fresh Relevance',
  category: 'marketing',
  hosts: [
    'freshrelevance.com',
    'd81mfvml8p5ml.cloudfront.net',
    'dkpklk99llpj0.cloudfront.net',
    'dn1i8v75r669j.cloudfront.net',
    'd1y9qtn9cuc3xw.cloudfront.net',
  ],
  cookies: [
    { name: 'tms_VisitorID', party: 'first' },
    { name: 'tms_', prefix: true, party: 'first' },
  ],
  // It copies these keys to localStorage and recreates the cookies from them: clear both.
  storage: { local: ['tms_*'] },
  leavesUkEea: true,
};

export const freshRelevanceWords: VendorWords = {
  company: 'Fresh Relevance',
  purpose: 'Shows offers that suit you and reminds you by e-mail of what you left in your basket.',
  policyUrl: 'https://www.freshrelevance.com/cookies-policy',
  cookies: {
    tms_VisitorID: { lifetime: '2 years', purpose: 'Tells visitors apart.' },
    tms_: { lifetime: 'session to 2 years', purpose: 'Keeps the visit going.' },
  },
};

export const freshRelevance: Vendor = /* @__PURE__ */ whole(freshRelevanceRules, freshRelevanceWords);
