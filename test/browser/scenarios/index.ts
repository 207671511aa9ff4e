// Every shared scenario module, registered for one engine: each engine's test file is this call
// with its launcher and its limits, so the three runs are one specification.
import type { TestServer } from '../harness';
import type { Engine } from '../engines/engine';
import { banner } from './banner';
import { conformance } from './conformance';
import { gatePaths, type NeverFetched } from './gate-paths';
import { describeEngine } from './stage';
import { storageGate, type StorageLimits } from './storage-gate';

/** What an engine cannot do as Chromium does, each with the reason the README's Limits give. */
export interface EngineLimits {
  neverFetched?: NeverFetched;
  storage?: StorageLimits;
}

export function describeScenarios(launch: (site: TestServer) => Promise<Engine>, limits: EngineLimits = {}): void {
  describeEngine(launch, (stage) => {
    gatePaths(stage, limits.neverFetched);
    conformance(stage);
    storageGate(stage, limits.storage);
    banner(stage);
  });
}
