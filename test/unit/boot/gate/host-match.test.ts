import { describe, expect, it } from 'vitest';
import { vendorForUrl } from '../../../../src/boot/gate/host-match';
import type { Vendor } from '../../../../src/shared/types';

const vendor = (id: string, hosts: string[], urls?: Vendor['urls']): Vendor => ({
  id,
  name: id,
  company: id,
  category: 'analytics',
  purpose: '',
  hosts,
  urls,
  cookies: [],
  policyUrl: '',
  leavesUkEea: false,
});
const heat = vendor('heat', ['hotjar.com']);
const ads = vendor('ads', ['doubleclick.net'], [{ host: 'www.googletagmanager.com', query: { name: 'id', valuePrefix: 'DC-' } }]);
const stats = vendor(
  'stats',
  ['google-analytics.com'],
  [{ host: 'www.googletagmanager.com', pathPrefix: '/gtag/', query: { name: 'id', valuePrefix: 'G-' } }],
);
const idn = vendor('idn', ['xn--bcher-kva.example']);
const vendors = [heat, ads, stats, idn];
const BASE = 'https://www.shop.example/cameras/';
const id = (url: string) => vendorForUrl(url, vendors, BASE)?.id;

describe('vendorForUrl', () => {
  it('matches a claimed host exactly', () => expect(id('https://hotjar.com/x.js')).toBe('heat'));
  it('matches a subdomain on a label boundary', () => expect(id('https://static.hotjar.com/c/hotjar-1.js')).toBe('heat'));
  it('does not match a host that merely ends with the same letters', () => expect(id('https://nothotjar.com/x.js')).toBeUndefined());
  it('does not match a claimed host used as a subdomain of another site', () =>
    expect(id('https://hotjar.com.evil.example/x.js')).toBeUndefined());
  it('is not fooled by an upper-case host', () => expect(id('https://STATIC.HotJar.COM/x.js')).toBe('heat'));
  it('is not fooled by a trailing dot', () => expect(id('https://static.hotjar.com./x.js')).toBe('heat'));
  it('resolves a protocol-relative URL', () => expect(id('//static.hotjar.com/x.js')).toBe('heat'));
  it('looks past user@ in front of the host', () => expect(id('https://shop.example@static.hotjar.com/x.js')).toBe('heat'));
  it('decodes a percent-encoded host', () => expect(id('https://static%2Ehotjar%2Ecom/x.js')).toBe('heat'));
  it('matches a host written in Unicode against its punycode claim', () => expect(id('https://cdn.bücher.example/x.js')).toBe('idn'));
  it('folds full-width letters the way the browser does', () => expect(id('https://ｓｔａｔｉｃ.ｈｏｔｊａｒ.ｃｏｍ/x.js')).toBe('heat'));
  it('matches WebSocket URLs by host', () => expect(id('wss://ws.hotjar.com/')).toBe('heat'));
  it('leaves a relative URL on the shop alone', () => expect(id('/js/app.js')).toBeUndefined());
  it('leaves data: and about: URLs alone', () => {
    expect(id('data:text/javascript,1')).toBeUndefined();
    expect(id('about:blank')).toBeUndefined();
  });
  it('claims nothing for a data: URL, even one that names a vendor host in its content', () => {
    expect(id('data:text/html,<script src="https://static.hotjar.com/c/hotjar-1.js"></script>')).toBeUndefined();
    expect(id('DATA:image/gif;base64,R0lGOD//static.hotjar.com')).toBeUndefined();
  });
  it('skips only a URL that starts with data:, not a vendor URL that mentions one', () => {
    expect(id('https://static.hotjar.com/c/hotjar-1.js?from=data:x')).toBe('heat');
    expect(id('//static.hotjar.com/data:x.js')).toBe('heat');
  });
  it('still parses a vendor URL the browser would clean up first (leading spaces and tabs)', () => {
    expect(id(' \t https://static.hotjar.com/x.js')).toBe('heat');
    expect(id('ht\ttps://static.hotjar.com/x.js')).toBe('heat');
  });
  it('returns undefined for a URL that does not parse', () => expect(id('https://exa mple.com:99999/')).toBeUndefined());
  it('tells Google tags apart by their query id', () => {
    expect(id('https://www.googletagmanager.com/gtag/js?id=DC-1234567')).toBe('ads');
    expect(id('https://www.googletagmanager.com/gtag/js?id=G-ABC123')).toBe('stats');
    expect(id('https://www.googletagmanager.com/gtag/js?id=AW-1')).toBeUndefined();
  });
  it('needs the path prefix where a pattern names one', () =>
    expect(id('https://www.googletagmanager.com/other/js?id=G-ABC123')).toBeUndefined());
  it('never treats a gtm.js container as a vendor', () => {
    const greedy = vendor('greedy', ['googletagmanager.com']);
    expect(vendorForUrl('https://www.googletagmanager.com/gtm.js?id=GTM-1', [greedy])).toBeUndefined();
    expect(vendorForUrl('https://www.googletagmanager.com/gtag/js?id=G-1', [greedy])?.id).toBe('greedy');
  });
  it('prefers a URL pattern over a vendor claiming the whole host', () => {
    const whole = vendor('whole', ['googletagmanager.com']);
    expect(vendorForUrl('https://www.googletagmanager.com/gtag/js?id=DC-1', [whole, ads])?.id).toBe('ads');
  });
});
