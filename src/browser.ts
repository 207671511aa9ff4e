// The script-tag entry: the one place that wires the boot's features and sets window.Consentry.
// It runs synchronously as the first script in <head>, so the gate is in place before any tag can
// load. What the page needs only later (the UI, receipts, problem messages, the debug stream)
// is fetched from the same folder when it is needed: see boot/later.ts and boot/ui-loader.ts.
import { findConfig } from './boot/config-source';
import { startCore } from './boot/core';
import type { Feature } from './boot/context';
import { consentModeFeature } from './boot/consent-mode';
import { gateFeature } from './boot/gate';
import { acquire } from './boot/instance';
import { keeping } from './boot/problem-log';
import { why } from './shared/problems';
import { laterFeature } from './boot/later';
import { receiptExportFeature } from './boot/receipt-export';
import { allowHooksFeature } from './boot/hooks';
import { tabSyncFeature } from './boot/tab-sync';
import { uiFeature } from './boot/ui-loader';
import { serviceWorkerFeature } from './boot/service-worker';
import type { ConsentryApi } from './shared/types';
import { catalogRules } from '../vendors/rules';

declare global {
  interface Window {
    Consentry?: ConsentryApi;
  }
}

/** Features in start order: Consent Mode's default must precede anything the gate releases. */
const features: Feature[] = [
  consentModeFeature,
  gateFeature,
  allowHooksFeature,
  tabSyncFeature,
  receiptExportFeature,
  laterFeature,
  uiFeature,
  serviceWorkerFeature,
];

const script = document.currentScript as HTMLScriptElement | null;
const problems = keeping();
if (!window.Consentry) {
  try {
    // A site bundle may have started Consentry already: the tag then shares that instance.
    window.Consentry = acquire(
      window,
      () => startCore(findConfig(document, window, problems.report), { features, script, catalog: catalogRules, problems }),
      true,
    );
  } catch (e) {
    // Nothing runs that could fetch the words: this one says itself.
    console.error(`Consentry: start-up failed (${why(e)}); nothing optional will run on this page.`);
  }
}
