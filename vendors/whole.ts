// A catalog vendor is written as two parts, its rules and its words, so that a bundle takes only
// the part it imports: the render-blocking script takes the rules, the UI chunks the words, and
// `consentry/vendors` the whole vendor this makes of both.
import { own } from '../src/shared/objects';
import type { Vendor, VendorRules, VendorWords } from '../src/shared/types';

/** The vendor a site lists whole: its rules, each cookie with its words (matched by name). */
export const whole = (rules: VendorRules, words: VendorWords): Vendor => ({
  ...rules,
  company: words.company,
  purpose: words.purpose,
  policyUrl: words.policyUrl,
  cookies: rules.cookies.map((c) => {
    const w = own(words.cookies, c.name) ? words.cookies[c.name] : undefined;
    return { ...c, lifetime: w?.lifetime ?? '', purpose: w?.purpose ?? '' };
  }),
});
