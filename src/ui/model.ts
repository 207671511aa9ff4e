// What the UI shows, derived from the site's config and vendors in the shopper's language. The
// components take this plain view, so they can be rendered and tested without a core.
import type { ConsentryContext } from '../boot/context';
import type { Choices, ConfiguredVendor } from '../shared/types';
import type { TextKey, Texts } from './text';

export interface CategoryView {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** `necessary`: always on, its switch shown on and disabled. */
  readonly locked: boolean;
  readonly vendors: readonly ConfiguredVendor[];
}

/** Switch positions by category or vendor id. Every optional id starts off (no pre-ticked boxes). */
export type Draft = Readonly<Record<string, boolean>>;

export function categoryViews(ctx: Pick<ConsentryContext, 'config' | 'vendors'>, text: Texts): CategoryView[] {
  const vendors = ctx.vendors();
  return ctx.config.categories.map((c) => {
    const key = `cat.${c.id}` as TextKey;
    return {
      id: c.id,
      label: c.label ?? text[key] ?? c.id,
      description: c.description ?? text[`${key}.text` as TextKey] ?? '',
      locked: c.id === 'necessary',
      vendors: vendors.filter((v) => v.category === c.id),
    };
  });
}

/** The switches as they stand for this shopper: what is allowed now, so a first visit is all off. */
export function currentDraft(categories: readonly CategoryView[], isAllowed: (id: string) => boolean): Draft {
  const draft = blank();
  for (const c of categories) {
    draft[c.id] = c.locked || isAllowed(c.id);
    for (const v of c.vendors) draft[v.id] = c.locked || isAllowed(v.id);
  }
  return draft;
}

/** Flipping a category carries its vendors with it; a vendor switch changes only that vendor. */
export function toggle(draft: Draft, categories: readonly CategoryView[], id: string, on: boolean): Draft {
  const next = Object.assign(blank(), draft);
  next[id] = on;
  const category = categories.find((c) => c.id === id);
  if (category) for (const v of category.vendors) next[v.id] = on;
  return next;
}

/** The custom choice to save: every optional category and vendor, as the switches show it. */
export function choicesFrom(draft: Draft, categories: readonly CategoryView[]): Choices {
  const choices = blank();
  for (const c of categories) {
    if (c.locked) continue;
    choices[c.id] = draft[c.id] === true;
    for (const v of c.vendors) choices[v.id] = draft[v.id] === true;
  }
  return choices;
}

// Ids come from the site; a prototype-less object keeps `__proto__` an ordinary key.
const blank = (): Record<string, boolean> => Object.create(null);
