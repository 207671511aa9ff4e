// recordFor(): what each choice writes into the record, as a table. Pure, so no DOM and no clock:
// the inputs are the whole story (base record, choice, signals, vendors, revision, time, id).
import { describe, expect, it, vi } from 'vitest';
import { recordFor, type Choice, type ChoiceInput } from '../../../src/shared/choice';
import type { ConsentMethod, ConsentRecord, SignalName, Vendor } from '../../../src/shared/types';
import { catalog } from '../fixtures';

const OPTIONAL = ['preferences', 'analytics', 'marketing'];
/** stats and heatmap are analytics, ads is marketing; `tls` is a necessary vendor. */
const VENDORS: Vendor[] = [catalog.stats!, catalog.heatmap!, catalog.ads!, { ...catalog.stats!, id: 'tls', category: 'necessary' }];
const NOW = 1_700_000_123_456;

const input = (over: Partial<ChoiceInput> & { choice: Choice }): ChoiceInput => ({
  base: null,
  method: 'banner',
  optional: OPTIONAL,
  vendors: VENDORS,
  refusedBySignal: () => false,
  signals: [],
  revision: 3,
  now: NOW,
  newId: () => 'NEWID00000000000',
  ...over,
});

const cats = (granted: Record<string, boolean>, method: ConsentMethod = 'banner') =>
  Object.fromEntries(Object.entries(granted).map(([id, g]) => [id, { granted: g, method }]));

const base = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  version: 1,
  id: 'BASEID0000000000',
  consentedAt: NOW - 86_400_000,
  revision: 3,
  categories: cats({ preferences: false, analytics: false, marketing: false }),
  vendors: {},
  seenVendors: ['stats', 'heatmap', 'ads', 'tls'],
  signals: [],
  ...over,
});

/** The parts of a record a table row states; seenVendors sorted, since their order means nothing. */
const view = (r: ConsentRecord) => ({ categories: { ...r.categories }, vendors: { ...r.vendors }, seen: [...r.seenVendors].sort() });
const ALL_SEEN = ['ads', 'heatmap', 'stats', 'tls'];

describe('recordFor', () => {
  const rows: Array<{ name: string; in: Partial<ChoiceInput> & { choice: Choice }; categories: object; vendors: object; seen: string[] }> =
    [
      {
        name: 'Accept all grants every optional category and marks every vendor seen',
        in: { choice: 'all' },
        categories: cats({ preferences: true, analytics: true, marketing: true }),
        vendors: {},
        seen: ALL_SEEN,
      },
      {
        name: 'Reject all refuses every optional category and marks every vendor seen',
        in: { choice: 'none' },
        categories: cats({ preferences: false, analytics: false, marketing: false }),
        vendors: {},
        seen: ALL_SEEN,
      },
      {
        name: 'Accept all under a signal that refuses marketing leaves marketing refused',
        in: { choice: 'all', refusedBySignal: (c) => c === 'marketing', signals: ['gpc'] },
        categories: cats({ preferences: true, analytics: true, marketing: false }),
        vendors: {},
        seen: ALL_SEEN,
      },
      {
        name: 'Accept all under a signal keeps an earlier opt-back-in to the refused category, with its method',
        in: {
          choice: 'all',
          refusedBySignal: (c) => c === 'marketing',
          base: base({ categories: cats({ marketing: true }, 'preferences') }),
        },
        categories: { marketing: { granted: true, method: 'preferences' }, ...cats({ preferences: true, analytics: true }) },
        vendors: {},
        seen: ALL_SEEN,
      },
      {
        name: 'Reject all under a signal refuses the category the signal refused too',
        in: { choice: 'none', refusedBySignal: (c) => c === 'marketing' },
        categories: cats({ preferences: false, analytics: false, marketing: false }),
        vendors: {},
        seen: ALL_SEEN,
      },
      {
        name: 'a custom choice of a category records only that category and sees only its vendors',
        in: { choice: { analytics: true }, method: 'preferences' },
        categories: cats({ analytics: true }, 'preferences'),
        vendors: {},
        seen: ['heatmap', 'stats'],
      },
      {
        name: 'a vendor choice that differs from its category is kept as an override',
        in: { choice: { analytics: true, heatmap: false }, method: 'preferences' },
        categories: cats({ analytics: true }, 'preferences'),
        vendors: { heatmap: false },
        seen: ['heatmap', 'stats'],
      },
      {
        name: 'a vendor named alone is an override against its (unanswered, so refused) category',
        in: { choice: { ads: true }, method: 'api' },
        categories: {},
        vendors: { ads: true },
        seen: ['ads'],
      },
      {
        name: 'a vendor choice equal to its category is pruned',
        in: { choice: { analytics: true, stats: true, marketing: false, ads: false }, method: 'api' },
        categories: cats({ analytics: true, marketing: false }, 'api'),
        vendors: {},
        seen: ['ads', 'heatmap', 'stats'],
      },
      {
        name: 'an override the base had is pruned once the vendor equals its category again',
        in: { choice: { heatmap: false }, base: base({ vendors: { heatmap: true } }), method: 'api' },
        categories: cats({ preferences: false, analytics: false, marketing: false }),
        vendors: {},
        seen: ALL_SEEN,
      },
      {
        name: 'naming a category drops the base overrides of its vendors not named alongside',
        in: { choice: { analytics: true }, base: base({ vendors: { heatmap: true, ads: true } }), method: 'preferences' },
        categories: { ...cats({ preferences: false, marketing: false }), analytics: { granted: true, method: 'preferences' } },
        vendors: { ads: true },
        seen: ALL_SEEN,
      },
      {
        name: 'a custom choice keeps the base answers it is silent about',
        in: {
          choice: { marketing: true },
          base: base({ categories: cats({ preferences: true, analytics: false, marketing: false }) }),
          method: 'api',
        },
        categories: { ...cats({ preferences: true, analytics: false }), marketing: { granted: true, method: 'api' } },
        vendors: {},
        seen: ALL_SEEN,
      },
      {
        name: 'Accept all drops the base overrides of every category it grants',
        in: { choice: 'all', base: base({ vendors: { heatmap: false, ads: true } }) },
        categories: cats({ preferences: true, analytics: true, marketing: true }),
        vendors: {},
        seen: ALL_SEEN,
      },
      {
        name: 'Reject all drops the base overrides of every category it refuses',
        in: {
          choice: 'none',
          base: base({ categories: cats({ analytics: true, marketing: true, preferences: true }), vendors: { heatmap: false } }),
        },
        categories: cats({ preferences: false, analytics: false, marketing: false }),
        vendors: {},
        seen: ALL_SEEN,
      },
    ];

  it.each(rows)('$name', (row) => {
    const { record } = recordFor(input(row.in));
    expect(view(record)).toEqual({ categories: row.categories, vendors: row.vendors, seen: [...row.seen].sort() });
  });

  it.each<{ choice: Choice; unknown: string[] }>([
    { choice: 'all', unknown: [] },
    { choice: { analytics: true }, unknown: [] },
    { choice: { nope: true }, unknown: ['nope'] },
    { choice: { necessary: false }, unknown: ['necessary'] },
    { choice: { tls: false }, unknown: ['tls'] },
    { choice: { ghost: false, analytics: true, 'also-not': true }, unknown: ['ghost', 'also-not'] },
  ])('returns the ids of $choice that are neither an optional category nor a vendor: $unknown', ({ choice, unknown }) => {
    expect(recordFor(input({ choice })).unknown).toEqual(unknown);
  });

  it('records nothing for unknown ids, and does not mark them seen', () => {
    const { record } = recordFor(input({ choice: { nope: true, tls: true, necessary: true } }));
    expect(view(record)).toEqual({ categories: {}, vendors: {}, seen: [] });
  });

  it('gives a first record a new id', () => {
    const newId = vi.fn(() => 'FRESH00000000000');
    expect(recordFor(input({ choice: 'all', newId })).record.id).toBe('FRESH00000000000');
    expect(newId).toHaveBeenCalledTimes(1);
  });

  it.each<Choice>(['all', 'none', { analytics: true }])('keeps the base record id for %j, and asks for no new one', (choice) => {
    const newId = vi.fn(() => 'FRESH00000000000');
    expect(recordFor(input({ choice, base: base(), newId })).record.id).toBe('BASEID0000000000');
    expect(newId).not.toHaveBeenCalled();
  });

  it('stamps the time to the second, the revision, the version and the signals of the input, not of the base', () => {
    const signals: SignalName[] = ['dnt', 'gpc'];
    const { record } = recordFor(input({ choice: 'none', base: base({ revision: 1, signals: [] }), revision: 7, signals }));
    expect([record.version, record.consentedAt, record.revision, record.signals]).toEqual([1, 1_700_000_123_000, 7, ['dnt', 'gpc']]);
  });

  it('keeps vendors the base had seen and adds the ones this choice showed, each once', () => {
    const { record } = recordFor(input({ choice: { marketing: true, heatmap: true }, base: base({ seenVendors: ['stats', 'gone'] }) }));
    expect([...record.seenVendors].sort()).toEqual(['ads', 'gone', 'heatmap', 'stats']);
    expect(new Set(record.seenVendors).size).toBe(record.seenVendors.length);
  });

  it('sees a vendor registered after the base record was written only once it is chosen about', () => {
    const b = base({ seenVendors: ['stats', 'heatmap', 'ads'] });
    expect(recordFor(input({ choice: { marketing: true }, base: b })).record.seenVendors).not.toContain('tls');
    expect(recordFor(input({ choice: 'all', base: b })).record.seenVendors).toContain('tls');
  });

  it('returns a frozen record and leaves the base untouched', () => {
    const b = base({ vendors: { heatmap: true } });
    const before = JSON.stringify(b);
    const { record } = recordFor(input({ choice: 'all', base: b }));
    expect([
      Object.isFrozen(record),
      Object.isFrozen(record.categories),
      Object.isFrozen(record.categories.analytics),
      Object.isFrozen(record.vendors),
      Object.isFrozen(record.seenVendors),
    ]).toEqual([true, true, true, true, true]);
    expect(JSON.stringify(b)).toBe(before);
  });

  it('is pure: the same input gives the same record', () => {
    const i = input({ choice: { analytics: true, ads: true }, base: base() });
    expect(recordFor(i)).toEqual(recordFor(i));
  });
});
