// The npm entry. Importing starts nothing: a site calls createConsentry() when it is ready.
import { createCore } from './boot/core';
import type { ConsentryApi, ConsentryConfig } from './shared/types';
import type { Feature } from './boot/context';
import { cleanupFeature } from './later/cleanup';
import { consentModeFeature } from './boot/consent-mode';
import { gateModuleFeature } from './boot/gate';
import { receiptsFeature } from './later/receipts';
import { uiModuleFeature } from './ui-module';

/** ESM features, in the order they must start (Consent Mode before the gate releases anything). */
const features: Feature[] = [consentModeFeature, gateModuleFeature, cleanupFeature, receiptsFeature, uiModuleFeature];

export function createConsentry(config: ConsentryConfig = {}): ConsentryApi {
  return createCore(config, { features });
}

export type * from './shared/types';
