// What an audit concludes from what the browser saw: each request, cookie and storage key is
// given to a vendor by the same matchers the gate and the cleanup use, and judged by one rule:
// a vendor may act in a pass only when it is necessary or the pass is "Accept all".
import { getDomain } from 'tldts';
import { catalogRules } from '../../vendors/rules';
import { frameStorage } from '../../vendors/words';
import { own } from '../shared/objects';
import { vendorForUrl } from '../boot/gate/host-match';
import { vendorCookies } from '../boot/cleanup/cookies';
import { GOOGLE_VENDORS } from '../shared/google';
import { cookiePattern, matches } from '../shared/patterns';
import type { ResolvedConfig, VendorRules } from '../shared/types';

export type PassName = 'before-choice' | 'after-reject' | 'after-accept';
export type FindingKind =
  | 'leak'
  | 'consent-mode-ping'
  | 'unmarked-tag'
  | 'not-first'
  | 'undeclared-host'
  | 'undeclared-cookie'
  | 'declared-unseen';

export interface SeenCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** Seconds from now until it expires; null for a session cookie. */
  readonly lifetime: number | null;
  readonly party: 'first' | 'third';
}

/** What a page's stores hold: the page's own, or one iframe's on the iframe's origin. */
export interface SeenStores {
  readonly local: readonly string[];
  readonly session: readonly string[];
  readonly indexedDB: readonly string[];
}

/** An iframe's storage, read inside it: an embed writes on its own origin, out of the page's reach. */
export interface FrameStores extends SeenStores {
  readonly url: string;
}

/** One recorded page load: the first visit, or the reload after a choice. */
export interface PassRecord extends SeenStores {
  readonly pass: PassName;
  readonly requests: readonly string[];
  readonly cookies: readonly SeenCookie[];
  readonly frames?: readonly FrameStores[];
}

/** An element of the served HTML, in document order, as the browser's parser read it. */
export interface StaticTag {
  readonly html: string;
  readonly src: string | null;
  readonly text: string;
  readonly type: string;
  readonly async: boolean;
  readonly defer: boolean;
  readonly marked: boolean;
  readonly script: boolean;
}

export interface PageRecord {
  readonly url: string;
  readonly consentry: boolean;
  readonly tags: readonly StaticTag[];
  readonly passes: readonly PassRecord[];
}

export interface Finding {
  readonly kind: FindingKind;
  readonly page: string;
  readonly pass: PassName;
  readonly vendor?: string;
  readonly host?: string;
  readonly cookie?: string;
  readonly storage?: string;
  readonly tag?: string;
  readonly detail?: string;
}

/** Kinds that fail an audit; `--strict` adds the undeclared ones. */
export const FAILING: readonly FindingKind[] = ['leak', 'unmarked-tag', 'not-first'];
export const STRICT: readonly FindingKind[] = [...FAILING, 'undeclared-host', 'undeclared-cookie'];

/** The registrable domain by the Public Suffix List, private suffixes included (`x.cloudfront.net` is its own site). */
export const site = (host: string): string => getDomain(host, { allowPrivateDomains: true }) ?? host;

const CATALOG: readonly VendorRules[] = Object.values(catalogRules);
const allowed = (pass: PassName, v: VendorRules) => v.category === 'necessary' || pass === 'after-accept';
/** The vendors Consent Mode speaks for: in its advanced mode their requests before a choice are pings, not leaks. */
const GOOGLE: readonly string[] = Object.values(GOOGLE_VENDORS);
/** `consentry.js` itself, not its later parts (`consentry-ui.js`). */
export const isConsentryScript = (src: string | null) => !!src && /(^|\/)consentry(\.min)?\.js([?#]|$)/.test(src);
const URLS = /(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s'"`<>\\)]*/gi;

function tagVendor(tag: StaticTag, vendors: readonly VendorRules[], base: string): VendorRules | undefined {
  if (tag.src) return vendorForUrl(tag.src, vendors, base);
  return (tag.text.match(URLS) ?? []).map((u) => vendorForUrl(u, vendors, base)).find(Boolean);
}

const isJs = (t: StaticTag) => t.script && ['', 'text/javascript', 'application/javascript', 'module'].includes(t.type.toLowerCase());
/**
 * An inline script that is one `window.consentryConfig = {...}` assignment: the README's third
 * way to configure Consentry, which has to come before the script, so it is no script ahead of
 * the gate (and a vendor's `policyUrl` in it is no vendor tag).
 */
const isConfigScript = (t: StaticTag) => !t.src && /^\s*(?:window\.)?consentryConfig\s*=\s*\{[\s\S]*\}\s*;?\s*$/.test(t.text);

type Store = 'local' | 'session' | 'indexedDB';
/** The vendor whose storage list names a key or database: the list given first wins (configured before catalog). */
const storageVendor = (where: Store, name: string, vendors: readonly VendorRules[]) =>
  vendors.find((k) => (k.storage?.[where] ?? []).some((pat) => matches(name, pat)));
/** The configured vendors, then the catalog entries the site did not configure: the order every matcher asks in. */
const knownVendors = (configured: readonly VendorRules[]) => [
  ...configured,
  ...CATALOG.filter((c) => !configured.some((v) => v.id === c.id)),
];

export function judge(pages: readonly PageRecord[], config: ResolvedConfig): Finding[] {
  const out: Finding[] = [];
  const keys = new Set<string>();
  const add = (f: Finding) => {
    const key = JSON.stringify([f.kind, f.page, f.pass, f.vendor, f.host, f.cookie, f.storage, f.tag]);
    if (!keys.has(key)) {
      keys.add(key);
      out.push(f);
    }
  };
  const configured = config.vendors;
  const known = knownVendors(configured);
  const advanced = config.googleConsentMode?.mode === 'advanced';
  const consentCookie = config.cookie.name;
  // Keyed by the cookie as the catalog shows it (a prefix as `_hj*`), which is also how a finding names it.
  const unseen = new Set(configured.flatMap((v) => v.cookies.map((c) => `${v.id}\u0000${cookiePattern(c)}`)));

  for (const page of pages) {
    const home = site(new URL(page.url).hostname);
    // The served HTML: vendor tags must be marked up, and consentry.js must come first.
    const first = page.tags.findIndex((t) => t.script && isConsentryScript(t.src));
    page.tags.forEach((t, i) => {
      // What the browser never runs (the JSON configuration element, JSON-LD) and the configuration
      // itself are not tags, even where they name a vendor's URL (a vendor's policyUrl).
      if (t.script && (!isJs(t) || isConfigScript(t))) return;
      const v = t.marked ? undefined : tagVendor(t, known, page.url);
      if (v) add({ kind: 'unmarked-tag', page: page.url, pass: 'before-choice', vendor: v.id, tag: t.html });
      if (first >= 0 && i < first && (v || (isJs(t) && t.type !== 'module' && !t.async && !t.defer)))
        add({
          kind: 'not-first',
          page: page.url,
          pass: 'before-choice',
          tag: t.html,
          detail: `consentry.js comes after this ${v ? 'vendor tag' : 'synchronous script'}`,
        });
    });
    if (first < 0) add({ kind: 'not-first', page: page.url, pass: 'before-choice', detail: 'consentry.js is not on this page' });
    else {
      const c = page.tags[first]!;
      if (c.async || c.defer || c.type === 'module')
        add({
          kind: 'not-first',
          page: page.url,
          pass: 'before-choice',
          tag: c.html,
          detail: 'consentry.js must be a plain synchronous script, not async, defer or a module',
        });
    }

    for (const p of page.passes) {
      for (const url of p.requests) {
        const host = new URL(url).hostname;
        if (site(host) === home) continue;
        const mine = vendorForUrl(url, configured);
        const v = mine ?? vendorForUrl(url, CATALOG);
        // A page without Consentry has no configuration in force: a configured vendor's host there
        // is as undeclared as any (a necessary one would otherwise go unreported, being no leak).
        if (!mine) add({ kind: 'undeclared-host', page: page.url, pass: p.pass, host, vendor: v?.id });
        else if (!page.consentry)
          add({
            kind: 'undeclared-host',
            page: page.url,
            pass: p.pass,
            host,
            vendor: mine.id,
            detail: 'a configured vendor, on a page without Consentry',
          });
        if (v && !allowed(p.pass, v))
          add({
            kind: mine && advanced && GOOGLE.includes(v.id) ? 'consent-mode-ping' : 'leak',
            page: page.url,
            pass: p.pass,
            vendor: v.id,
            host,
          });
      }
      for (const c of p.cookies) {
        if (c.name === consentCookie && c.party === 'first') continue;
        const byName = (vs: readonly VendorRules[]) =>
          vs.find((v) =>
            c.party === 'first' ? vendorCookies(v, [c.name]).length > 0 : !!vendorForUrl(`https://${c.domain.replace(/^\./, '')}/`, [v]),
          );
        const mine = byName(configured);
        const v = mine ?? byName(CATALOG);
        if (mine && p.pass === 'after-accept')
          for (const d of mine.cookies) if (matches(c.name, cookiePattern(d))) unseen.delete(`${mine.id}\u0000${cookiePattern(d)}`);
        if (!mine)
          add({
            kind: 'undeclared-cookie',
            page: page.url,
            pass: p.pass,
            cookie: c.name,
            vendor: v?.id,
            host: c.domain.replace(/^\./, ''),
          });
        if (v && !allowed(p.pass, v)) add({ kind: 'leak', page: page.url, pass: p.pass, vendor: v.id, cookie: c.name });
      }
      const stores = [
        ['local', p.local],
        ['session', p.session],
        ['indexedDB', p.indexedDB],
      ] as const;
      for (const [where, names] of stores)
        for (const name of names) {
          const v = storageVendor(where, name, known);
          if (v && !allowed(p.pass, v)) add({ kind: 'leak', page: page.url, pass: p.pass, vendor: v.id, storage: `${where}:${name}` });
        }
      // An iframe's storage belongs to the vendor whose URL it is: written before that vendor is
      // allowed, it leaked; written after, it must be what the vendor's frameStorage declares,
      // or the cookie declaration misses it. The storage gate never sees it: it is not the page's.
      for (const f of p.frames ?? []) {
        const v = vendorForUrl(f.url, known);
        if (!v) continue;
        const declared = own(frameStorage, v.id) ? frameStorage[v.id]! : [];
        const at = new URL(f.url).hostname;
        for (const [where, names] of [
          ['local', f.local],
          ['session', f.session],
          ['indexedDB', f.indexedDB],
        ] as const)
          for (const name of names) {
            const storage = `${where}:${name} (${at})`;
            if (!allowed(p.pass, v)) add({ kind: 'leak', page: page.url, pass: p.pass, vendor: v.id, storage });
            else if (!declared.some((d) => d.store === where && matches(name, d.name)))
              add({ kind: 'undeclared-cookie', page: page.url, pass: p.pass, vendor: v.id, storage });
          }
      }
    }
  }
  const start = pages[0]?.url ?? '';
  for (const key of unseen) {
    const [vendor, name] = key.split('\u0000');
    if (pages.some((p) => p.passes.some((x) => x.pass === 'after-accept')))
      add({ kind: 'declared-unseen', page: start, pass: 'after-accept', vendor, cookie: name });
  }
  return out;
}

/** Whether the audit fails, the way the exit code says it. */
export const fails = (findings: readonly Finding[], strict: boolean) => findings.some((f) => (strict ? STRICT : FAILING).includes(f.kind));

/** Per vendor, how many requests each pass saw: what the summary table and the HTML report show. */
export function activity(
  pages: readonly PageRecord[],
  config: ResolvedConfig,
  ids: readonly string[],
): Record<string, Record<PassName, number>> {
  const known = [...config.vendors, ...CATALOG];
  const out: Record<string, Record<PassName, number>> = {};
  for (const id of ids) out[id] = { 'before-choice': 0, 'after-reject': 0, 'after-accept': 0 };
  for (const page of pages)
    for (const p of page.passes)
      for (const url of p.requests) {
        const v = vendorForUrl(url, known);
        if (v && out[v.id]) out[v.id]![p.pass]++;
      }
  return out;
}

/** A cookie as the report lists it: where and how long it lives, whose it is, and in which passes it was there. */
export interface CookieSeen extends SeenCookie {
  readonly vendor?: string;
  readonly passes: PassName[];
}

/**
 * Every cookie the audit saw, over all pages, once per name, domain and path (the lifetime as
 * first seen), given to a vendor by the same matchers as the findings: the answer to "what is on
 * my site?". The consent cookie itself is left out, as it is from the findings.
 */
export function cookieInventory(pages: readonly PageRecord[], config: ResolvedConfig): CookieSeen[] {
  const configured = config.vendors;
  const byKey = new Map<string, CookieSeen>();
  for (const page of pages)
    for (const p of page.passes)
      for (const c of p.cookies) {
        if (c.name === config.cookie.name && c.party === 'first') continue;
        const key = JSON.stringify([c.name, c.domain.replace(/^\./, ''), c.path]);
        const known = byKey.get(key);
        if (known) {
          if (!known.passes.includes(p.pass)) known.passes.push(p.pass);
          continue;
        }
        const byName = (vs: readonly VendorRules[]) =>
          vs.find((v) =>
            c.party === 'first' ? vendorCookies(v, [c.name]).length > 0 : !!vendorForUrl(`https://${c.domain.replace(/^\./, '')}/`, [v]),
          );
        const vendor = (byName(configured) ?? byName(CATALOG))?.id;
        byKey.set(key, { ...c, ...(vendor ? { vendor } : {}), passes: [p.pass] });
      }
  return [...byKey.values()];
}

/** A storage entry as the report lists it: one per page, pass, kind and name. */
export interface StorageSeen {
  readonly page: string;
  readonly pass: PassName;
  readonly kind: 'local' | 'session' | 'indexeddb';
  readonly name: string;
  readonly vendor?: string;
}

/**
 * Every localStorage and sessionStorage key and IndexedDB database the audit saw, each given to a
 * vendor by the same storage lists as the leak findings (absent when none names it): without this
 * a key of no known vendor appeared nowhere, though "what is on my site?" has to answer for it.
 */
export function storageInventory(pages: readonly PageRecord[], config: ResolvedConfig): StorageSeen[] {
  const known = knownVendors(config.vendors);
  const kinds = [
    ['local', 'local'],
    ['session', 'session'],
    ['indexedDB', 'indexeddb'],
  ] as const;
  const out: StorageSeen[] = [];
  for (const page of pages)
    for (const p of page.passes)
      for (const [where, kind] of kinds)
        for (const name of new Set(p[where])) {
          const vendor = storageVendor(where, name, known)?.id;
          out.push({ page: page.url, pass: p.pass, kind, name, ...(vendor ? { vendor } : {}) });
        }
  return out;
}
