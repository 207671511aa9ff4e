// The npm entry. Importing starts nothing: a site calls createConsentry() when it is ready.
import { createCore } from './create-consentry';
import type { ConsentryApi, ConsentryConfig } from './types';
import type { Feature } from './context';
import { cleanupFeature } from './cleanup';
import { consentModeFeature } from './consent-mode';
import { gateModuleFeature } from './gate';
import { receiptsFeature } from './receipts';
import { uiModuleFeature } from './ui-module';

/** ESM features, in the order they must start (Consent Mode before the gate releases anything). */
const features: Feature[] = [consentModeFeature, gateModuleFeature, cleanupFeature, receiptsFeature, uiModuleFeature];

export function createConsentry(config: ConsentryConfig = {}): ConsentryApi {
  return createCore(config, { features });
}

export type * from './types';
