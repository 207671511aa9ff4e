// A vendor's keys in Web Storage and its IndexedDB databases. Vendors such as Fresh Relevance
// recreate cookies from what they kept here, so cookies alone are not enough.
import { selected } from '../../shared/patterns';

/** Removes the keys matching `patterns` but not `keep`; returns what it removed. */
export function clearKeys(store: Storage | null, patterns: readonly string[], keep: readonly string[]): string[] {
  const removed: string[] = [];
  if (!store || !patterns.length) return removed;
  try {
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key !== null && selected(key, patterns, keep)) {
        store.removeItem(key);
        removed.push(key);
      }
    }
  } catch {
    // Storage that throws midway holds nothing more we could remove.
  }
  return removed;
}

/** Asks the browser to delete the databases; it does so once no page holds them open. */
export function deleteDatabases(win: Window, names: readonly string[]): string[] {
  try {
    for (const name of names) win.indexedDB.deleteDatabase(name);
    return [...names];
  } catch {
    return [];
  }
}
