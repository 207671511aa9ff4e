// The seam between the core-side loader and the UI chunk. The loader owns when the UI is
// needed; the chunk owns what it looks like. Only types cross, so the core stays small.
import type { ConsentryContext } from '../context';

export interface UiHandle {
  showBanner(): void;
  /** `opener` gets focus back when the dialog closes (the footer link, the banner button). */
  showPreferences(opener?: Element | null): void;
  /** Fills every `[data-consentry-cookie-table]` element with the cookie declaration. */
  fillCookieTables(): void;
}

export type MountUi = (ctx: ConsentryContext) => UiHandle;

/** The event the chunk fires on its own <script> element to hand `MountUi` to the loader. */
export const UI_READY_EVENT = 'consentry:ui';
