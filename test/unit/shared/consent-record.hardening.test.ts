// The consent cookie is input anyone can write: the shopper in dev tools, an extension, another
// script on the page, a proxy. Whatever it holds, Consentry must not throw and must not allow
// anything optional unless the value really is a current record granting it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import Cookies from 'js-cookie';
import { DAY_MS } from '../../../src/shared/consent-record';
import { catalog } from '../fixtures';
import { CATALOG_IDS, OPTIONAL_CATEGORIES, TRICKY_IDS, allowedOptional, core, fakeCookieJar, resetSignals } from '../hardening-support';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const config = { vendors: CATALOG_IDS, revision: 3 };
let jar: ReturnType<typeof fakeCookieJar>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  resetSignals();
  jar = fakeCookieJar();
});
afterEach(() => {
  jar.restore();
  vi.useRealTimers();
});

/**
 * Written from the format's description, not from the decoder: what a cookie value must at
 * least contain for `id` to be allowed. The decoder may be stricter, never looser.
 */
function couldGrant(value: string | undefined, id: string): boolean {
  if (value === undefined || value.length > 3800) return false;
  const f = value.split('.');
  if (f.length !== 8 || f[0] !== '1' || !/^[A-Za-z0-9_-]{16}$/.test(f[1]!)) return false;
  if (!/^[0-9a-z]{1,9}$/.test(f[2]!) || !/^\d{1,9}$/.test(f[3]!)) return false;
  const at = parseInt(f[2]!, 36) * 1000;
  if (at > NOW + 5 * 60_000 || NOW - at > 730 * DAY_MS || Number(f[3]) < config.revision) return false;
  const entries = (field: string) => (field ? field.split('+') : []);
  const categoryGranted = (c: string) => entries(f[4]!).some((e) => /^[a-z0-9_-]+:1[bpas]$/.test(e) && e.startsWith(`${c}:`));
  if (OPTIONAL_CATEGORIES.includes(id)) return categoryGranted(id);
  const vendor = catalog[id];
  if (!vendor || !entries(f[6]!).includes(id)) return false;
  const own = entries(f[5]!);
  return own.includes(`${id}:1`) || (categoryGranted(vendor.category) && !own.includes(`${id}:0`));
}

/** What Consentry reads back out of the header: js-cookie's view, the same one the store uses. */
const seenValue = () => Cookies.get('consentry');

function expectNothingUngranted(header: string): void {
  jar.setHeader(header);
  const value = seenValue();
  const c = core(config);
  for (const id of allowedOptional(c)) {
    if (!couldGrant(value, id)) throw new Error(`"${id}" allowed by cookie header ${JSON.stringify(header)}`);
  }
}

const b36 = (ms: number) => Math.floor(ms / 1000).toString(36);
const recordId = fc.stringMatching(/^[A-Za-z0-9_-]{16}$/);
const anyId = fc.oneof(fc.constantFrom(...OPTIONAL_CATEGORIES, ...CATALOG_IDS, ...TRICKY_IDS, 'necessary'), fc.string({ maxLength: 12 }));
const entry = fc.tuple(anyId, fc.constantFrom('0', '1', '2', ''), fc.constantFrom('b', 'p', 'a', 's', 'x', ''));

/** Values shaped like records, with every field free to be wrong: a forger's first attempts. */
const forged = fc
  .record({
    version: fc.constantFrom('1', '2', '0', '', '01'),
    id: fc.oneof(recordId, fc.string({ maxLength: 20 })),
    age: fc.integer({ min: -3 * DAY_MS, max: 800 * DAY_MS }),
    revision: fc.oneof(fc.integer({ min: 0, max: 6 }).map(String), fc.constantFrom('-1', '3.0', 'x', '')),
    categories: fc.array(entry, { maxLength: 5 }),
    vendors: fc.array(fc.tuple(anyId, fc.constantFrom('0', '1', 'true')), { maxLength: 4 }),
    seen: fc.array(anyId, { maxLength: 5 }),
    signals: fc.array(fc.constantFrom('gpc', 'dnt', 'x'), { maxLength: 2 }),
    extra: fc.constantFrom('', '.', '.x'),
  })
  .map(
    (r) =>
      [
        r.version,
        r.id,
        b36(NOW - r.age),
        r.revision,
        r.categories.map(([id, g, m]) => `${id}:${g}${m}`).join('+'),
        r.vendors.map(([id, g]) => `${id}:${g}`).join('+'),
        r.seen.join('+'),
        r.signals.join('+'),
      ].join('.') + r.extra,
  );

/** A genuine record granting everything; mutations of it are the near-misses that matter most. */
const genuine = `1.AAAAAAAAAAAAAAAA.${b36(NOW - DAY_MS)}.3.preferences:1b+analytics:1b+marketing:1b..${CATALOG_IDS.join('+')}.`;
const mutated = fc
  .array(
    fc.tuple(
      fc.nat(),
      fc.constantFrom('delete', 'insert', 'replace'),
      fc.constantFrom('.', '+', ':', '1', '0', 'a', '%', ';', '=', ' ', '\u0000', 'é'),
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((edits) =>
    edits.reduce((s, [at, op, ch]) => {
      const i = at % (s.length + 1);
      return op === 'delete'
        ? s.slice(0, i) + s.slice(i + 1)
        : op === 'insert'
          ? s.slice(0, i) + ch + s.slice(i)
          : s.slice(0, i) + ch + s.slice(i + 1);
    }, genuine),
  );

const HOSTILE = [
  '',
  'consentry',
  'consentry=',
  'consentry=;',
  'consentry=%',
  'consentry=%E0%A4%A',
  'consentry=%ZZ',
  'consentry=true',
  'consentry={"analytics":true,"marketing":true}',
  'consentry=analytics:1b',
  'consentry=1........',
  `consentry=${'1.'.repeat(3000)}`,
  `consentry=${genuine}${'+x'.repeat(2000)}`,
  `consentry=${genuine.replace('1.AAAA', '1.AAA')}`,
  `consentry=${genuine.replace('.3.', '.2.')}`,
  `consentry=${genuine.replace(b36(NOW - DAY_MS), b36(NOW + 2 * DAY_MS))}`,
  `consentry=${genuine.replace(b36(NOW - DAY_MS), b36(NOW - 731 * DAY_MS))}`,
  `consentry=${genuine.replace('preferences:1b', '__proto__:1b')}`,
  `consentry=${genuine.replace('preferences:1b', 'constructor:1b+constructor:1b')}`,
  `consentry=${genuine.replace(/\.\.[^.]*\.$/, '..constructor+__proto__.')}`,
  '__proto__=1.AAAAAAAAAAAAAAAA.0.0.analytics:1b...',
  `consentry=${encodeURIComponent(genuine).replace(/\./g, '%2E')}x`,
];

describe('a hostile consent cookie', () => {
  it('grants nothing for any of the well-known bad values, without an exception', () => {
    for (const header of HOSTILE) expectNothingUngranted(header);
  });

  it('grants nothing for arbitrary text, without an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => expectNothingUngranted(`consentry=${s}`)),
      { numRuns: 300 },
    );
  });

  it('grants nothing for a header of several arbitrary cookies, duplicates included', () => {
    const cookie = fc.tuple(
      fc.constantFrom('consentry', 'Consentry', ' consentry', 'consentry ', 'x'),
      fc.oneof(forged, mutated, fc.string()),
    );
    fc.assert(
      fc.property(fc.array(cookie, { maxLength: 4 }), (pairs) => expectNothingUngranted(pairs.map(([n, v]) => `${n}=${v}`).join('; '))),
      {
        numRuns: 200,
      },
    );
  });

  it('grants only what a forged value validly encodes: right version, id, date, revision and entries', () => {
    fc.assert(
      fc.property(forged, (v) => expectNothingUngranted(`consentry=${v}`)),
      { numRuns: 500 },
    );
  });

  it('grants only what a near-miss of a genuine record still validly encodes', () => {
    fc.assert(
      fc.property(mutated, (v) => expectNothingUngranted(`consentry=${v}`)),
      { numRuns: 500 },
    );
  });

  it('is not allowed anything with a record past its two years, however it is written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 730 * DAY_MS + 1000, max: 20_000 * DAY_MS }), (age) => {
        jar.setHeader(`consentry=${genuine.replace(b36(NOW - DAY_MS), b36(NOW - age))}`);
        expect(allowedOptional(core(config))).toEqual([]);
      }),
    );
  });

  it('still honours the genuine record, so the oracle above is not vacuous', () => {
    jar.setHeader(`consentry=${genuine}`);
    expect(allowedOptional(core(config)).sort()).toEqual([...OPTIONAL_CATEGORIES, ...CATALOG_IDS].sort());
  });
});
