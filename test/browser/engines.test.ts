// The run-time path suite of the gate in Chromium; the same scenarios run in Firefox ESR and
// WebKitGTK from their own files (scenarios/gate-paths.ts).
import { launchChromium } from './engines/chromium';
import { describeGatePaths } from './scenarios/gate-paths';

describeGatePaths(() => launchChromium());
