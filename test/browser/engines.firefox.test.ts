// The run-time path suite of the gate in Firefox ESR (Gecko), over WebDriver BiDi.
import { launchFirefox } from './engines/firefox';
import { describeGatePaths } from './scenarios/gate-paths';

describeGatePaths(launchFirefox);
