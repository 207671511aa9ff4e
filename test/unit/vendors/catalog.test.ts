// The catalog's entries are facts a shop publishes as its own: each must be complete, cite its
// source, and claim only hosts that are the vendor's alone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog as core, embeds } from '../../../vendors';
import * as named from '../../../vendors';
import { resolveConfig } from '../../../src/shared/config';
import { HOST, ID, VENDOR } from '../../../src/shared/config-spec';
import { check } from '../../../src/shared/spec';
import type { Vendor, VendorRules, VendorWords } from '../../../src/shared/types';
import { wording } from '../../../src/shared/messages';
import { catalogRules } from '../../../vendors/rules';
import { catalogWords } from '../../../vendors/words';
import { whole } from '../../../vendors/whole';
import { frameStorage } from '../../../vendors/words';
import { cookiePattern, matches } from '../../../src/shared/patterns';
import { splitProblems } from './split';

const MIXPANEL = 'node_modules/mixpanel-browser';
const mixpanelPackage = JSON.parse(readFileSync(`${MIXPANEL}/package.json`, 'utf8')) as { module: string };
/**
 * Where mixpanel-browser 2.83.0 puts each name its code builds (read in dist/mixpanel.module.js).
 * A name its code builds that is not here fails the spec below: an upgrade that adds a store
 * cannot pass unread.
 */
const MIXPANEL_STORES: Record<string, string[]> = {
  // MixpanelPersistence: `persistence: 'cookie'` (the default) or 'localStorage'.
  mp_: ['cookie', 'local'],
  // The request queues and their SharedLock keys (`__mpq_<token>_ev:X`) in localStorage.
  __mpq_: ['local'],
  // The recorder's batcher: its lock keys in localStorage, its batches in mixpanelBrowserDb.
  __mprec_: ['local'],
  // The tab id and its copy flag, in sessionStorage.
  mp_tab_id_: ['session'],
  mp_gen_new_tab_id_: ['session'],
  // opt_out_tracking()'s flag (cookie or localStorage, as persistence): kept on purpose.
  __mp_opt_in_out_: ['keep'],
  // _testStorageSupported(): written and removed in the same call, it leaves nothing to withdraw.
  __mplss_: ['probe'],
};

/**
 * The storage names mixpanel-browser's code builds, from the file a bundler takes (`module`):
 * every Mixpanel-like string it joins into a name (`'mp_tab_id_' + suffix`), its `*_PREFIX`
 * constants (`'__mp_opt_in_out_'`), and the database of each IDBStorageWrapper it makes. Its
 * one `indexedDB.open` is that wrapper's, so no database is opened another way.
 */
function mixpanelStoreNames(): { names: string[]; databases: string[] } {
  const code = readFileSync(`${MIXPANEL}/${mixpanelPackage.module}`, 'utf8');
  const all = (re: RegExp) => [...new Set([...code.matchAll(re)].map((m) => m[1]!))];
  const constant = (name: string) => new RegExp(`var ${name}\\s*=\\s*'([^']+)'`).exec(code)?.[1] ?? `unresolved ${name}`;
  expect(code.match(/indexedDB\.open\(/g)).toHaveLength(1);
  return {
    names: [...all(/['"]((?:__)?mp[a-z]*_\w*)['"]\s*\+/g), ...all(/var \w+_PREFIX\s*=\s*'((?:__)?mp\w*)'/g)],
    databases: all(/new IDBStorageWrapper\((\w+)/g).map(constant),
  };
}

/** Every vendor file: the script tag's catalog and the embeds only the npm build has for now. */
const catalog = { ...core, ...embeds };
const entries = Object.entries(catalog);
const vendors = Object.values(catalog);

/** Domains many unrelated sites load from: claiming one (or a service on it) would block them all. */
const SHARED = [
  'cloudfront.net',
  'amazonaws.com',
  's3.amazonaws.com',
  'googleapis.com',
  'ajax.googleapis.com',
  'fonts.googleapis.com',
  'gstatic.com',
  'www.gstatic.com',
  'fonts.gstatic.com',
  'google.com',
  'www.google.com',
  'googletagmanager.com',
  'www.googletagmanager.com',
  'azureedge.net',
  'akamaihd.net',
  'fastly.net',
  'jsdelivr.net',
  'cdn.jsdelivr.net',
  'unpkg.com',
  'cloudflare.com',
  'cdnjs.cloudflare.com',
  'herokuapp.com',
  'rakuten.com',
  'rakuten.co.jp',
];

/** `a` covers `b` when it is `b` or a parent of it on a label boundary. */
const covers = (a: string, b: string) => a === b || b.endsWith(`.${a}`);

const source = (id: string) => readFileSync(resolve('vendors', `${id}.ts`), 'utf8');
/** A vendor file's exports: `<name>Rules`, `<name>Words` and the whole `<name>`. */
const parts = async (id: string) => {
  const m = (await import(`../../../vendors/${id}.ts`)) as Record<string, unknown>;
  const name = Object.keys(m).find((k) => !k.endsWith('Rules') && !k.endsWith('Words'))!;
  return { name, rules: m[`${name}Rules`] as VendorRules, words: m[`${name}Words`] as VendorWords, vendor: m[name] as Vendor };
};

describe('the vendor catalog', () => {
  it('has the five vendors of the policy, Google Analytics and the three embeds', () => {
    expect(Object.keys(catalog).sort()).toEqual([
      'doubleclick',
      'fresh-relevance',
      'google-analytics',
      'google-maps',
      'hotjar',
      'mixpanel',
      'rakuten',
      'vimeo',
      'youtube',
    ]);
  });

  it.each(entries)('files %s under its own id, in a file of that name', (key, v) => {
    expect(v.id).toBe(key);
    expect(v.id).toMatch(ID);
    expect(source(key)).toContain(`id: '${key}'`);
  });

  it.each(entries)('%s fits the vendor shape the validator checks, without a single complaint', (key, v) => {
    const problems: string[] = [];
    const checked = check(VENDOR, v, key, (...p) => problems.push(wording(p)));
    expect(problems).toEqual([]);
    expect(checked).toEqual(v);
  });

  it.each(entries)('%s gives every field the declaration and the gate need', (_, v: Vendor) => {
    expect(v.name.length).toBeGreaterThan(1);
    expect(v.company.length).toBeGreaterThan(1);
    expect(['preferences', 'analytics', 'marketing']).toContain(v.category);
    expect(v.hosts.length).toBeGreaterThan(0);
    for (const h of [...v.hosts, ...(v.urls ?? []).map((u) => u.host)]) expect(h).toMatch(HOST);
    expect(v.cookies.length).toBeGreaterThan(0);
    for (const c of v.cookies) {
      expect(c.name).toMatch(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/);
      expect(c.lifetime).not.toBe('');
      expect(c.purpose).not.toBe('');
    }
    expect(v.policyUrl).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    expect(typeof v.leavesUkEea).toBe('boolean');
  });

  it.each(entries)("%s explains its purpose from the shopper's side in one or two short sentences", (_, v) => {
    const sentences = v.purpose.split(/(?<=[.!?])\s+/).filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
    expect(v.purpose).toMatch(/[.!?]$/);
    expect(v.purpose.length).toBeLessThanOrEqual(140);
  });

  it.each(entries)("%s cites the vendor's own public pages for its facts", (key, v) => {
    const text = source(key);
    const comments = text
      .split('\n')
      .filter((l) => l.trim().startsWith('//'))
      .join('\n');
    const cited = [...comments.matchAll(/https:\/\/[^\s)]+/g)].map((m) => new URL(m[0]).hostname);
    expect(cited.length).toBeGreaterThan(0);
    // The policy page is the vendor's own: its host is one of the vendor's domains or brands.
    expect(cited).toContain(new URL(v.policyUrl).hostname);
  });

  it.each(entries)(
    '%s exports its rules and its words apart, each cookie with its words, and the whole vendor made of both',
    async (key, v) => {
      const { name, rules, words, vendor } = await parts(key);
      expect(Object.keys(await import(`../../../vendors/${key}.ts`)).sort()).toEqual([name, `${name}Rules`, `${name}Words`].sort());
      expect(splitProblems(rules, words)).toEqual([]);
      expect(vendor).toBe(v);
      expect(vendor).toEqual(whole(rules, words));
    },
  );

  it("splits the same vendors into the boot's rules and the UI's words as the whole catalog holds", async () => {
    expect(Object.keys(catalogRules)).toEqual(Object.keys(core));
    expect(Object.keys(catalogWords)).toEqual(Object.keys(core));
    for (const [id, v] of Object.entries(core)) {
      const { rules, words } = await parts(id);
      expect([catalogRules[id], catalogWords[id]]).toEqual([rules, words]);
      expect(catalogRules[id]).toBe(rules);
      expect(whole(catalogRules[id]!, catalogWords[id]!)).toEqual(v);
    }
  });

  it('lets no two vendors claim the same host, whole or through a parent domain', () => {
    const claims = vendors.flatMap((v) => v.hosts.map((h) => ({ id: v.id, h })));
    for (const a of claims)
      for (const b of claims) if (a.id !== b.id) expect(covers(a.h, b.h), `${a.id} ${a.h} vs ${b.id} ${b.h}`).toBe(false);
  });

  it('lets no vendor claim a URL pattern on a host another vendor claims whole', () => {
    for (const v of vendors)
      for (const u of v.urls ?? [])
        for (const w of vendors) for (const h of w.hosts) expect(covers(h, u.host), `${v.id} ${u.host} vs ${w.id} ${h}`).toBe(false);
  });

  it('lets no two vendors claim the same URL pattern', () => {
    const keys = vendors.flatMap((v) =>
      (v.urls ?? []).map((u) => `${u.host}${u.pathPrefix ?? ''}?${u.query?.name}=${u.query?.valuePrefix}`),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('claims no shared CDN or platform domain, nor a service on one', () => {
    for (const v of vendors)
      for (const h of v.hosts) for (const shared of SHARED) expect(covers(h, shared), `${v.id} claims ${h}`).toBe(false);
  });

  it('never makes a tag manager container (gtm.js) a vendor: Google hosts are claimed only by tag id', () => {
    for (const v of vendors) {
      expect(v.hosts).not.toContain('www.googletagmanager.com');
      for (const u of v.urls ?? []) expect(u.query?.valuePrefix ?? '').not.toMatch(/^GTM-/);
    }
  });

  it('resolves every id listed as a string in a site config, with no console error', () => {
    const problems: string[] = [];
    const config = resolveConfig({ vendors: Object.keys(catalog) }, catalog, (...p) => problems.push(wording(p)));
    expect(problems).toEqual([]);
    expect(config.vendors.map((v) => v.id)).toEqual(Object.keys(catalog));
  });

  it('accepts every vendor object as the ESM build passes it (no catalog), with no console error', () => {
    const problems: string[] = [];
    const config = resolveConfig({ vendors }, {}, (...p) => problems.push(wording(p)));
    expect(problems).toEqual([]);
    expect(config.vendors.map((v) => v.id)).toEqual(vendors.map((v) => v.id));
  });

  it('exports each vendor by name for `consentry/vendors`, so a site imports only what it uses', () => {
    const exported = Object.entries(named)
      .filter(([k]) => k !== 'catalog' && k !== 'embeds')
      .map(([, v]) => v);
    expect(exported).toHaveLength(vendors.length);
    for (const v of vendors) expect(exported).toContain(v);
  });

  it("keeps Mixpanel's opt-out flag out of the cleanup, since its own hook writes it", () => {
    expect(catalog.mixpanel!.storage?.keep).toContain('__mp_opt_in_out_*');
    expect(catalog.mixpanel!.storage?.indexedDB).toContain('mixpanelBrowserDb');
  });

  it('covers every storage name the installed mixpanel-browser builds, read from its own code, in the store it goes to', () => {
    const { names, databases } = mixpanelStoreNames();
    const { cookies, storage } = catalog.mixpanel!;
    const lists = { cookie: cookies.map(cookiePattern), local: storage?.local, session: storage?.session, keep: storage?.keep };
    // Each name with what the SDK appends (`mp_` + its token), against the entry's list for each store it goes to.
    const uncovered = names.flatMap((n) =>
      (MIXPANEL_STORES[n] ?? ['unknown to this spec: read where the SDK writes it'])
        .filter((store) => store !== 'probe' && !lists[store as keyof typeof lists]?.some((p) => matches(`${n}tok123`, p)))
        .map((store) => `${n} (${store})`),
    );
    // Every name the table knows is still in the code (the reading found them), and no database is missed.
    expect([[...names].sort(), uncovered, databases.length > 0, databases.filter((d) => !storage?.indexedDB?.includes(d))]).toEqual([
      Object.keys(MIXPANEL_STORES).sort(),
      [],
      true,
      [],
    ]);
  });
});

// An embed's storage lives on the vendor's origin, inside its iframe: the shop cannot read or
// delete it, so it is declared (frameStorage, in the words) and kept from everything that acts.
describe("the embeds' storage on their own origin", () => {
  it("declares the storage YouTube's player writes in its iframe, as the player and public scans name it", () => {
    const items = frameStorage.youtube!;
    expect(items.map((s) => `${s.store}:${s.name}`)).toEqual(
      expect.arrayContaining([
        'local:yt-remote-device-id',
        'local:yt-remote-connected-devices',
        'local:ytidb::LAST_RESULT_ENTRY_KEY',
        'local:yt-player-*',
        'session:yt-remote-*',
        'indexedDB:YtIdbMeta',
        'indexedDB:LogsDatabaseV2:*',
      ]),
    );
    // The lifetimes the player script sets: 31536E3 s and 86400 s.
    expect(items.find((s) => s.name === 'yt-remote-device-id')?.lifetime).toBe('1 year');
    expect(items.find((s) => s.name === 'yt-remote-connected-devices')?.lifetime).toBe('1 day');
    // An actual key the player writes is matched by the declared prefix.
    expect(items.some((s) => s.store === 'indexedDB' && matches('LogsDatabaseV2:a1b2c3||', s.name))).toBe(true);
  });

  it.each(Object.entries(frameStorage))('%s: each item has its store, lifetime and purpose, for a catalog vendor', (id, items) => {
    expect(Object.keys(catalog)).toContain(id);
    expect(items.length).toBeGreaterThan(0);
    for (const s of items) {
      expect(['local', 'session', 'indexedDB']).toContain(s.store);
      expect(s.name.length).toBeGreaterThan(1);
      expect(s.lifetime.length).toBeGreaterThan(1);
      expect(s.purpose).toMatch(/^[A-Z].*\.$/);
    }
  });

  it.each(Object.entries(frameStorage))(
    '%s: none of it reaches the rules, so the storage gate and the cleanup never act on the vendor’s origin',
    async (id, items) => {
      const { rules, words, vendor } = await parts(id);
      expect(words.frameStorage).toBe(items);
      // Not in the whole vendor a site passes (the boot's validator would refuse the field).
      expect(Object.keys(vendor)).not.toContain('frameStorage');
      for (const s of items) {
        const first = rules.storage?.[s.store] ?? [];
        expect(first.some((p) => matches(s.name.replace(/\*$/, 'x'), p))).toBe(false);
        expect(rules.cookies.some((c) => c.name === s.name)).toBe(false);
      }
    },
  );

  it('leaves the render-blocking boot without any of it', () => {
    const boot = readFileSync('dist/consentry.js', 'utf8');
    for (const items of Object.values(frameStorage)) for (const s of items) expect(boot).not.toContain(s.name.replace(/\*$/, ''));
  });
});
