// Each embed's storage on its own origin, by vendor id, for the cookie declaration, the
// preferences and the audit. Apart from the whole vendors on purpose: a whole vendor passes the
// config validator, which is in the render-blocking boot, and names there would either grow it
// or reach the storage gate and the cleanup, which cannot touch another origin's storage anyway.
// The UI chunks and the CLI import this; the boot never does (test/unit/vendors/catalog.test.ts).
import type { FrameStorageItem, VendorId } from '../src/shared/types';
import { youtubeWords } from './youtube';

export const frameStorage: Readonly<Record<VendorId, readonly FrameStorageItem[]>> = {
  youtube: youtubeWords.frameStorage ?? [],
};

/** Where the declaration says an item lives: the browser's API names, the same in every language. */
export const STORE_NAMES: Readonly<Record<FrameStorageItem['store'], string>> = {
  local: 'localStorage',
  session: 'sessionStorage',
  indexedDB: 'IndexedDB',
};
