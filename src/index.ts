// The npm entry. Importing starts nothing: a site calls createConsentry() when it is ready. The
// npm build is one piece (the site's bundler splits off the UI): every feature starts at once.
import { printed, startCore } from './boot/core';
import type { ConsentryApi, ConsentryConfig } from './shared/types';
import type { Feature } from './boot/context';
import { consentModeFeature } from './boot/consent-mode';
import { gateModuleFeature } from './boot/gate';
import { acquire } from './boot/instance';
import { receiptExportFeature } from './boot/receipt-export';
import { allowHooksFeature } from './boot/hooks';
import { tabSyncFeature } from './boot/tab-sync';
import { debugStreamFeature } from './later/debug-stream';
import { receiptsFeature } from './later/receipts';
import { sweepFeature } from './later/sweep';
import { withdrawFeature } from './later/withdraw';
import { uiModuleFeature } from './ui-module';

/** ESM features, in the order they must start (Consent Mode before the gate releases anything). */
const features: Feature[] = [
  debugStreamFeature,
  consentModeFeature,
  gateModuleFeature,
  allowHooksFeature,
  sweepFeature,
  withdrawFeature,
  tabSyncFeature,
  receiptExportFeature,
  receiptsFeature,
  uiModuleFeature,
];

/**
 * Starts Consentry on this window, or, where it already runs (the script tag, or an earlier
 * call), returns that instance. `destroy()` gives this reference back; the last one given back
 * takes the UI off the page, removes Consentry's listeners and restores every browser API the
 * gate patched.
 */
export function createConsentry(config: ConsentryConfig = {}): ConsentryApi & { destroy(): void } {
  return acquire(window, () => startCore(config, { features, problems: printed() }));
}

export type * from './shared/types';
