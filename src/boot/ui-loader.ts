// The core's side of the UI: decides when the shopper needs it, fetches the chunk only then (a
// returning shopper with valid consent downloads and parses none of it), and wires the page's
// "Cookie settings" links and cookie tables. If the chunk fails, the plain fallback takes over.
import type { ConsentryContext, Feature } from './context';
import { UI_READY_EVENT, UI_TIMEOUT_MS, type MountUi, type UiHandle } from './ui-handle';
import { pageLanguage, uiChunkFile } from './language';
import { createFallback, type Fallback } from './fallback';
import { shadowHost, whenBody } from './shadow-host';
import { afterPaint } from './load-part';

export type LoadUi = (ctx: ConsentryContext) => Promise<MountUi>;

/**
 * Script-tag build: the chunk for the page's language (`consentry-ui.js` for en-GB) sits next
 * to `consentry.js` and carries its nonce. One language per chunk keeps the first visit small.
 */
export const loadUiScript: LoadUi = (ctx) =>
  ctx.loadPart(uiChunkFile(pageLanguage(ctx.config, ctx.doc)), UI_READY_EVENT, UI_TIMEOUT_MS) as Promise<MountUi>;

type Need = 'banner' | 'preferences';

export const uiFeatureWith =
  (load: LoadUi): Feature =>
  (ctx) => {
    const { doc } = ctx;
    let ui: Promise<UiHandle> | undefined;
    let fallback: Fallback | undefined;

    /** Runs `use` once the UI is up; if it cannot be, a shopper who must choose (`need`) gets the fallback. */
    const withUi = (use: (ui: UiHandle) => void, need?: Need) => {
      ui ??= load(ctx).then((mount) => mount(ctx, shadowHost, whenBody));
      ui.then(use).catch((e: unknown) => {
        ctx.log(
          `Consentry: the consent UI could not start (${(e as Error)?.message}); a plain fallback is shown. Serve consentry-ui.js next to consentry.js.`,
        );
        if (need) (fallback ??= createFallback(ctx)).show(need === 'preferences');
      });
    };
    const showPreferences = (opener: Element | null) => withUi((u) => u.showPreferences(opener), 'preferences');

    ctx.expose({
      showBanner: () => withUi((u) => u.showBanner(), 'banner'),
      showPreferences: () => showPreferences(doc.activeElement),
    });

    // Delegated, so links added after start-up (a footer rendered later) work too.
    const onClick = (e: Event) => {
      const opener = (e.target as Element | null)?.closest?.('[data-consentry-open]');
      if (!opener) return;
      e.preventDefault();
      showPreferences(opener);
    };
    doc.addEventListener('click', onClick);

    // The boot only notices a marked iframe that is not `hidden` (the quick start's Floodlight frame
    // is); the UI chunk judges whether it is held and big enough, and draws the box, after paint.
    // The gate calls this for each one it holds from now on, however late; the check at
    // DOMContentLoaded finds those marked before this feature started (an npm build started late).
    const placeholders = (ctx.heldFrame = () => afterPaint(ctx.win, () => withUi((u) => u.placeholders())));
    const fillTables = () => {
      doc.querySelector('[data-consentry-cookie-table]') && withUi((u) => u.fillCookieTables());
      doc.querySelector('iframe[data-consentry]:not([hidden])') && placeholders();
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', fillTables, { once: true });
    else fillTables();

    const askIfNeeded = () => ctx.needsChoice() && withUi((u) => u.showBanner(), 'banner');
    askIfNeeded();
    // A vendor registered later was never asked about: the shopper must be, even on a return visit.
    const stopVendors = ctx.onVendor(askIfNeeded);
    return () => {
      stopVendors();
      doc.removeEventListener('click', onClick);
      ui?.then(
        (u) => u.stop(),
        () => {},
      );
    };
  };

/** The script-tag build's UI feature: the chunk is a second script, fetched on demand. */
export const uiFeature: Feature = uiFeatureWith(loadUiScript);
