// Web Storage as the boot touches it: through a getter that may throw (Safari private mode,
// sandboxed frames). Clearing a vendor's keys is later work (src/later/cleanup/storage.ts).
import { selected } from '../../shared/patterns';

/** The storage, or null where touching it throws (Safari private mode, sandboxed frames). */
export function storageOf(win: Window, kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return win[kind];
  } catch {
    return null;
  }
}

/** The keys in `store` that match `patterns` but not `keep`: what the sweep looks for and cleanup removes. */
export function vendorKeys(store: Storage | null, patterns?: readonly string[], keep?: readonly string[]): string[] {
  try {
    return store ? Object.keys(store).filter((key) => selected(key, patterns, keep)) : [];
  } catch {
    // Storage that throws when read holds nothing we could name.
    return [];
  }
}
