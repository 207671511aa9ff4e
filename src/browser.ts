// The script-tag entry: the one place that wires the features and sets window.Consentry. It runs
// synchronously as the first script in <head>, so the gate is in place before any tag can load.
import { findConfig } from './boot/config-source';
import { createReporter } from './shared/config';
import { createCore } from './boot/core';
import type { Feature } from './boot/context';
import { cleanupFeature } from './later/cleanup';
import { consentModeFeature } from './boot/consent-mode';
import { gateFeature } from './boot/gate';
import type { ConsentryApi } from './shared/types';
import { receiptsFeature } from './later/receipts';
import { uiFeature } from './boot/ui-loader';
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
