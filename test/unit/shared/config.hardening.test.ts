// A configuration is typed by a person, pasted from a blog, or assembled by a CMS plugin: any
// shape may arrive. Whatever it is, createCore must not throw, must report rather than crash,
// and must allow nothing optional before the shopper chooses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG_IDS, allowedOptional, core, fakeCookieJar, resetSignals } from '../hardening-support';

let jar: ReturnType<typeof fakeCookieJar>;
beforeEach(() => {
  resetSignals();
  jar = fakeCookieJar();
});
afterEach(() => jar.restore());

const KEYS = [
  'vendors',
  'categories',
  'revision',
  'policyUrl',
  'cookie',
  'consentDays',
  'language',
  'text',
  'signals',
  'googleConsentMode',
  'reloadOnWithdraw',
  'receiptEndpoint',
  'layout',
  'debug',
  '__proto__',
  'constructor',
  'prototype',
];
const VENDOR_KEYS = [
  'id',
  'name',
  'company',
  'category',
  'purpose',
  'hosts',
  'urls',
  'cookies',
  'storage',
  'policyUrl',
  'leavesUkEea',
  'onAllow',
  'onWithdraw',
  '__proto__',
];

const anything = fc.anything({
  maxDepth: 3,
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withDate: true,
  withBigInt: true,
});
const id = fc.oneof(
  fc.constantFrom(...CATALOG_IDS, 'necessary', 'analytics', 'marketing', 'preferences', 'constructor', 'prototype', '__proto__', 'own-cat'),
  fc.string({ maxLength: 8 }),
);
const vendorish = fc.dictionary(
  fc.constantFrom(...VENDOR_KEYS),
  fc.oneof(id, fc.array(fc.oneof(fc.domain(), fc.string(), anything), { maxLength: 3 }), fc.boolean(), anything),
  { maxKeys: 8 },
);
/** A value for one config key: plausible, near-plausible or anything at all. */
const field = fc.oneof(
  anything,
  fc.array(fc.oneof(id, vendorish), { maxLength: 5 }),
  fc.dictionary(
    id,
    fc.oneof(fc.record({ label: fc.oneof(fc.string(), anything), description: fc.string() }, { requiredKeys: [] }), anything),
    { maxKeys: 4 },
  ),
  fc.dictionary(
    fc.constantFrom('dnt', 'gpc', 'name', 'domain', 'mode', '__proto__'),
    fc.oneof(fc.constantFrom('ignore', 'reject-all', 'x', 'advanced'), anything),
    { maxKeys: 3 },
  ),
  fc.integer({ min: -5, max: 1_000_000_000_000 }),
  fc.constantFrom('javascript:alert(1)', 'modal', 'bar', 'en-GB', '', 'https://x.example/r'),
);
const hostileConfig = fc.oneof(
  anything,
  fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), field, { maxKeys: 8 }),
);

/** What the site itself declared necessary may run; nothing else may before a choice. */
function declaredNecessary(config: unknown): Set<string> {
  const out = new Set(['necessary']);
  const vendors = (config as { vendors?: unknown } | null)?.vendors;
  if (Array.isArray(vendors))
    for (const v of vendors)
      if (v && typeof v === 'object' && (v as { category?: unknown }).category === 'necessary') out.add(String((v as { id?: unknown }).id));
  return out;
}

/** An object whose every touch throws: a config built from a broken getter or a revoked proxy. */
const booby = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('boom');
      },
      ownKeys: () => {
        throw new Error('boom');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('boom');
      },
      has: () => {
        throw new Error('boom');
      },
      getPrototypeOf: () => {
        throw new Error('boom');
      },
    },
  );

describe('a hostile configuration', () => {
  it('never throws out of createCore and allows nothing optional before a choice', () => {
    fc.assert(
      fc.property(hostileConfig, (config) => {
        const c = core(config);
        const wrong = allowedOptional(c, ['own-cat']).filter((x) => !declaredNecessary(config).has(x));
        expect(wrong).toEqual([]);
        expect(c.getConsent()).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('never throws out of the public API afterwards, whatever the config was', () => {
    fc.assert(
      fc.property(hostileConfig, anything, (config, arg) => {
        const c = core(config);
        c.setConsent(arg as never);
        c.register(arg as never);
        c.isAllowed(arg as never);
        c.on(arg as never, arg as never)();
        c.whenAllowed(arg as never, arg as never)();
        c.rejectAll();
        expect(allowedOptional(c).filter((x) => !declaredNecessary(config).has(x))).toEqual([]);
        c.reset();
      }),
      { numRuns: 200 },
    );
  });

  it('does not throw for a config whose every property access throws, and starts on safe defaults', () => {
    const log: string[] = [];
    for (const config of [
      booby(),
      { vendors: booby() },
      { categories: booby() },
      { text: booby() },
      { vendors: [booby()] },
      {
        get revision(): number {
          throw new Error('boom');
        },
      },
    ]) {
      jar.setHeader('');
      const c = core(config, (m) => log.push(m));
      expect(allowedOptional(c)).toEqual([]);
      c.acceptAll();
      expect(c.isAllowed('analytics')).toBe(true);
    }
    expect(log.length).toBeGreaterThan(0);
  });
});
