// Web Storage as the boot touches it: through a getter that may throw (Safari private mode,
// sandboxed frames). Clearing a vendor's keys is later work (src/later/cleanup/storage.ts).

/** The storage, or null where touching it throws (Safari private mode, sandboxed frames). */
export function storageOf(win: Window, kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return win[kind];
  } catch {
    return null;
  }
}
