// Names in the catalog's storage lists: exact, or a prefix when they end in `*` (`_hj*`).

/** A catalog cookie as a storage pattern: a prefix cookie `_hj` is shown and matched as `_hj*`. */
export const cookiePattern = (c: { readonly name: string; readonly prefix?: boolean }): string => (c.prefix ? `${c.name}*` : c.name);

export const matches = (name: string, pattern: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/** Whether `name` is one of `patterns` and none of `keep` (what a withdraw hook wrote on purpose). */
export const selected = (name: string, patterns: readonly string[] = [], keep: readonly string[] = []): boolean =>
  patterns.some((p) => matches(name, p)) && !keep.some((k) => matches(name, k));
