// The record handed to page code (getConsent(), change listeners, the consentry:change event) is
// the one the core decides from. A script that edits it must not be able to grant anything.
import { describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../../../src/shared/types';
import { CATALOG_IDS, allowedOptional, core, freshBrowserState } from '../hardening-support';

freshBrowserState();

const config = { vendors: CATALOG_IDS };

/** Tries every edit a page script could make; strict-mode code gets a TypeError, sloppy code nothing. */
function tamper(record: ConsentRecord | null): void {
  const r = record as unknown as {
    categories: Record<string, { granted: boolean }>;
    vendors: Record<string, boolean>;
    seenVendors: string[];
  };
  const attempts = [
    () => (r.categories.analytics!.granted = true),
    () => (r.categories.marketing = { granted: true }),
    () => (r.vendors[CATALOG_IDS[0]!] = true),
    () => r.seenVendors.push('intruder'),
    () => (r.categories = { analytics: { granted: true }, marketing: { granted: true } }),
  ];
  for (const attempt of attempts) {
    try {
      attempt();
    } catch {
      // refused, as it should be
    }
  }
}

describe('a page script editing the consent record', () => {
  it('cannot grant through the object getConsent() returns', () => {
    const c = core(config);
    c.rejectAll();
    tamper(c.getConsent());
    expect(allowedOptional(c)).toEqual([]);
  });

  it('cannot have a later choice write its forged grant into the cookie', () => {
    const c = core(config);
    c.rejectAll();
    tamper(c.getConsent());
    c.setConsent({ preferences: true });
    expect(allowedOptional(c)).toEqual(['preferences']);
    expect(allowedOptional(core(config))).toEqual(['preferences']);
  });

  it('cannot grant through the record a change listener receives', () => {
    const c = core(config);
    c.on('change', (record) => tamper(record));
    c.rejectAll();
    expect(allowedOptional(c)).toEqual([]);
  });

  it('cannot grant through the consentry:change event detail', () => {
    const c = core(config);
    const tamperWithDetail = (e: Event) => tamper((e as CustomEvent<ConsentRecord>).detail);
    document.addEventListener('consentry:change', tamperWithDetail);
    c.rejectAll();
    document.removeEventListener('consentry:change', tamperWithDetail);
    expect(allowedOptional(c)).toEqual([]);
  });

  it('cannot grant through a record read back from the cookie', () => {
    core(config).rejectAll();
    const c = core(config);
    tamper(c.getConsent());
    expect(allowedOptional(c)).toEqual([]);
  });
});
