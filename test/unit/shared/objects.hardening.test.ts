// `__proto__`, `constructor` and `prototype` arrive as ordinary keys from JSON (the config
// element), from the cookie and from setConsent(). None of them may reach Object.prototype, and
// none may turn into a consent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { findConfig } from '../../../src/boot/config-source';
import type { Feature } from '../../../src/boot/context';
import { mountUiIn } from '../../../src/ui/mount';
import { startPrefsIn } from '../../../src/ui/prefs';
import { bannerEnGB, prefsEnGB } from '../../../src/ui/text-en-gb';
import { uiFeatureWith } from '../../../src/boot/ui-loader';
import { createFallback } from '../../../src/boot/fallback';
import { CATALOG_IDS, allowedOptional, core, fakeCookieJar, resetSignals } from '../hardening-support';
import { own } from '../../../src/shared/objects';

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join());
let before: string[];
let jar: ReturnType<typeof fakeCookieJar>;

beforeEach(() => {
  resetSignals();
  jar = fakeCookieJar();
  before = snapshot();
});
afterEach(() => {
  jar.restore();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

function expectPrototypesUntouched(): void {
  expect(snapshot()).toEqual(before);
  const probe = {} as Record<string, unknown>;
  expect([probe.polluted, probe.analytics, probe.granted, probe.isAdmin]).toEqual([undefined, undefined, undefined, undefined]);
}

const POISON = ['__proto__', 'constructor', 'prototype'];
const payload = (inner: string) => `{"__proto__": ${inner}, "constructor": {"prototype": ${inner}}, "prototype": ${inner}}`;
const granting = '{"polluted": true, "analytics": true, "granted": true, "isAdmin": true}';

describe('prototype pollution', () => {
  it('config keys named __proto__, constructor and prototype, at every level, reach no prototype and grant nothing', () => {
    const config = JSON.parse(`{
      "__proto__": ${granting}, "constructor": {"prototype": ${granting}},
      "vendors": ["stats", ${payload(granting)}, {"id": "constructor", "category": "analytics", "hosts": ["c.example"], "__proto__": ${granting}}],
      "categories": ${payload('{"label": "x"}')},
      "text": ${payload('"x"')},
      "signals": ${payload('"ignore"')},
      "cookie": ${payload('"x"')},
      "googleConsentMode": ${payload('true')}
    }`);
    const c = core(config);
    expectPrototypesUntouched();
    expect(allowedOptional(c, ['constructor'])).toEqual([]);
  });

  it('a config element holding __proto__ keys is read as data', () => {
    document.head.innerHTML = `<script type="application/json" id="consentry-config">${payload(granting)}</script>`;
    const c = core(findConfig(document, window, () => {}));
    expectPrototypesUntouched();
    expect(allowedOptional(c)).toEqual([]);
  });

  it('a cookie naming __proto__, constructor or prototype as categories and vendors grants nothing', () => {
    const at = Math.floor(Date.now() / 1000).toString(36);
    for (const id of POISON) {
      jar.setHeader(`consentry=1.AAAAAAAAAAAAAAAA.${at}.0.${id}:1b.${id}:1.${id}.`);
      const c = core({ vendors: CATALOG_IDS });
      expect(allowedOptional(c, POISON)).toEqual([]);
      expect(Object.getPrototypeOf(c.getConsent()?.categories ?? Object.create(null))).toBeNull();
    }
    expectPrototypesUntouched();
  });

  it('setConsent() with __proto__, constructor and prototype keys records nothing and allows nothing', () => {
    const c = core({ vendors: CATALOG_IDS });
    c.setConsent(JSON.parse('{"__proto__": true, "constructor": true, "prototype": true}'));
    c.setConsent(JSON.parse(`{"__proto__": {"analytics": true}}`));
    expectPrototypesUntouched();
    expect(allowedOptional(c, POISON)).toEqual([]);
    const r = c.getConsent();
    for (const key of POISON) {
      expect(own(r?.categories ?? {}, key)).toBe(false);
      expect(own(r?.vendors ?? {}, key)).toBe(false);
    }
  });

  it('register() with poisoned keys touches no prototype', () => {
    const c = core({});
    c.register(JSON.parse(`{"id": "newbie", "category": "analytics", "hosts": ["n.example"], ${payload(granting).slice(1, -1)}}`));
    c.register(JSON.parse(payload(granting)));
    expectPrototypesUntouched();
  });

  it('the UI and the fallback render a config with poisoned text keys without touching a prototype', async () => {
    const config = JSON.parse(`{"text": ${payload('"x"')}, "categories": ${payload('{"label": "x"}')}}`);
    const ui = uiFeatureWith(async () => mountUiIn({ lang: 'en-GB', text: bannerEnGB }, () => startPrefsIn(prefsEnGB)));
    let fallback: (() => void) | undefined;
    const features: Feature[] = [ui, (ctx) => void (fallback = () => createFallback(ctx).show(true))];
    core(config, () => {}, { features });
    fallback!();
    // Wait for the UI mount itself, not for a timer tick that merely tends to come after it.
    await vi.waitFor(() => expect(document.querySelectorAll('[data-consentry-ui]').length).toBe(2));
    expectPrototypesUntouched();
  });

  it('holds for random objects built from poisoned keys, fed to config and setConsent()', () => {
    const key = fc.constantFrom(...POISON, 'analytics', 'stats', 'label', 'polluted');
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.boolean(), fc.string({ maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(key, fc.constantFrom('vendors', 'categories', 'text', 'signals', 'cookie')), tree, { maxKeys: 5 }),
        tree,
        (config, choices) => {
          jar.setHeader('');
          // Through JSON, as the config element and a parsed request body would bring them.
          const c = core(JSON.parse(JSON.stringify(config)));
          c.setConsent(JSON.parse(JSON.stringify(choices ?? null)));
          expectPrototypesUntouched();
          // No vendors survive this config, so whatever is allowed must have been named true itself;
          // and a poisoned name only when the site declared it as a category of its own (then it is
          // data like any id: `{"categories":{"constructor":{"label":" "}}}` granted by name).
          const named = (id: string) =>
            !!choices && typeof choices === 'object' && own(choices, id) && (choices as Record<string, unknown>)[id] === true;
          const cats = (config as Record<string, unknown>).categories;
          const declared = (id: string) => !!cats && typeof cats === 'object' && own(cats, id);
          expect(allowedOptional(c, POISON).filter((id) => !named(id) || (POISON.includes(id) && !declared(id)))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
