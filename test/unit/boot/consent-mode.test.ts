// Google Consent Mode v2 as gtag.js reads it: `arguments` objects in dataLayer, the default
// first, then an update for a stored choice and for every change.
import { beforeEach, describe, expect, it } from 'vitest';
import Cookies from 'js-cookie';
import { createCore } from '../../../src/boot/core';
import { consentModeFeature, exemptFromGate } from '../../../src/boot/consent-mode';
import type { ConsentryContext, Feature } from '../../../src/boot/context';
import { catalog } from '../../../vendors';

type W = Window & { dataLayer?: unknown[]; gtag?: unknown };
const w = window as W;
const GOOGLE = ['doubleclick', 'google-analytics', 'hotjar'];

const start = (config: object = { vendors: GOOGLE }, extra: Feature[] = []) =>
  createCore(config, { catalog, features: [consentModeFeature, ...extra], log: () => {} });

/** dataLayer entries as plain values; `arguments` objects become `{ args: [...] }`. */
const entries = () =>
  (w.dataLayer ?? []).map((e) => (Object.prototype.toString.call(e) === '[object Arguments]' ? { args: [...(e as IArguments)] } : e));
const commands = (kind: string) =>
  entries()
    .filter((e) => 'args' in (e as object) && (e as { args: unknown[] }).args[1] === kind)
    .map((e) => (e as { args: unknown[] }).args[2]);

const ALL_DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const ALL_GRANTED = Object.fromEntries(Object.keys(ALL_DENIED).map((k) => [k, 'granted']));

beforeEach(() => {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
  delete w.dataLayer;
  delete w.gtag;
  Object.defineProperty(navigator, 'doNotTrack', { value: null, configurable: true });
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: undefined, configurable: true });
});

describe('Google Consent Mode v2', () => {
  it('pushes the consent default first, as an arguments object, with everything but security denied', () => {
    start();
    const first = w.dataLayer![0];
    expect(Object.prototype.toString.call(first)).toBe('[object Arguments]');
    expect([...(first as IArguments)]).toEqual(['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]);
  });

  it('defines gtag as Google does when the page has none, pushing arguments objects', () => {
    start();
    (w.gtag as (...a: unknown[]) => void)('config', 'G-TEST1');
    expect(entries().at(-1)).toEqual({ args: ['config', 'G-TEST1'] });
  });

  it('keeps a gtag the page already defined', () => {
    const own = () => {};
    w.gtag = own;
    start();
    expect(w.gtag).toBe(own);
  });

  it('keeps entries already in dataLayer and adds the default after them', () => {
    w.dataLayer = [{ event: 'page' }];
    start();
    expect(entries()[0]).toEqual({ event: 'page' });
    expect(commands('default')).toHaveLength(1);
  });

  it('is on by default when the site uses a Google vendor', () => {
    start({ vendors: ['google-analytics'] });
    expect(commands('default')).toHaveLength(1);
  });

  it('stays off when the site uses no Google vendor', () => {
    start({ vendors: ['hotjar'] });
    expect(w.dataLayer).toBeUndefined();
  });

  it('stays off with googleConsentMode: false', () => {
    start({ vendors: GOOGLE, googleConsentMode: false });
    expect(w.dataLayer).toBeUndefined();
  });

  it('limits the default to the configured regions', () => {
    start({ vendors: GOOGLE, googleConsentMode: { region: ['GB', 'ES-CT'] } });
    expect(commands('default')[0]).toEqual({ ...ALL_DENIED, wait_for_update: 500, region: ['GB', 'ES-CT'] });
  });

  it('sets ads_data_redaction and url_passthrough when configured', () => {
    start({ vendors: GOOGLE, googleConsentMode: { adsDataRedaction: true, urlPassthrough: false } });
    const sets = entries().filter((e) => (e as { args?: unknown[] }).args?.[0] === 'set');
    expect(sets).toEqual([{ args: ['set', 'ads_data_redaction', true] }, { args: ['set', 'url_passthrough', false] }]);
  });

  it('sets neither ads_data_redaction nor url_passthrough unless configured', () => {
    start();
    expect(entries().filter((e) => (e as { args?: unknown[] }).args?.[0] === 'set')).toEqual([]);
  });

  it('pushes no update before the shopper chooses', () => {
    start();
    expect(commands('update')).toEqual([]);
  });

  it('grants exactly the mapped types after acceptAll', () => {
    start().acceptAll();
    expect(commands('update')).toEqual([ALL_GRANTED]);
  });

  it('maps analytics alone to analytics_storage alone', () => {
    start().setConsent({ analytics: true });
    expect(commands('update')).toEqual([{ ...ALL_DENIED, analytics_storage: 'granted' }]);
  });

  it('maps preferences to functionality_storage and personalization_storage', () => {
    start().setConsent({ preferences: true });
    expect(commands('update')).toEqual([{ ...ALL_DENIED, functionality_storage: 'granted', personalization_storage: 'granted' }]);
  });

  it('denies the ad types when marketing is withdrawn later', () => {
    const c = start();
    c.acceptAll();
    c.setConsent({ marketing: false });
    expect(commands('update').at(-1)).toEqual({
      ...ALL_GRANTED,
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('denies the ad types when DoubleClick alone is switched off', () => {
    const c = start();
    c.acceptAll();
    c.setConsent({ doubleclick: false });
    expect(commands('update').at(-1)).toMatchObject({ ad_storage: 'denied', analytics_storage: 'granted' });
  });

  it('pushes the update for a stored choice at start-up, right after the default', () => {
    start().setConsent({ analytics: true, marketing: false, preferences: false });
    delete w.dataLayer;
    start();
    const google = entries().filter((e) => 'args' in (e as object));
    expect(google.map((e) => (e as { args: unknown[] }).args[1])).toEqual(['default', 'update']);
    expect(commands('update')[0]).toEqual({ ...ALL_DENIED, analytics_storage: 'granted' });
  });

  it('pushes the update before a feature started after it sees the decision', () => {
    let seen = -1;
    const later: Feature = (ctx: ConsentryContext) => ctx.onDecisions(() => (seen = commands('update').length));
    start(undefined, [later]).acceptAll();
    expect(seen).toBe(1);
  });

  it('pushes a consentry_update event naming what is allowed on each change', () => {
    const c = start();
    c.setConsent({ analytics: true });
    const events = entries().filter((e) => (e as { event?: string }).event === 'consentry_update');
    expect(events).toEqual([
      {
        event: 'consentry_update',
        consentry: {
          categories: { necessary: true, preferences: false, analytics: true, marketing: false },
          vendors: { doubleclick: false, 'google-analytics': true, hotjar: true },
        },
      },
    ]);
  });

  it('pushes nothing when a choice changes nothing', () => {
    const c = start();
    c.rejectAll();
    const before = entries().length;
    c.rejectAll();
    expect(entries()).toHaveLength(before);
  });

  it('keeps the ad types denied under Global Privacy Control after acceptAll', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    start().acceptAll();
    expect(commands('update').at(-1)).toEqual({
      ...ALL_GRANTED,
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('records the Do Not Track refusal as an all-denied update at start-up', () => {
    Object.defineProperty(navigator, 'doNotTrack', { value: '1', configurable: true });
    start();
    expect(commands('update')).toEqual([ALL_DENIED]);
  });
});

describe('advanced Consent Mode', () => {
  const ctxOf = (config: object) => {
    let ctx!: ConsentryContext;
    createCore(config, { catalog, features: [(c) => void (ctx = c)], log: () => {} });
    return ctx;
  };

  it("exempts Google's vendors from the gate, and only them", () => {
    const ctx = ctxOf({ vendors: GOOGLE, googleConsentMode: { mode: 'advanced' } });
    expect(exemptFromGate(ctx, 'doubleclick')).toBe(true);
    expect(exemptFromGate(ctx, 'google-analytics')).toBe(true);
    expect(exemptFromGate(ctx, 'hotjar')).toBe(false);
  });

  it('exempts nothing in basic mode, the default', () => {
    expect(exemptFromGate(ctxOf({ vendors: GOOGLE }), 'doubleclick')).toBe(false);
  });

  it('is off while a privacy signal is honoured', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    expect(exemptFromGate(ctxOf({ vendors: GOOGLE, googleConsentMode: { mode: 'advanced' } }), 'doubleclick')).toBe(false);
  });

  it('applies again when the site ignores the signal', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const ctx = ctxOf({ vendors: GOOGLE, googleConsentMode: { mode: 'advanced' }, signals: { gpc: 'ignore' } });
    expect(exemptFromGate(ctx, 'doubleclick')).toBe(true);
  });
});
