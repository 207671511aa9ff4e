// The internal seam between the consent core and the features wired around it (tag gate,
// cleanup, Google Consent Mode, UI, receipts, tabs). A feature is a function of this context;
// it owns no consent state of its own, so every part agrees on what is allowed.
import type { Choice } from '../shared/choice';
import type { Decisions } from '../shared/decide';
import type { Report } from '../shared/problems';
import type { ProblemLog } from './problem-log';
import type { LoadPart } from './load-part';
import type { ReceiptBook } from './receipt-book';
import type { Log } from '../shared/listeners';
import type {
  ConsentId,
  ConsentMethod,
  DebugEntry,
  FeatureApi,
  ConsentRecord,
  ResolvedConfig,
  SignalName,
  ConfiguredVendor,
  VendorId,
  VendorRules,
} from '../shared/types';

/** Defined with the public API (`debugLog()`); re-exported for the features that emit it. */
export type { DebugEntry };

export type { Choice };
export type { Decisions };

export interface ConsentryContext {
  readonly config: ResolvedConfig;
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
  /** The <script> that loaded Consentry (script-tag build), for the UI chunk's URL and the nonce. */
  readonly script: HTMLScriptElement | null;
  /** Fetches a later part of the script-tag build (rejects in the npm build, which has none). */
  readonly loadPart: LoadPart;
  /** Receipts waiting between page views (the boot's exportConsent and the later sender share it). */
  readonly receipts: ReceiptBook;
  /** The one way a problem is reported: by its code, worded where it is printed. */
  readonly report: Report;
  /** Writes a message as it is (to the console, or `CoreOptions.log`); `error` keeps its stack there. */
  log: Log;
  /** Writes a warning: something to fix that holds nothing back (the console's warn, or `CoreOptions.log`). */
  warn: Log;
  /** The problems reported, where they are kept for a later part to print. */
  readonly problems: ProblemLog;
  /** Add methods to the public API; call it synchronously while the feature starts. */
  expose(methods: Partial<FeatureApi>): void;
  /** What features have exposed so far (the preferences dialog downloads `exportConsent()`). */
  readonly api: Partial<FeatureApi>;
  /** The UI reports the first-layer text it showed, so a receipt can prove what was read. */
  noteShownText(text: string): void;
  shownText(): string | null;
  /** Every vendor the site uses: configured ones, then registered ones. */
  vendors(): readonly ConfiguredVendor[];
  vendor(id: VendorId): ConfiguredVendor | undefined;
  isAllowed(id: ConsentId): boolean;
  record(): ConsentRecord | null;
  /** True while the shopper owes us a choice (no valid record, or vendors never asked about). */
  needsChoice(): boolean;
  /** Privacy signals present in this browser and not configured to be ignored. */
  signals(): readonly SignalName[];
  /** True when a privacy signal refuses this category and the shopper has not opted back in. */
  refusedBySignal(category: string): boolean;
  choose(choice: Choice, method: ConsentMethod): void;
  /** Reads the cookie again (another tab, or the back/forward cache, may hold a newer answer). */
  reread(): void;
  /** After every change of what is allowed, with views before and after. */
  onDecisions(fn: (now: Decisions, before: Decisions) => void): () => void;
  /** After every choice the shopper makes, changed or not, with how it was made (receipts record each one). */
  onChoice(fn: (record: ConsentRecord, method: ConsentMethod) => void): () => void;
  /** After `register()` adds a vendor. */
  onVendor(fn: (vendor: ConfiguredVendor) => void): () => void;
  /** After this page wrote or removed the record (a choice, or `reset()`). */
  onStored(fn: () => void): () => void;
  /**
   * In consentry-later.js only: each vendor not allowed that the boot found a cookie or key of
   * (at start, or when registered), for the sweep to delete.
   */
  onLeftovers?(fn: (vendor: VendorRules) => void): () => void;
  /** With `debug: true`, after each debug entry. */
  onDebug(fn: (entry: DebugEntry) => void): () => void;
  debug(entry: DebugEntry): void;
  /** The entries so far (the live buffer behind `debugLog()`). */
  debugLog(): readonly DebugEntry[];
  /**
   * Set by the UI feature: the gate calls it when it holds a marked-up iframe that is not
   * `hidden`, at any time (a single-page app's next view), so the UI chunk can draw its placeholder.
   */
  heldFrame?(): void;
}

/** A feature wires itself to the context; it returns its teardown when it has one (`destroy()`). */
// biome-ignore lint/suspicious/noConfusingVoidType: most features have no teardown and return nothing
export type Feature = (ctx: ConsentryContext) => void | (() => void);
