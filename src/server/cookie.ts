// The consent cookie on the server: read from a Cookie header, re-issued by Set-Cookie, and
// asked "is this allowed?" for server-rendered pages. The record format and its two-year rule
// are the browser's own (consent-record.ts), so both sides always agree.
import { DEFAULTS } from '../shared/config';
import { decodeRecord, encodeRecord, recordExpiry } from '../shared/consent-record';
import { decide } from '../shared/decide';
import type { CategoryId, ConsentId, ConsentRecord, ResolvedConfig, SignalName, Vendor, VendorId } from '../shared/types';

export interface CookieOptions {
  /** The consent cookie's name, as `cookie.name` in the browser config. Default `consentry`. */
  readonly cookieName?: string;
  /** As `consentDays` in the browser config: at most 730 (the default). */
  readonly consentDays?: number;
  /** As `revision` in the browser config: an older record counts as no consent. Default 0. */
  readonly revision?: number;
  /** Clock for tests. */
  readonly now?: () => number;
}

export interface IsAllowedOptions extends CookieOptions {
  /** The site's vendors and their categories, so a vendor id can be asked about. */
  readonly vendors?: Readonly<Record<VendorId, CategoryId>>;
  /** The site's own categories beyond the four built-in ones. */
  readonly categories?: readonly CategoryId[];
  /** Privacy signals in this request (`Sec-GPC: 1` is `gpc`), applied as the browser applies them. */
  readonly signals?: readonly SignalName[];
  /** What each signal refuses, as `signals` in the browser config. */
  readonly signalActions?: ResolvedConfig['signals'];
}

/** The two-year rule: the browser's default is also the most a site may configure. */
const MAX_DAYS = DEFAULTS.consentDays;

export const consentDaysOf = (options: CookieOptions): number => {
  const days = options.consentDays ?? MAX_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
    throw new TypeError(`consentDays must be a whole number from 1 to ${MAX_DAYS}`);
  return days;
};

/**
 * The value of cookie `name` in a Cookie header, percent-decoded as js-cookie writes it.
 * Undefined when the header carries several cookies of that name with different values: a
 * sibling subdomain can set one for a parent domain or a deeper path ("cookie tossing"), and
 * nothing says which is the site's own, so neither counts (the browser reads it the same way).
 */
export function cookieValue(header: string | undefined | null, name: string): string | undefined {
  if (typeof header !== 'string') return undefined;
  let found: string | undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length > 1) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {}
    if (found !== undefined && found !== value) return undefined;
    found = value;
  }
  return found;
}

/** The valid consent record in a Cookie header, or null (missing, garbage, expired, old revision). */
export function readConsent(cookieHeader: string | undefined | null, options: CookieOptions = {}): ConsentRecord | null {
  return decodeRecord(cookieValue(cookieHeader, options.cookieName ?? 'consentry'), {
    now: (options.now ?? Date.now)(),
    consentDays: consentDaysOf(options),
    revision: options.revision ?? 0,
  });
}

export interface SetCookieOptions extends CookieOptions {
  /** `cookie.domain` of the browser config, so one choice covers the site's subdomains. */
  readonly domain?: string | null;
  readonly secure: boolean;
}

/**
 * A Set-Cookie header that re-issues the record exactly as the browser wrote it, with the same
 * attributes and an expiry no later than consent date + consentDays (never from today).
 */
export function consentSetCookie(record: ConsentRecord, options: SetCookieOptions): string {
  const expires = recordExpiry(record, consentDaysOf(options));
  const parts = [
    `${options.cookieName ?? 'consentry'}=${encodeRecord(record)}`,
    `Expires=${expires.toUTCString()}`,
    'Path=/',
    'SameSite=Lax',
  ];
  if (options.domain) parts.push(`Domain=${options.domain}`);
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * For server-rendered pages: whether the consent cookie in `cookieHeader` allows a category or
 * vendor. Same answers as `Consentry.isAllowed` in the browser: fails closed on any doubt.
 */
export function isAllowed(cookieHeader: string | undefined | null, id: ConsentId, options: IsAllowedOptions = {}): boolean {
  const record = readConsent(cookieHeader, options);
  const categories = [...DEFAULTS.categories.map((c) => c.id), ...(options.categories ?? [])];
  // decide() reads only a vendor's id and category.
  const vendors = Object.entries(options.vendors ?? {}).map(([vid, category]) => ({ id: vid, category }) as Vendor);
  const config: ResolvedConfig = {
    ...DEFAULTS,
    categories: categories.map((c) => ({ id: c })),
    signals: options.signalActions ?? DEFAULTS.signals,
  };
  return typeof id === 'string' && decide({ record, vendors, signals: options.signals ?? [], config }).isAllowed(id);
}
