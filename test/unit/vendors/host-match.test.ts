// Host matching against the real catalog, with URLs as each vendor's install guide writes them,
// and near misses that must never be taken for a vendor (another site's CDN, a look-alike host).
import { describe, expect, it } from 'vitest';
import { vendorForUrl } from '../../../src/boot/gate/host-match';
import { catalog } from '../../../vendors';

const vendors = Object.values(catalog);
const BASE = 'https://www.shop.example/cameras/';
const owner = (url: string) => vendorForUrl(url, vendors, BASE)?.id;

const INSTALL_GUIDE_URLS: Array<[string, string]> = [
  // DoubleClick: Floodlight and Google Ads through gtag.js, older iframe/img tags, ad serving.
  ['doubleclick', 'https://www.googletagmanager.com/gtag/js?id=DC-8765432'],
  ['doubleclick', 'https://www.googletagmanager.com/gtag/js?id=AW-123456789'],
  ['doubleclick', 'https://www.googletagmanager.com/gtag/destination?id=AW-123456789&l=dataLayer&cx=c'],
  ['doubleclick', 'https://8765432.fls.doubleclick.net/activityi;src=8765432;type=sales;cat=purch0;qty=1;cost=299.00;ord=1?'],
  ['doubleclick', 'https://ad.doubleclick.net/ddm/activity/src=8765432;type=invmedia;cat=visit0;ord=1'],
  ['doubleclick', 'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123456789/?random=1'],
  ['doubleclick', 'https://www.googleadservices.com/pagead/conversion/123456789/?label=AbC-D_efG'],
  ['doubleclick', 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1234'],
  ['doubleclick', 'https://www.googletagservices.com/tag/js/gpt.js'],
  ['doubleclick', 'https://s0.2mdn.net/ads/richmedia/studio/pv2/12345/index.html'],
  // Google Analytics 4.
  ['google-analytics', 'https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9'],
  ['google-analytics', 'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123XYZ9&cid=1.2'],
  ['google-analytics', 'https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123XYZ9'],
  ['google-analytics', 'https://region1.analytics.google.com/g/collect?v=2&tid=G-ABC123XYZ9'],
  // Hotjar: the snippet's loader, its modules, recordings over WebSocket, content and metrics.
  ['hotjar', 'https://static.hotjar.com/c/hotjar-3456789.js?sv=6'],
  ['hotjar', 'https://script.hotjar.com/modules.8da33a8f469c3b5ffcec.js'],
  ['hotjar', 'wss://ws.hotjar.com/api/v2/client/ws'],
  ['hotjar', 'https://vars.hotjar.com/box-469cf41adb11dc78be68c1ae7f9457a4.html'],
  ['hotjar', 'https://content.hotjar.io/?site_id=3456789'],
  ['hotjar', 'https://metrics.hotjar.io/'],
  // Fresh Relevance: its CloudFront distributions and its own domain.
  ['fresh-relevance', 'https://d81mfvml8p5ml.cloudfront.net/qw8e7r6t.js'],
  ['fresh-relevance', 'https://dkpklk99llpj0.cloudfront.net/tms.js'],
  ['fresh-relevance', 'https://dn1i8v75r669j.cloudfront.net/img/pixel.gif'],
  ['fresh-relevance', 'https://d1y9qtn9cuc3xw.cloudfront.net/lib.js'],
  ['fresh-relevance', 'https://am.freshrelevance.com/rec/?fr_site=qw8e7r6t'],
  // Rakuten Advertising: site-wide tag, conversion tags and pixels, click tracking.
  ['rakuten', 'https://tag.rmp.rakuten.com/123456.ct.js'],
  ['rakuten', 'https://s-cs.rmp.rakuten.com/v1/track?ord=A100'],
  ['rakuten', 'https://track.linksynergy.com/ep?mid=12345&ord=A100&skulist=CAM1&qlist=1&amtlist=29900&cur=GBP'],
  ['rakuten', 'https://tags.rd.linksynergy.com/js/12345'],
  ['rakuten', 'https://click.linksynergy.com/deeplink?id=abc&mid=12345'],
  ['rakuten', 'https://www.rmtag.com/12345.js'],
  // Mixpanel: the snippet's library and the tracking APIs (US, EU and India residency).
  ['mixpanel', 'https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js'],
  ['mixpanel', 'https://api-js.mixpanel.com/track/?verbose=1&ip=1&_=1700000000000'],
  ['mixpanel', 'https://api-eu.mixpanel.com/engage/?verbose=1'],
  ['mixpanel', 'https://api-in.mixpanel.com/decide?verbose=1'],
];

const NEAR_MISSES = [
  // The site's own tag manager container is never a vendor.
  'https://www.googletagmanager.com/gtm.js?id=GTM-ABC1234',
  'https://www.googletagmanager.com/gtm.js?id=GTM-ABC1234&gtm_auth=x&gtm_preview=env-2',
  'https://www.googletagmanager.com/ns.html?id=GTM-ABC1234',
  // Shared platforms every site uses.
  'https://fonts.googleapis.com/css2?family=Inter',
  'https://www.gstatic.com/recaptcha/releases/abc/recaptcha__en.js',
  'https://www.google.com/recaptcha/api.js',
  'https://d111111abcdef8.cloudfront.net/shop-assets/app.js',
  'https://cloudfront.net/x.js',
  'https://shop-assets.s3.amazonaws.com/logo.png',
  'https://cdn.jsdelivr.net/npm/preact@10/dist/preact.min.js',
  // Look-alikes: a label boundary, a suffix, another TLD.
  'https://nothotjar.com/c/hotjar-1.js',
  'https://static.hotjar.com.evil.example/c/hotjar-1.js',
  'https://hotjar.co/c/hotjar-1.js',
  'https://xdoubleclick.net/activityi',
  'https://mixpanel.co/libs/mixpanel.js',
  'https://mxpnl.com.example/libs/mixpanel.js',
  'https://freshrelevance.co.uk/x.js',
  'https://d81mfvml8p5ml.cloudfront.net.evil.example/x.js',
  'https://rakuten.com/',
  'https://www.rakuten.co.uk/',
  'https://linksynergy.com.example/track',
  'https://google-analytics.co/g/collect',
  // The vendor's name only in the path or query of the shop's own URL.
  'https://www.shop.example/static.hotjar.com/c/hotjar-1.js',
  'https://www.shop.example/out?to=https://tag.rmp.rakuten.com/1.ct.js',
  '/vendor/mixpanel-2-latest.min.js',
];

describe('host matching with the catalog', () => {
  it.each(INSTALL_GUIDE_URLS)('gives %s the URL %s', (id, url) => {
    expect(owner(url)).toBe(id);
  });

  it.each(NEAR_MISSES)('gives no vendor the near miss %s', (url) => {
    expect(owner(url)).toBeUndefined();
  });

  it('gives a Google tag id (GT-), which can carry Ads and Analytics, to whichever of the two is not allowed yet', () => {
    const url = 'https://www.googletagmanager.com/gtag/js?id=GT-XYZ987';
    expect(['doubleclick', 'google-analytics']).toContain(vendorForUrl(url, vendors)?.id);
    expect(vendorForUrl(url, vendors, undefined, (id) => id === 'doubleclick')?.id).toBe('google-analytics');
    expect(vendorForUrl(url, vendors, undefined, (id) => id === 'google-analytics')?.id).toBe('doubleclick');
  });

  it('checks every value of a repeated id parameter', () => {
    expect(vendorForUrl('https://www.googletagmanager.com/gtag/js?id=x&id=G-ABC123XYZ9', vendors)?.id).toBe('google-analytics');
  });

  it('gives Google tags by id whatever the order vendors are listed in', () => {
    const reversed = [...vendors].reverse();
    expect(vendorForUrl('https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9', reversed)?.id).toBe('google-analytics');
    expect(vendorForUrl('https://www.googletagmanager.com/gtag/js?id=DC-8765432', reversed)?.id).toBe('doubleclick');
  });

  it.each([
    ['an upper-case host', 'https://STATIC.HOTJAR.COM/c/hotjar-1.js'],
    ['a trailing dot', 'https://static.hotjar.com./c/hotjar-1.js'],
    ['a protocol-relative URL', '//static.hotjar.com/c/hotjar-1.js'],
    ['user@host', 'https://shop.example@static.hotjar.com/c/hotjar-1.js'],
    ['a percent-encoded dot', 'https://static%2Ehotjar%2Ecom/c/hotjar-1.js'],
    ['a port', 'https://static.hotjar.com:443/c/hotjar-1.js'],
  ])('is not fooled by %s', (_, url) => {
    expect(owner(url)).toBe('hotjar');
  });

  it('claims only the vendors the site uses', () => {
    expect(vendorForUrl('https://static.hotjar.com/c/hotjar-1.js', [catalog.mixpanel!])).toBeUndefined();
  });
});
