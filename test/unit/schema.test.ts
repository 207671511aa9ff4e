// @vitest-environment node
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIG } from '../../src/shared/config-spec';
import { check } from '../../src/shared/spec';
import { configSchema } from '../../scripts/json-schema';
import { wording } from '../../src/shared/messages';

const shipped = JSON.parse(readFileSync(new URL('../../schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(shipped);

/** Structural problems the validator finds (catalog and category checks come after this). */
const problems = (raw: unknown) => {
  const found: string[] = [];
  check(CONFIG, raw, 'config', (...p) => found.push(wording(p)));
  return found;
};

const samples: unknown[] = [
  {},
  { vendors: ['hotjar', 'mixpanel'], policyUrl: '/privacy', revision: 3 },
  { vendors: [{ id: 'chat', category: 'preferences', hosts: ['chat.example.com'] }] },
  { vendors: [{ id: 'chat', hosts: ['https://chat.example.com'] }] },
  { vendors: [{ id: 'Chat' }] },
  { categories: { analytics: { label: 'Stats' }, loyalty: { label: 'Loyalty', description: 'x' } } },
  { categories: { Loyalty: { label: 'x' } } },
  { cookie: { name: 'consent', domain: '.shop.example' } },
  { cookie: { name: 'bad name' } },
  { consentDays: 730 },
  { consentDays: 731 },
  { consentDays: 1.5 },
  { language: 'de' },
  { language: 'german!' },
  { text: { title: 'Hi' } },
  { text: { title: 1 } },
  { text: { titel: 'Hi' } },
  { text: { accept: 'Yes', fr: { accept: 'Oui' } } },
  { text: { fr: { acceptAll: 'Oui' } } },
  { text: { xx: { title: 'Hi' } } },
  { text: { fr: 'Oui' } },
  { languages: ['en-GB', 'fr'] },
  { languages: ['en'] },
  { languages: 'fr' },
  { signals: { dnt: 'ignore', gpc: 'reject-all' } },
  { signals: { dnt: 'yes' } },
  { googleConsentMode: true },
  { googleConsentMode: { mode: 'advanced', region: ['GB', 'ES-CT'] } },
  { googleConsentMode: { mode: 'advanced', extra: 1 } },
  { googleConsentMode: 'yes' },
  { reloadOnWithdraw: 0 },
  { receiptEndpoint: 'https://shop.example/c' },
  { receiptEndpoint: 'data:text/html,x' },
  { policyUrl: 'javascript:alert(1)' },
  { policyUrl: 'java\nscript:alert(1)' },
  { policyUrl: 'HTTPS://x.example' },
  { layout: 'modal' },
  { layout: 'popup' },
  { debug: true },
  { unknownKey: 1 },
];

describe('schema.json', () => {
  it('is generated from the same shapes the validator uses', () => {
    expect(shipped).toEqual(configSchema());
  });

  it.each(samples.map((s) => [JSON.stringify(s), s]))('agrees with the validator on %s', (_, sample) => {
    expect(validate(sample)).toBe(problems(sample).length === 0);
  });

  it('agrees with the validator on random configurations', () => {
    const value = fc.oneof(
      fc.boolean(),
      fc.integer({ min: -5, max: 1000 }),
      fc.constantFrom('bar', 'modal', '/p', 'javascript:x', 'GB', 'hotjar', 'a b', 'ignore', 'reject-all'),
      fc.array(fc.constantFrom('hotjar', 'X', 'GB', 'a.example'), { maxLength: 3 }),
    );
    const keys = fc.constantFrom(...Object.keys(CONFIG.props), 'nope');
    fc.assert(
      fc.property(fc.dictionary(keys, value, { maxKeys: 4 }), (sample) => {
        expect(validate(sample)).toBe(problems(sample).length === 0);
      }),
      { numRuns: 300 },
    );
  });
});
