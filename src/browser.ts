// The script-tag entry: the one place that wires the features and sets window.Consentry. It runs
// synchronously as the first script in <head>, so the gate is in place before any tag can load.
import { findConfig } from './config-source';
import { createReporter } from './config';
import { createCore } from './create-consentry';
import type { Feature } from './context';
import { cleanupFeature } from './cleanup';
import { consentModeFeature } from './consent-mode';
import { gateFeature } from './gate';
import type { ConsentryApi } from './types';
import { receiptsFeature } from './receipts';
import { uiFeature } from './ui-loader';
import { catalog } from '../vendors';

declare global {
  interface Window {
    Consentry?: ConsentryApi;
  }
}

/** Features in start order: Consent Mode's default must precede anything the gate releases. */
const features: Feature[] = [consentModeFeature, gateFeature, cleanupFeature, receiptsFeature, uiFeature];

const script = document.currentScript as HTMLScriptElement | null;
const report = createReporter();
if (!window.Consentry) {
  try {
    window.Consentry = createCore(findConfig(document, window, report), { features, script, catalog });
  } catch (e) {
    report('start-up', `failed (${(e as Error).message}); nothing optional will run on this page`);
  }
}
