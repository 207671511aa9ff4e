// A vendor's keys in Web Storage and its IndexedDB databases. Vendors such as Fresh Relevance
// recreate cookies from what they kept here, so cookies alone are not enough.
import { vendorKeys } from '../../boot/cleanup/storage';

/** Removes the keys matching `patterns` but not `keep`; returns what it removed. */
export function clearKeys(store: Storage | null, patterns: readonly string[], keep: readonly string[]): string[] {
  return vendorKeys(store, patterns, keep).filter((key) => {
    try {
      store?.removeItem(key);
      return true;
    } catch {
      return false;
    }
  });
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
