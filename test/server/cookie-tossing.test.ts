// Cookie tossing on the server: a sibling subdomain can set a second consent cookie for the
// parent domain or a deeper path, and the browser then sends both. Neither is the site's word.
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/shared/consent-record';
import { cookieValue, isAllowed, readConsent } from '../../src/server/cookie';
import type { ConsentRecord } from '../../src/shared/types';

const NOW = Date.UTC(2026, 10, 25);
const record = (granted: boolean, id = 'AAAAAAAAAAAAAAAA'): ConsentRecord => ({
  version: 1,
  id,
  consentedAt: NOW - 1000,
  revision: 0,
  categories: { analytics: { granted, method: 'banner' } },
  vendors: {},
  seenVendors: [],
  signals: [],
});
const rejected = encodeRecord(record(false));
const forged = encodeRecord(record(true, 'BBBBBBBBBBBBBBBB'));

describe.each(['consentry', '__Host-consentry'])('the server reading the %s cookie', (name) => {
  it('counts two cookies of its name with different values as no consent', () => {
    const header = `${name}=${forged}; ${name}=${rejected}`;
    expect(readConsent(header, { cookieName: name, now: () => NOW })).toBeNull();
    expect(isAllowed(header, 'analytics', { cookieName: name, now: () => NOW })).toBe(false);
  });

  it('reads the cookie when it is the only one of its name', () => {
    expect(readConsent(`other=1; ${name}=${rejected}`, { cookieName: name, now: () => NOW })?.id).toBe('AAAAAAAAAAAAAAAA');
  });

  it('reads two copies with the same value as that value', () => {
    expect(cookieValue(`${name}=${rejected}; ${name}=${rejected}`, name)).toBe(rejected);
  });
});
