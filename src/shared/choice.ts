// Turning a choice into the record that proves it. Pure: the same inputs give the same record,
// so "what does Accept all write under a privacy signal" is a table test, not a browser test.
import { freezeRecord } from './consent-record';
import type { Choices, ConsentMethod, ConsentRecord, SignalName, VendorId, VendorRules } from './types';

/** `'all'` and `'none'` are the two first-layer buttons; an object is a custom choice. */
export type Choice = 'all' | 'none' | Choices;

export interface ChoiceInput {
  /** The record in force, whose answers a custom choice keeps where it is silent. */
  readonly base: ConsentRecord | null;
  readonly choice: Choice;
  readonly method: ConsentMethod;
  /** The site's optional categories (every category but `necessary`). */
  readonly optional: readonly string[];
  readonly vendors: readonly VendorRules[];
  /** Whether a present privacy signal refuses the category (the decision in force). */
  readonly refusedBySignal: (category: string) => boolean;
  readonly signals: readonly SignalName[];
  readonly revision: number;
  readonly now: number;
  /** The id a first record gets; later records keep their base's. */
  readonly newId: () => string;
}

export interface ChoiceResult {
  readonly record: ConsentRecord;
  /** Ids in a custom choice that are neither an optional category nor a vendor of the site. */
  readonly unknown: readonly string[];
}

export function recordFor(input: ChoiceInput): ChoiceResult {
  const { base, choice, method, optional, vendors } = input;
  const categories: Record<string, { granted: boolean; method: ConsentMethod }> = Object.create(null);
  const overrides: Record<VendorId, boolean> = Object.create(null);
  const seen = new Set(base?.seenVendors ?? []);
  const unknown: string[] = [];
  if (base) {
    Object.assign(categories, base.categories);
    Object.assign(overrides, base.vendors);
  }
  if (choice === 'all' || choice === 'none') {
    for (const id of optional) {
      // "Accept all" skips what a privacy signal refused; only the category's own switch opts back in.
      if (choice === 'all' && input.refusedBySignal(id)) {
        categories[id] ??= { granted: false, method };
        continue;
      }
      categories[id] = { granted: choice === 'all', method };
      for (const v of vendors) if (v.category === id) delete overrides[v.id];
    }
    for (const v of vendors) seen.add(v.id);
  } else {
    const named = Object.keys(choice);
    for (const id of named) {
      const granted = choice[id] === true;
      if (optional.includes(id)) {
        categories[id] = { granted, method };
        for (const v of vendors) {
          if (v.category !== id) continue;
          seen.add(v.id);
          if (!named.includes(v.id)) delete overrides[v.id];
        }
      } else if (vendors.some((v) => v.id === id && v.category !== 'necessary')) {
        overrides[id] = granted;
        seen.add(id);
      } else unknown.push(id);
    }
  }
  // Keep only vendor choices that differ from their category: the cookie stays small.
  for (const id of Object.keys(overrides)) {
    const v = vendors.find((x) => x.id === id);
    if (!v || overrides[id] === (categories[v.category]?.granted ?? false)) delete overrides[id];
  }
  const record = freezeRecord({
    version: 1,
    id: base?.id ?? input.newId(),
    consentedAt: Math.floor(input.now / 1000) * 1000,
    revision: input.revision,
    categories,
    vendors: overrides,
    seenVendors: [...seen],
    signals: [...input.signals],
  });
  return { record, unknown };
}
