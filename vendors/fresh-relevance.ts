// Fresh Relevance: promotions, personalised products and basket reminders.
// Facts from Fresh Relevance's own pages:
// - cookies and storage: https://www.freshrelevance.com/cookies-policy
// - script hosts: the install snippet Fresh Relevance gives each site (`<distribution>.cloudfront.net/<site id>.js`)
// Its script lives on its own CloudFront distributions: claimed one by one, never cloudfront.net.
import type { Vendor } from '../src/shared/types';

export const freshRelevance: Vendor = {
  id: 'fresh-relevance',
  name: 'Fresh Relevance',
  company: 'Fresh Relevance',
  category: 'marketing',
  purpose: 'Shows offers that suit you and reminds you by e-mail of what you left in your basket.',
  hosts: [
    'freshrelevance.com',
    'd81mfvml8p5ml.cloudfront.net',
    'dkpklk99llpj0.cloudfront.net',
    'dn1i8v75r669j.cloudfront.net',
    'd1y9qtn9cuc3xw.cloudfront.net',
  ],
  cookies: [
    { name: 'tms_VisitorID', party: 'first', lifetime: '2 years', purpose: 'Tells visitors apart.' },
    { name: 'tms_', prefix: true, party: 'first', lifetime: 'session to 2 years', purpose: 'Keeps the visit going.' },
  ],
  // It copies these keys to localStorage and recreates the cookies from them: clear both.
  storage: { local: ['tms_*'] },
  policyUrl: 'https://www.freshrelevance.com/cookies-policy',
  leavesUkEea: true,
};
