// The cookie's attributes are part of the record contract: SameSite=Lax, path=/, Secure on https
// only, the site's own domain when configured, and an expiry that ends with the two-year rule.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/shared/consent-record';
import { DEFAULTS } from '../../../src/shared/config';
import { createConsentStore } from '../../../src/boot/consent-store';
import type { ConsentRecord, ResolvedConfig } from '../../../src/shared/types';
import { fakeCookieJar } from '../hardening-support';

let jar: ReturnType<typeof fakeCookieJar>;
beforeEach(() => {
  jar = fakeCookieJar();
});
afterEach(() => jar.restore());

const consentedAt = Date.UTC(2026, 0, 15, 12);
const record: ConsentRecord = {
  version: 1,
  id: 'AbCdEfGhIjKlMnOp',
  consentedAt,
  revision: 0,
  categories: { analytics: { granted: true, method: 'banner' } },
  vendors: {},
  seenVendors: [],
  signals: [],
};

const pageOn = (protocol: 'https:' | 'http:') => ({ location: { protocol }, document }) as unknown as Window;
const configWith = (cookie: Partial<ResolvedConfig['cookie']> = {}): ResolvedConfig => ({
  ...DEFAULTS,
  cookie: { ...DEFAULTS.cookie, ...cookie },
});
const attributes = () => jar.written.at(-1)!.toLowerCase().split('; ').slice(1);

describe('the consent cookie', () => {
  it('is Secure on an https page', () => {
    createConsentStore(configWith(), pageOn('https:')).write(record);
    expect(attributes()).toContain('secure');
  });

  it('is not Secure on an http page, where the browser would refuse it', () => {
    createConsentStore(configWith(), pageOn('http:')).write(record);
    expect(attributes()).not.toContain('secure');
  });

  it('is SameSite=Lax on path=/', () => {
    createConsentStore(configWith(), pageOn('https:')).write(record);
    expect(attributes()).toEqual(expect.arrayContaining(['path=/', 'samesite=lax']));
  });

  it("carries the configured domain, so one choice covers the site's subdomains", () => {
    createConsentStore(configWith({ domain: '.shop.example' }), pageOn('https:')).write(record);
    expect(attributes()).toContain('domain=.shop.example');
  });

  it('names no domain when none is configured (host-only)', () => {
    createConsentStore(configWith(), pageOn('https:')).write(record);
    expect(attributes().some((a) => a.startsWith('domain='))).toBe(false);
  });

  it('expires when the two-year rule ends the consent, counted from the consent date', () => {
    createConsentStore(configWith(), pageOn('https:')).write(record);
    const expires = attributes()
      .find((a) => a.startsWith('expires='))!
      .slice('expires='.length);
    expect(Date.parse(expires)).toBe(consentedAt + 730 * DAY_MS);
  });

  it('uses the configured cookie name', () => {
    createConsentStore(configWith({ name: 'shop_consent' }), pageOn('https:')).write(record);
    expect(jar.written.at(-1)!.startsWith('shop_consent=1.AbCdEfGhIjKlMnOp.')).toBe(true);
  });
});
