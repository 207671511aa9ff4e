// The consent cookie read on the server, for server-rendered pages: the same answers as
// Consentry.isAllowed in the browser, failing closed on anything doubtful.
import { describe, expect, it } from 'vitest';
import { DAY_MS, encodeRecord } from '../../src/shared/consent-record';
import { cookieValue, isAllowed, readConsent } from '../../src/server/cookie';
import type { ConsentRecord } from '../../src/shared/types';
import { NOW } from './support';

const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  version: 1,
  id: 'AbCdEfGhIjKlMnOp',
  consentedAt: NOW - 30 * DAY_MS,
  revision: 1,
  categories: {
    preferences: { granted: false, method: 'preferences' },
    analytics: { granted: true, method: 'preferences' },
    marketing: { granted: false, method: 'preferences' },
  },
  vendors: { hotjar: false },
  seenVendors: ['hotjar', 'ga4', 'meta'],
  signals: [],
  ...over,
});
const header = (r: ConsentRecord, name = 'consentry') => `session=abc; ${name}=${encodeRecord(r)}; theme=dark`;
const vendors = { hotjar: 'analytics', ga4: 'analytics', meta: 'marketing', newcomer: 'analytics' };
const at = { now: () => NOW };

describe('isAllowed on the server', () => {
  it('allows a granted category and refuses the others', () => {
    const h = header(record());
    expect(['analytics', 'marketing', 'preferences'].map((id) => isAllowed(h, id, at))).toEqual([true, false, false]);
  });

  it('always allows the necessary category, even without a cookie', () => {
    expect(isAllowed(undefined, 'necessary')).toBe(true);
  });

  it('follows the category for a vendor, unless the shopper chose otherwise for it', () => {
    const h = header(record());
    expect(isAllowed(h, 'ga4', { ...at, vendors })).toBe(true);
    expect(isAllowed(h, 'hotjar', { ...at, vendors })).toBe(false);
    expect(isAllowed(h, 'meta', { ...at, vendors })).toBe(false);
  });

  it('refuses a vendor the shopper was never asked about, and one it does not know', () => {
    const h = header(record());
    expect(isAllowed(h, 'newcomer', { ...at, vendors })).toBe(false);
    expect(isAllowed(h, 'ga4', at)).toBe(false);
  });

  it('refuses everything optional without a cookie, or with garbage in it', () => {
    for (const h of [undefined, '', 'consentry=', 'consentry=1.x.y', 'consentry=%E0%A4%A', `consentry=${'1.'.repeat(3000)}`]) {
      expect(isAllowed(h, 'analytics', at)).toBe(false);
    }
  });

  it('refuses after the consent period, counted from the consent date', () => {
    const h = header(record({ consentedAt: NOW - 731 * DAY_MS }));
    expect(isAllowed(h, 'analytics', at)).toBe(false);
    expect(isAllowed(header(record({ consentedAt: NOW - 729 * DAY_MS })), 'analytics', at)).toBe(true);
  });

  it('follows a shorter consent period and the site cookie name', () => {
    const h = header(record({ consentedAt: NOW - 200 * DAY_MS }), 'shop_consent');
    expect(isAllowed(h, 'analytics', { ...at, cookieName: 'shop_consent' })).toBe(true);
    expect(isAllowed(h, 'analytics', { ...at, cookieName: 'shop_consent', consentDays: 180 })).toBe(false);
    expect(isAllowed(h, 'analytics', at)).toBe(false);
  });

  it('refuses a record older than the site revision', () => {
    expect(isAllowed(header(record({ revision: 1 })), 'analytics', { ...at, revision: 2 })).toBe(false);
  });

  it('applies a privacy signal of the request as the browser does', () => {
    const h = header(record({ categories: { ...record().categories, marketing: { granted: true, method: 'banner' } } }));
    expect(isAllowed(h, 'marketing', at)).toBe(true);
    expect(isAllowed(h, 'marketing', { ...at, signals: ['gpc'] })).toBe(false);
    expect(isAllowed(h, 'analytics', { ...at, signals: ['gpc'] })).toBe(true);
  });

  it('answers a site category it was told about', () => {
    const r = record({ categories: { ...record().categories, personalisation: { granted: true, method: 'api' } } });
    expect(isAllowed(header(r), 'personalisation', { ...at, categories: ['personalisation'] })).toBe(true);
    expect(isAllowed(header(r), 'personalisation', at)).toBe(false);
  });

  it('never grants a prototype member as an id', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(isAllowed(header(record()), id, { ...at, vendors })).toBe(false);
  });

  it('refuses a consentDays above 730 with a message saying the limit', () => {
    expect(() => isAllowed(header(record()), 'analytics', { consentDays: 800 })).toThrow(/1 to 730/);
  });
});

describe('reading the consent cookie', () => {
  it('finds the cookie among others and decodes what js-cookie encoded', () => {
    expect(cookieValue('a=1; consentry=1.x%3Ay; b=2', 'consentry')).toBe('1.x:y');
    expect(cookieValue('xconsentry=1; consentry=2', 'consentry')).toBe('2');
    expect(cookieValue('a=1', 'consentry')).toBeUndefined();
  });

  it('gives the record, or null for anything that is not a valid record', () => {
    const r = record();
    expect(readConsent(header(r), at)).toEqual({ ...r, categories: { ...r.categories }, vendors: { ...r.vendors } });
    expect(readConsent(header(record({ consentedAt: NOW + DAY_MS })), at)).toBeNull();
  });
});
