import type { VendorId } from './types';

/** The catalog vendors Google's consent state speaks for, by category: listing either turns
 * Consent Mode on by default, and their choices become Google's consent types. */
export const GOOGLE_VENDORS: Readonly<Record<string, VendorId>> = { marketing: 'doubleclick', analytics: 'google-analytics' };
