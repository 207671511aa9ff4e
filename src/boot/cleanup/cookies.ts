// A vendor's first-party cookies as this page sees them: what the storage gate refuses, what the
// boot looks for to learn whether consentry-later.js has a sweep to do, and what the CLI reports.
// Deleting them is later work (src/later/cleanup/cookies.ts).
import type { VendorRules } from '../../shared/types';
import { cookiePattern, selected } from '../../shared/patterns';

/**
 * Names of the cookies this page can see; none where reading them throws (sandboxed frames).
 * Typed by the one property it reads, so the CLI (Node, no DOM) can import this module's matchers.
 */
export function cookieNames(doc: { readonly cookie: string }): string[] {
  try {
    return doc.cookie
      .split(';')
      .map((c) => c.split('=')[0]!.trim())
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** The vendor's first-party cookies among `present`; third-party ones live on its own domain. */
export const vendorCookies = (vendor: VendorRules, present: readonly string[]): string[] =>
  present.filter((n) => selected(n, cookiePatterns(vendor), vendor.storage?.keep));

/** The vendor's first-party cookies as storage patterns (`_hj*`): what the sweep deletes and the storage gate refuses. */
export const cookiePatterns = (vendor: VendorRules): string[] => vendor.cookies.filter((c) => c.party === 'first').map(cookiePattern);
