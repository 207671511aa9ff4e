// What keeps a vendor's two parts apart: its rules carry none of the words only the UI shows,
// and its words name exactly the cookies its rules list. The catalog's files and the docs'
// template are held to the same check.
import { own } from '../../../src/shared/objects';
import type { VendorRules, VendorWords } from '../../../src/shared/types';

/** The fields that are words: on a vendor, and on each of its cookies. */
export const WORD_FIELDS = { vendor: ['company', 'purpose', 'policyUrl'], cookie: ['lifetime', 'purpose'] } as const;

/** Every way `rules` and `words` fail to be one vendor's two parts, in words; none when they fit. */
export function splitProblems(rules: VendorRules, words: VendorWords): string[] {
  const problems: string[] = [];
  for (const f of WORD_FIELDS.vendor) {
    if (own(rules, f)) problems.push(`rules has ${f}`);
    if (typeof words[f] !== 'string' || words[f].length < 2) problems.push(`words has no ${f}`);
  }
  const names = rules.cookies.map((c) => c.name);
  if (new Set(names).size !== names.length) problems.push('rules lists a cookie name twice');
  for (const c of rules.cookies) {
    for (const f of WORD_FIELDS.cookie) if (own(c, f)) problems.push(`rules cookie ${c.name} has ${f}`);
    const w = own(words.cookies, c.name) ? words.cookies[c.name] : undefined;
    if (!w) problems.push(`words has nothing for cookie ${c.name}`);
    else
      for (const f of WORD_FIELDS.cookie)
        if (typeof w[f] !== 'string' || w[f].length < 2) problems.push(`words for cookie ${c.name} has no ${f}`);
  }
  for (const name of Object.keys(words.cookies))
    if (!names.includes(name)) problems.push(`words for cookie ${name}, which rules does not list`);
  return problems;
}
