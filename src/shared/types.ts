// The domain of Consentry. Ids are plain strings at run time; the aliases say which
// namespace a string belongs to, so a signature reads as the policy it enforces.
import type { UiLanguage } from './languages';
import type { TextOverrides } from './text-keys';

/** The four categories every site has; sites may add their own. */
export type BuiltInCategoryId = 'necessary' | 'preferences' | 'analytics' | 'marketing';
/** A category id: lower-case letters, digits, `-` and `_`, stable across releases. */
export type CategoryId = BuiltInCategoryId | (string & {});
/** A vendor id, as in the catalog (`hotjar`) or registered by the site. */
export type VendorId = string & {};
/** Either kind of id: `isAllowed`, `whenAllowed` and `data-consentry` accept both. */
export type ConsentId = CategoryId | VendorId;

/**
 * How a choice was made, kept in the record as proof of what the shopper did. `placeholder` is
 * the button on a held embed, which allows that one vendor.
 */
export const CONSENT_METHODS = ['banner', 'preferences', 'api', 'signal', 'placeholder'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** The browser privacy signals Consentry honours. */
export const SIGNAL_NAMES = ['dnt', 'gpc'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];
export type SignalAction = 'reject-all' | 'reject-marketing' | 'ignore';

export interface CategoryChoice {
  readonly granted: boolean;
  readonly method: ConsentMethod;
}

/**
 * What the consent cookie holds. Vendors appear in `vendors` only where their choice differs
 * from their category's; `seenVendors` lists every vendor the shopper was asked about, so a
 * vendor added later is undecided rather than silently granted with its category.
 */
export interface ConsentRecord {
  readonly version: 1;
  /** Random id (proof of consent): the key a receipt and an access request are filed under. */
  readonly id: string;
  /** When consent was given, in ms since the epoch. The two-year rule counts from here. */
  readonly consentedAt: number;
  readonly revision: number;
  readonly categories: { readonly [id: string]: CategoryChoice };
  readonly vendors: { readonly [id: string]: boolean };
  readonly seenVendors: readonly VendorId[];
  /** Privacy signals present in the browser when this record was written. */
  readonly signals: readonly SignalName[];
}

/** `setConsent()` input: category or vendor id to allowed or not. */
export type Choices = { readonly [id: string]: boolean };

/** What the core needs of a cookie: which name to delete, and whether it is the site's to delete. */
export interface CookieRule {
  /** Exact name, or a prefix when `prefix` is true (`_hj` matches `_hjSession_123`). */
  readonly name: string;
  readonly prefix?: boolean;
  readonly party: 'first' | 'third';
}

/** What only the cookie declaration shows of a cookie. */
export interface CookieWords {
  /** Human wording for the declaration: "2 years", "30 minutes", "session". */
  readonly lifetime: string;
  readonly purpose: string;
}

/** A cookie of a whole vendor: its rule and its words. */
export interface VendorCookie extends CookieRule, CookieWords {}

/** A URL a vendor claims beyond whole hosts: a host plus a path prefix and/or a query value. */
export interface VendorUrlPattern {
  readonly host: string;
  readonly pathPrefix?: string;
  /** Query parameter name and a prefix its value must start with (`id` / `DC-`). */
  readonly query?: { readonly name: string; readonly valuePrefix: string };
}

export interface VendorStorage {
  /** localStorage keys; a trailing `*` makes a prefix (`_hj*`). */
  readonly local?: readonly string[];
  readonly session?: readonly string[];
  readonly indexedDB?: readonly string[];
  /** Keys the withdraw hook writes on purpose (an opt-out flag) and cleanup must leave alone. */
  readonly keep?: readonly string[];
}

/**
 * A vendor hook receives the page's window so it can be tested against a stub. It is typed as
 * `object` because this module is shared with the server, which has no `Window`; a hook narrows it
 * to the globals it reads.
 */
export type VendorHook = (win: object) => void;

/**
 * A vendor as a site writes it, in the config or to `register()`: a catalog id with overrides, or
 * a new vendor (which needs at least `category` and `hosts`; the validator says so).
 */
export type VendorDefinition = Partial<Vendor> & { readonly id: VendorId };

/** The fields of a vendor that decide and clean up, with its cookies of one kind or another. */
interface VendorShape<Cookie extends CookieRule> {
  readonly id: VendorId;
  /** Shown in warnings and the debug stream as well as in the UI. */
  readonly name: string;
  readonly category: CategoryId;
  /** Hosts claimed whole: exact, or any subdomain on a label boundary. */
  readonly hosts: readonly string[];
  readonly urls?: readonly VendorUrlPattern[];
  readonly cookies: readonly Cookie[];
  readonly storage?: VendorStorage;
  /** Whether the vendor's processing takes data outside the UK/EEA. */
  readonly leavesUkEea: boolean;
  readonly onAllow?: VendorHook;
  readonly onWithdraw?: VendorHook;
  /** What a held iframe of this vendor shows once loaded; names the placeholder's button. */
  readonly embed?: EmbedKind;
}

/**
 * What the core needs of a vendor: the gate, cleanup, Consent Mode and warnings read these and
 * nothing else. The render-blocking file carries the catalog as rules only.
 */
export interface VendorRules extends VendorShape<CookieRule> {}

/** A vendor's own words, which only the UI shows. */
export interface VendorText {
  readonly company: string;
  /** One or two sentences, from the shopper's point of view. */
  readonly purpose: string;
  readonly policyUrl: string;
}

/**
 * What an embed writes in its own iframe, on the vendor's origin (youtube.com's localStorage, not
 * the shop's). The site can neither read nor delete it, so it is declared and never gated or
 * cleaned: it lives in the words, which the boot never carries, not in `storage`, which the
 * storage gate and the cleanup act on. Holding the iframe until it is allowed is what keeps it off.
 */
export interface FrameStorageItem extends CookieWords {
  /** Exact, or a prefix when it ends in `*` (`LogsDatabaseV2:*`), as in `storage`. */
  readonly name: string;
  readonly store: 'local' | 'session' | 'indexedDB';
}

/** A catalog vendor's words, apart from its rules: the UI chunks carry these, keyed by cookie name. */
export interface VendorWords extends VendorText {
  readonly cookies: Readonly<Record<string, CookieWords>>;
  /** Its embed's storage on its own origin (vendors/words.ts); never part of the whole vendor. */
  readonly frameStorage?: readonly FrameStorageItem[];
}

/** A whole vendor, rules and words: what `consentry/vendors` exports and a site may list. */
export interface Vendor extends VendorShape<VendorCookie>, VendorText {}

/**
 * A vendor as the core holds it: the rules, and whichever words came with it (a whole vendor, or
 * the site's own). A catalog vendor named by id in the script tag's config has none; the UI
 * chunk fills in what is missing from the catalog's words.
 */
export interface ConfiguredVendor extends VendorShape<CookieRule & Partial<CookieWords>>, Partial<VendorText> {}

/** "Load video" / "Load map" / "Load content": `content` when the vendor does not say. */
export type EmbedKind = 'video' | 'map' | 'content';

/**
 * A category as the site configured it. Built-in categories leave `label` and `description`
 * unset unless the site overrides them, so the UI can show them in the shopper's language.
 */
export interface CategoryDefinition {
  readonly id: CategoryId;
  readonly label?: string;
  readonly description?: string;
}

export interface GoogleConsentModeConfig {
  readonly mode: 'basic' | 'advanced';
  readonly region?: readonly string[];
  readonly adsDataRedaction?: boolean;
  readonly urlPassthrough?: boolean;
}

export type Layout = 'bar' | 'modal';

/**
 * A site's own wording: strings by key for every language, and per language (`fr: {...}`) the
 * strings for that language only, which win over the flat ones.
 */
export type TextConfig = TextOverrides & { readonly [lang in UiLanguage]?: TextOverrides };

/** Configuration as a site writes it (JSON element, `window.consentryConfig`, or the argument). */
export interface ConsentryConfig {
  vendors?: Array<VendorId | VendorDefinition>;
  categories?: { [id: string]: { label?: string; description?: string } };
  revision?: number;
  policyUrl?: string;
  cookie?: { name?: string; domain?: string };
  consentDays?: number;
  language?: string;
  /** The languages the site serves; a page in any other gets the first. */
  languages?: UiLanguage[];
  text?: TextConfig;
  signals?: { dnt?: SignalAction; gpc?: SignalAction };
  googleConsentMode?: boolean | Partial<GoogleConsentModeConfig>;
  reloadOnWithdraw?: boolean;
  receiptEndpoint?: string;
  layout?: Layout;
  debug?: boolean;
  /** Click-to-load placeholders on held embeds; `true` unless set to `false`. */
  placeholders?: boolean;
  /** The strict mode's worker as the site serves it; `register: false` when the site's own worker imports it. */
  serviceWorker?: string | { url: string; register?: boolean };
}

/** Configuration after validation: complete, trusted, frozen. */
export interface ResolvedConfig {
  readonly vendors: readonly ConfiguredVendor[];
  readonly categories: readonly CategoryDefinition[];
  readonly revision: number;
  readonly policyUrl: string | null;
  readonly cookie: { readonly name: string; readonly domain: string | null };
  readonly consentDays: number;
  readonly language: string | null;
  /** null: every shipped language; never empty. */
  readonly languages: readonly UiLanguage[] | null;
  readonly text: TextConfig;
  readonly signals: { readonly dnt: SignalAction; readonly gpc: SignalAction };
  readonly googleConsentMode: GoogleConsentModeConfig | null;
  readonly reloadOnWithdraw: boolean;
  readonly receiptEndpoint: string | null;
  readonly layout: Layout;
  readonly debug: boolean;
  /** `false`: held embeds show no click-to-load placeholder (the box stays blank). */
  readonly placeholders?: boolean;
  readonly serviceWorker?: string | { readonly url: string; readonly register?: boolean };
}

export type ChangeListener = (record: ConsentRecord | null) => void;

/** What the debug stream reports (`debug: true`): one entry per decision the gate makes. */
export interface DebugEntry {
  readonly action: 'held' | 'released' | 'blocked' | 'passed' | 'cleaned' | 'warning' | 'choice';
  readonly vendor?: VendorId;
  readonly detail?: string;
}

export interface CoreApi {
  acceptAll(): void;
  rejectAll(): void;
  setConsent(choices: Choices): void;
  isAllowed(id: ConsentId): boolean;
  getConsent(): ConsentRecord | null;
  on(event: 'change', fn: ChangeListener): () => void;
  register(vendor: VendorDefinition): boolean;
  reset(): void;
  whenAllowed(id: ConsentId, fn: () => void): () => void;
  /** With `debug: true`, the debug entries so far (the first 1,000), so a panel that loads late misses none. */
  debugLog(): readonly DebugEntry[];
}

/**
 * API methods that features add (the UI, receipts). Inside the boot they are optional
 * (`Partial<FeatureApi>`) until a feature exposes them; the public API always has them.
 */
export interface FeatureApi {
  showBanner(): void;
  showPreferences(): void;
  exportConsent(): ConsentReceipt | null;
}
/** Every FeatureApi method, once: the compiler rejects a method added to one and not the other. */
export const FEATURE_METHODS = Object.keys({ showBanner: 0, showPreferences: 0, exportConsent: 0 } satisfies Record<
  keyof FeatureApi,
  0
>) as ReadonlyArray<keyof FeatureApi>;

/**
 * What a receipt says about one choice (see the receipts feature): proof of consent, sent to
 * `receiptEndpoint` and returned by `exportConsent()`.
 */
export interface ConsentReceipt {
  /** The record's id: the key an access or erasure request is filed under. */
  readonly recordId: string;
  /** When the choice was made (the record's consent date), ISO 8601 in UTC. */
  readonly time: string;
  readonly revision: number;
  /** Each category's choice, plus vendors whose choice differs from their category. */
  readonly choices: Readonly<Record<string, boolean>>;
  readonly method: ConsentMethod;
  /** The page's path only (no query or fragment); null when exported without a receipt on file. */
  readonly page: string | null;
  /** SHA-256 (hex) of the banner text the shopper saw; null if none was shown or no Web Crypto. */
  readonly textHash: string | null;
  readonly userAgent: string;
  readonly signals: readonly SignalName[];
}

/** The public API: the same on `window.Consentry` and on what `createConsentry()` returns. */
export interface ConsentryApi extends CoreApi, FeatureApi {}
