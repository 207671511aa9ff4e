// The seam between the UI chunk (the banner) and the preferences part (the dialog, the cookie
// declaration, the placeholders). The banner chunk owns when the part is needed and fetches it
// only then; the part owns what those layers look like. Only types and two names cross.
import type { Choice, ConsentryContext } from '../boot/context';
import type { shadowHost } from '../boot/shadow-host';
import type { UiLanguage } from '../shared/languages';
import type { BannerTexts } from '../shared/text-keys';
import type { ConsentMethod } from '../shared/types';
import type { LentPreact } from './lent-preact';

/** The page's cookie-declaration elements, which the part fills (and the banner chunk looks for). */
export const COOKIE_TABLE = '[data-consentry-cookie-table]';

export interface PrefsEnv {
  readonly ctx: ConsentryContext;
  readonly lang: UiLanguage;
  /** The banner's words, the site's overrides applied; the dialog shows some of them too. */
  readonly text: BannerTexts;
  /** The banner's CSS, which the placeholders' shadow roots build on instead of a second copy. */
  readonly css: string;
  readonly host: typeof shadowHost;
  /** The banner's root (made on first use): the dialog lives beside the banner, in the same root. */
  root(): ShadowRoot | HTMLElement;
  /** The dialog opened, or closed without a choice: the banner hides under it, or comes back. */
  layer(open: boolean): void;
  /** A choice made in the dialog: recorded, the dialog's layer closed, the banner updated. */
  choose(choice: Choice, method: ConsentMethod): void;
}

export interface PrefsHandle {
  /** `opener` gets focus back when the dialog closes (the footer link, the banner button). */
  showPreferences(opener: Element | null): void;
  /** Fills every `[data-consentry-cookie-table]` element with the cookie declaration. */
  fillCookieTables(): void;
  /** Puts a click-to-load placeholder over each held embed a shopper can see, and keeps doing so. */
  placeholders(): void;
  /** Ends the placeholders (their boxes and watchers); a filled declaration stays, as page content. */
  stop(): void;
}

export type StartPrefs = (env: PrefsEnv) => PrefsHandle;

/**
 * What the script-tag part hands over: it carries no Preact of its own, so the banner chunk
 * lends it the one the page already runs (src/ui/lent-preact.ts) before anything renders.
 */
export type PrefsReady = (preact: LentPreact) => StartPrefs;

/** The event the part fires on its own <script> element to hand `PrefsReady` to the banner chunk. */
export const PREFS_READY_EVENT = 'consentry:prefs';

/** The part's file for a language, next to the UI chunk: `consentry-prefs.js`, `consentry-prefs.fr.js`. */
export const prefsChunkFile = (lang: UiLanguage): string => (lang === 'en-GB' ? 'consentry-prefs.js' : `consentry-prefs.${lang}.js`);
