// The seam between the core-side loader and the UI chunk. The loader owns when the UI is
// needed; the chunk owns what it looks like. Only types cross, so the core stays small.
import type { ConsentryContext } from './context';
import type { shadowHost, whenBody } from './shadow-host';

export interface UiHandle {
  showBanner(): void;
  /** `opener` gets focus back when the dialog closes (the footer link, the banner button). */
  showPreferences(opener?: Element | null): void;
  /** Fills every `[data-consentry-cookie-table]` element with the cookie declaration. */
  fillCookieTables(): void;
  /** Puts a click-to-load placeholder over each held embed a shopper can see, and keeps doing so. */
  placeholders(): void;
  /** `destroy()`: the banner and dialog leave the page, and nothing of the UI watches it any more. */
  stop(): void;
}

/**
 * The core lends the chunk its shadow-root helpers: it ships them for the fallback anyway, and a
 * first visit downloads both files, so the chunk borrows them instead of carrying a second copy.
 * Positional, not an object: property names would cost the core bytes on every page view.
 */
export type MountUi = (ctx: ConsentryContext, host: typeof shadowHost, body: typeof whenBody) => UiHandle;

/** The event the chunk fires on its own <script> element to hand `MountUi` to the loader. */
export const UI_READY_EVENT = 'consentry:ui';

/**
 * How long a shopper waits for a part they need now (the banner, the preferences) before the
 * page gives up on it: a stalled CDN must not leave them without a way to choose.
 */
export const UI_TIMEOUT_MS = 5000;
