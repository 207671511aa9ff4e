// What is allowed, derived from the record, the site's vendors and the browser's privacy
// signals. Pure: the same inputs always give the same answers, so before/after views can be
// compared to find what was withdrawn.
import { own } from './objects';
import { signalRefuses } from './signals';
import type { ConsentId, ConsentRecord, ResolvedConfig, SignalName, VendorRules } from './types';

/** A frozen view of what is allowed at one moment, so listeners can diff before and after. */
export interface Decisions {
  isAllowed(id: ConsentId): boolean;
}

export interface DecisionInput {
  readonly record: ConsentRecord | null;
  readonly vendors: readonly VendorRules[];
  readonly signals: readonly SignalName[];
  readonly config: ResolvedConfig;
}

export interface Decision extends Decisions {
  /** A present signal refuses the category and the shopper has not opted back in under it. */
  refusedBySignal(category: string): boolean;
  /** The shopper owes a choice: no record, or a category or vendor the record never covered. */
  needsChoice(): boolean;
}

export function decide({ record, vendors, signals, config }: DecisionInput): Decision {
  const categories = config.categories.map((c) => c.id);
  // A grant made while the signal was present came from the shopper's own switch (acceptAll
  // skips refused categories), so it stands; a grant from before the signal does not.
  const refusedBySignal = (category: string) => signals.some((s) => signalRefuses(s, category, config) && !record?.signals.includes(s));

  const categoryAllowed = (id: string): boolean =>
    id === 'necessary' || (!!record && !refusedBySignal(id) && own(record.categories, id) && record.categories[id]!.granted);

  const isAllowed = (id: ConsentId): boolean => {
    if (categories.includes(id)) return categoryAllowed(id);
    const vendor = vendors.find((v) => v.id === id);
    if (!vendor) return false;
    if (vendor.category === 'necessary') return true;
    if (!record?.seenVendors.includes(id) || refusedBySignal(vendor.category)) return false;
    return own(record.vendors, id) ? record.vendors[id]! : categoryAllowed(vendor.category);
  };

  const needsChoice = () =>
    !record ||
    categories.some((c) => c !== 'necessary' && !own(record.categories, c)) ||
    vendors.some((v) => v.category !== 'necessary' && !record.seenVendors.includes(v.id));

  return { isAllowed, refusedBySignal, needsChoice };
}
