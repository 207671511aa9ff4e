import { describe, expect, it } from 'vitest';
import { DAY_MS, MAX_RECORD_LENGTH, decodeRecord, encodeRecord, meaning, recordExpiry } from '../../../src/shared/consent-record';
import type { ConsentRecord } from '../../../src/shared/types';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const rules = { now: NOW, consentDays: 730, revision: 3 };

const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  version: 1,
  id: 'AbCdEfGhIjKlMn_-',
  consentedAt: NOW - 10 * DAY_MS,
  revision: 3,
  categories: {
    preferences: { granted: false, method: 'banner' },
    analytics: { granted: true, method: 'preferences' },
    marketing: { granted: false, method: 'signal' },
  },
  vendors: { hotjar: false },
  seenVendors: ['hotjar', 'mixpanel', 'doubleclick'],
  signals: ['gpc'],
  ...over,
});

describe('the consent record', () => {
  it('survives a round trip through its cookie value', () => {
    const r = record();
    expect(decodeRecord(encodeRecord(r), rules)).toEqual(r);
  });

  it('stays well under 1 KB for the five catalog vendors, measured after cookie encoding', () => {
    const r = record({ seenVendors: ['doubleclick', 'hotjar', 'fresh-relevance', 'rakuten', 'mixpanel', 'google-analytics'] });
    expect(encodeURIComponent(encodeRecord(r)).length).toBeLessThan(300);
  });

  it('is valid 729 days after consent', () => {
    const r = record({ consentedAt: NOW - 729 * DAY_MS });
    expect(decodeRecord(encodeRecord(r), rules)).not.toBeNull();
  });

  it('means no consent 731 days after consent', () => {
    const r = record({ consentedAt: NOW - 731 * DAY_MS });
    expect(decodeRecord(encodeRecord(r), rules)).toBeNull();
  });

  it('counts the shorter period a site configures', () => {
    const r = record({ consentedAt: NOW - 200 * DAY_MS });
    expect(decodeRecord(encodeRecord(r), { ...rules, consentDays: 180 })).toBeNull();
  });

  it('means no consent when dated in the future', () => {
    const r = record({ consentedAt: NOW + DAY_MS });
    expect(decodeRecord(encodeRecord(r), rules)).toBeNull();
  });

  it('means no consent when older than the policy revision', () => {
    expect(decodeRecord(encodeRecord(record({ revision: 2 })), rules)).toBeNull();
  });

  it('expires the cookie at the consent date plus the consent period, however late it is rewritten', () => {
    const r = record();
    expect(recordExpiry(r, 730).getTime()).toBe(r.consentedAt + 730 * DAY_MS);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'not a record'],
    ['JSON', '{"analytics":true}'],
    ['truncated', encodeRecord(record()).slice(0, 40)],
    ['unknown format version', encodeRecord(record()).replace(/^1\./, '2.')],
    ['oversized', encodeRecord(record({ seenVendors: Array.from({ length: 400 }, (_, i) => `vendor-${i}`) }))],
    ['a bad method code', encodeRecord(record()).replace('analytics:1p', 'analytics:1x')],
    ['a duplicated category', encodeRecord(record()).replace('marketing:0s', 'analytics:1s')],
    ['an unknown signal', encodeRecord(record()).replace(/gpc$/, 'xyz')],
    ['a non-string', 42],
  ])('means no consent, without throwing, when the cookie is %s', (_, value) => {
    expect(() => decodeRecord(value, rules)).not.toThrow();
    expect(decodeRecord(value, rules)).toBeNull();
  });

  it('rejects values over the size limit before parsing them', () => {
    expect(decodeRecord(`1.${'a'.repeat(MAX_RECORD_LENGTH)}`, rules)).toBeNull();
  });

  it('keeps category ids such as "constructor" as data, not prototype lookups', () => {
    const r = record({ categories: { constructor: { granted: true, method: 'api' as const } } });
    const back = decodeRecord(encodeRecord(r), rules)!;
    expect(back.categories.constructor).toEqual({ granted: true, method: 'api' });
    expect(({} as Record<string, unknown>).granted).toBeUndefined();
  });
});

describe("a record's meaning (what decides whether a change is announced)", () => {
  it('is the same when only the date, the id, how each answer was given or the order of keys differ', () => {
    const again = record({
      id: 'ZyXwVuTsRqPoNm_-',
      consentedAt: NOW,
      categories: {
        marketing: { granted: false, method: 'banner' },
        analytics: { granted: true, method: 'banner' },
        preferences: { granted: false, method: 'preferences' },
      },
      seenVendors: ['doubleclick', 'hotjar', 'mixpanel'],
    });
    expect(meaning(again)).toBe(meaning(record()));
  });

  it.each([
    ['a category answer', { categories: { ...record().categories, marketing: { granted: true, method: 'banner' } } }],
    ['a vendor answer', { vendors: { hotjar: true } }],
    ['who was asked', { seenVendors: ['hotjar', 'mixpanel'] }],
    ['the signals that stood', { signals: [] }],
  ] as const)('differs when %s differs', (_, over) => {
    expect(meaning(record(over as Partial<ConsentRecord>))).not.toBe(meaning(record()));
  });

  it('is empty for no record, and differs from any record', () => {
    expect(meaning(null)).toBe('');
    expect(meaning(record())).not.toBe('');
  });
});
