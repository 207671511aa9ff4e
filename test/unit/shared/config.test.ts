import { describe, expect, it, vi } from 'vitest';
import { DEFAULTS, resolveConfig } from '../../../src/shared/config';
import { catalog } from '../fixtures';
import { wording, message } from '../../../src/shared/messages';

function resolve(raw: unknown) {
  const errors: string[] = [];
  const config = resolveConfig(raw, catalog, (...p) => errors.push(wording(p)));
  return { config, errors };
}

describe('configuration', () => {
  it('uses the safe defaults when there is none', () => {
    expect(resolve(undefined)).toEqual({ config: DEFAULTS, errors: [] });
  });

  it('accepts a complete valid configuration without a word', () => {
    const { errors, config } = resolve({
      vendors: ['stats', { id: 'ads', name: 'Our ads' }, { id: 'chat', category: 'preferences', hosts: ['chat.example'] }],
      categories: { analytics: { label: 'Statistics' }, loyalty: { label: 'Loyalty', description: 'Points' } },
      revision: 2,
      policyUrl: '/privacy',
      cookie: { name: 'cc', domain: '.shop.example' },
      consentDays: 365,
      language: 'fr',
      text: { title: 'Cookies' },
      signals: { dnt: 'ignore' },
      googleConsentMode: { mode: 'advanced', region: ['GB'] },
      reloadOnWithdraw: false,
      receiptEndpoint: '/consent',
      layout: 'modal',
      debug: true,
    });
    expect(errors).toEqual([]);
    expect(config.vendors.map((v) => v.id)).toEqual(['stats', 'ads', 'chat']);
    expect(config.vendors[1]!.name).toBe('Our ads');
    expect(config.vendors[1]!.hosts).toEqual(['ads.example']);
    expect(config.categories.map((c) => c.id)).toEqual(['necessary', 'preferences', 'analytics', 'marketing', 'loyalty']);
    expect(config.signals).toEqual({ dnt: 'ignore', gpc: 'reject-marketing' });
    expect(config.consentDays).toBe(365);
  });

  // Each bad configuration: what it is, the input, the key the console error must name.
  const bad: Array<[string, unknown, string]> = [
    ['an unknown key', { vendor: ['stats'] }, 'config.vendor'],
    ['vendors that are not an array', { vendors: 'stats' }, 'config.vendors'],
    ['an unknown vendor id', { vendors: ['statz'] }, 'config.vendors[0]'],
    ['a vendor listed twice', { vendors: ['stats', 'stats'] }, 'config.vendors[1]'],
    ['a new vendor without hosts', { vendors: [{ id: 'chat', category: 'analytics' }] }, 'config.vendors[0]'],
    ['a vendor in an unknown category', { vendors: [{ id: 'chat', category: 'social', hosts: ['c.example'] }] }, 'config.vendors[0]'],
    ['a vendor claiming a shared CDN', { vendors: [{ id: 'cdn', category: 'marketing', hosts: ['cloudfront.net'] }] }, 'config.vendors[0]'],
    ['a host with a scheme', { vendors: [{ id: 'x', category: 'marketing', hosts: ['https://x.example'] }] }, 'config.vendors[0].hosts[0]'],
    ['consentDays over two years', { consentDays: 900 }, 'config.consentDays'],
    ['consentDays as a string', { consentDays: '365' }, 'config.consentDays'],
    ['a negative revision', { revision: -1 }, 'config.revision'],
    ['a javascript: policy URL', { policyUrl: 'javascript:alert(1)' }, 'config.policyUrl'],
    ['an unknown signal action', { signals: { gpc: 'accept' } }, 'config.signals.gpc'],
    ['an unknown signal', { signals: { dnt: 'ignore', sec: 'ignore' } }, 'config.signals.sec'],
    ['a bad layout', { layout: 'popup' }, 'config.layout'],
    ['a bad cookie name', { cookie: { name: 'a b;c' } }, 'config.cookie.name'],
    ['a category of your own without a label', { categories: { social: {} } }, 'config.categories.social.label'],
    ['a category id with capitals', { categories: { Social: { label: 'Social' } } }, 'config.categories.Social'],
    ['text that is not a string', { text: { title: 5 } }, 'config.text.title'],
    ['a text key the UI does not have', { text: { titel: 'Cookies' } }, 'config.text.titel'],
    ['a text key the UI does not have, for one language', { text: { fr: { acceptAll: 'Tout accepter' } } }, 'config.text.fr.acceptAll'],
    ['text for a language not shipped', { text: { xx: { title: 'Cookies' } } }, 'config.text.xx'],
    ['a language code not shipped', { languages: ['en-GB', 'english'] }, 'config.languages[1]'],
    ['languages that are not a list', { languages: 'fr' }, 'config.languages'],
    ['a bad consent mode setting', { googleConsentMode: { mode: 'full' } }, 'config.googleConsentMode.mode'],
    ['a config that is not an object', 'analytics', 'config'],
  ];

  it('names the text keys and languages to use in place of an unknown text key', () => {
    const [error] = resolve({ text: { acceptAll: 'Yes' } }).errors;
    expect(error).toMatch(
      /^config\.text\.acceptAll is not a known setting; remove it or use one of title, body, .*accept, .*embed\.content, en-GB, bg, /,
    );
  });

  it('names the shipped languages in place of an unknown language code', () => {
    expect(resolve({ languages: ['gb'] }).errors).toEqual([
      expect.stringMatching(/^config\.languages\[0\] must be one of "en-GB", "bg", .*"nb"$/),
    ]);
  });

  it('accepts per-language text and a list of languages without a word', () => {
    const { config, errors } = resolve({
      languages: ['en-GB', 'fr'],
      text: { accept: 'Yes to all', fr: { accept: 'Oui à tout' }, de: { title: 'Cookies' } },
    });
    expect(errors).toEqual([]);
    expect(config.languages).toEqual(['en-GB', 'fr']);
    expect(config.text).toEqual({ accept: 'Yes to all', fr: { accept: 'Oui à tout' }, de: { title: 'Cookies' } });
  });

  it('serves every shipped language when the site lists none', () => expect(resolve({}).config.languages).toBeNull());

  it('keeps a site whose languages list holds nothing usable to its source language, en-GB', () => {
    expect([resolve({ languages: ['english'] }).config.languages, resolve({ languages: 'fr' }).config.languages]).toEqual([
      ['en-GB'],
      ['en-GB'],
    ]);
  });

  it.each(bad)('reports %s with the key to fix, and does not throw', (_, raw, key) => {
    const { errors } = resolve(raw);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.some((e) => e.startsWith(`${key} `))).toBe(true);
  });

  it.each(bad)('keeps everything optional blocked by default after %s', async (_, raw) => {
    const { config } = resolve(raw);
    expect(config.consentDays).toBeLessThanOrEqual(730);
    expect(config.signals.dnt).not.toBe(undefined);
    expect(config.vendors.every((v) => catalog[v.id] || v.hosts.length > 0)).toBe(true);
    // What the title promises, asked of the started core: no consent, nothing optional allowed.
    const { createCore } = await import('../../../src/boot/core');
    const api = createCore(raw, { catalog, log: () => {} });
    expect(api.getConsent()).toBeNull();
    const optional = [
      'preferences',
      'analytics',
      'marketing',
      ...config.categories.map((c) => c.id).filter((id) => id !== 'necessary'),
      ...Object.keys(catalog),
      ...config.vendors.map((v) => v.id),
    ];
    expect(optional.filter((id) => api.isAllowed(id))).toEqual([]);
    expect(api.isAllowed('necessary')).toBe(true);
  });

  it('drops a javascript: policy URL rather than linking it', () => {
    expect(resolve({ policyUrl: 'javascript:alert(1)' }).config.policyUrl).toBeNull();
    expect(resolve({ policyUrl: ' JaVaScRiPt:alert(1)' }).config.policyUrl).toBeNull();
    expect(resolve({ policyUrl: 'java\tscript:alert(1)' }).config.policyUrl).toBeNull();
  });

  it('writes every problem to the console as one error per problem', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    resolveConfig({ layout: 'popup', debugg: true }, catalog, (...p) => console.error(message(p)));
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it("reaches the console through createCore's own reporter, one error per problem, each naming its key", async () => {
    const { createCore } = await import('../../../src/boot/core');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    createCore({ layout: 'popup', debugg: true }, { catalog });
    const messages = spy.mock.calls.map((c) => c.join(' '));
    spy.mockRestore();
    expect(messages).toHaveLength(2);
    expect(messages.some((m) => m.includes('config.layout'))).toBe(true);
    expect(messages.some((m) => m.includes('config.debugg'))).toBe(true);
  });

  it('turns Google Consent Mode on by default only for Google vendors', () => {
    const google = { ...catalog, doubleclick: { ...catalog.ads!, id: 'doubleclick' } };
    expect(resolveConfig({ vendors: ['doubleclick'] }, google, () => {}).googleConsentMode).toEqual({ mode: 'basic' });
    expect(resolveConfig({ vendors: ['doubleclick'], googleConsentMode: false }, google, () => {}).googleConsentMode).toBeNull();
    expect(resolveConfig({ vendors: ['stats'] }, google, () => {}).googleConsentMode).toBeNull();
  });

  it("accepts a vendor's own distribution on a shared CDN but not the CDN or its shared services", () => {
    const own = { id: 'fr', category: 'marketing', hosts: ['d81mfvml8p5ml.cloudfront.net'] };
    expect(resolve({ vendors: [own] }).errors).toEqual([]);
    for (const host of ['cloudfront.net', 's3.amazonaws.com', 'fonts.googleapis.com', 'cdnjs.cloudflare.com', 'www.gstatic.com']) {
      expect(resolve({ vendors: [{ ...own, hosts: [host] }] }).errors, host).toHaveLength(1);
    }
  });

  it('tells an npm site, which has no catalog, to import the vendor object instead of naming it', () => {
    const errors: string[] = [];
    resolveConfig({ vendors: ['hotjar'] }, {}, (...p) => errors.push(wording(p)));
    expect(errors).toEqual([expect.stringContaining("import the vendor object from 'consentry/vendors'")]);
  });

  it('never lets __proto__ in config reach Object.prototype', () => {
    resolve(
      JSON.parse(
        '{"__proto__": {"polluted": true}, "text": {"__proto__": {"polluted": true}}, "categories": {"__proto__": {"label": "x"}}}',
      ),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a bad configuration at start-up', () => {
  it('never lets an exception escape createCore, and leaves everything optional blocked', async () => {
    const { createCore } = await import('../../../src/boot/core');
    const inputs: unknown[] = [
      'x',
      42,
      [],
      { vendors: {} },
      { categories: [] },
      { signals: null },
      { cookie: 'c' },
      { googleConsentMode: { region: 'GB' } },
      { text: [] },
      { vendors: [null, 7, {}] },
    ];
    for (const raw of inputs) {
      const api = createCore(raw, { catalog, log: () => {} });
      expect(api.isAllowed('analytics') || api.isAllowed('marketing') || api.isAllowed('stats')).toBe(false);
    }
  });
});
