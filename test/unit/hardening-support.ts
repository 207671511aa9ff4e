// Shared plumbing for the hardening tests: a cookie jar the test controls byte for byte (the
// shopper, an extension or another script can write anything into document.cookie), and the
// ids whose answer must stay "no" until the shopper says otherwise.
import { afterEach, beforeEach } from 'vitest';
import { createCore, type CoreOptions } from '../../src/boot/core';
import type { ConsentryApi } from '../../src/shared/types';
import { catalog } from './fixtures';

export const OPTIONAL_CATEGORIES = ['preferences', 'analytics', 'marketing'];
export const CATALOG_IDS = Object.keys(catalog);
/** Ids that look like something to a careless lookup: prototype members and near-misses. */
export const TRICKY_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'necessary ', 'Analytics', ''];

/** Replaces document.cookie with a jar whose raw header the test writes; returns its controls. */
export function fakeCookieJar(doc: Document = document) {
  let header = '';
  const written: string[] = [];
  Object.defineProperty(doc, 'cookie', {
    configurable: true,
    get: () => header,
    set: (v: string) => {
      written.push(String(v));
      const [pair] = String(v).split(';');
      const name = pair!.slice(0, pair!.indexOf('='));
      const expired = /expires=Thu, 01 Jan 1970/i.test(String(v));
      const rest = header.split('; ').filter((c) => c && !c.startsWith(`${name}=`));
      header = [...rest, ...(expired ? [] : [pair!])].join('; ');
    },
  });
  return {
    /** The raw `document.cookie` string, exactly as a hostile party left it. */
    setHeader: (raw: string) => void (header = raw),
    header: () => header,
    written,
    restore: () => void delete (doc as { cookie?: string }).cookie,
  };
}

/** A core on the test document with the fixture catalog; problems go to `log`, not the console. */
export function core(config: unknown, log: (m: string) => void = () => {}, options: CoreOptions = {}): ConsentryApi {
  return createCore(config, { catalog, log, features: [], ...options });
}

/** Every id a hostile input might have tricked into "allowed": categories, vendors, prototype names. */
export function allowedOptional(c: ConsentryApi, extra: readonly string[] = []): string[] {
  // A Set, since `extra` may repeat a tricky id (a vendor registered as `constructor`).
  return [...new Set([...OPTIONAL_CATEGORIES, ...CATALOG_IDS, ...TRICKY_IDS, ...extra])].filter((id) => c.isAllowed(id));
}

/** Every test starts with no privacy signal and an empty fake cookie jar; returns the current jar. */
export function freshBrowserState(): () => ReturnType<typeof fakeCookieJar> {
  let jar: ReturnType<typeof fakeCookieJar>;
  beforeEach(() => {
    resetSignals();
    jar = fakeCookieJar();
  });
  afterEach(() => jar.restore());
  return () => jar;
}

export function resetSignals(): void {
  Object.defineProperty(navigator, 'doNotTrack', { value: null, configurable: true });
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: undefined, configurable: true });
}
