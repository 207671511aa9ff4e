// The shared scenarios (test/browser/scenarios/) in Firefox ESR (Gecko), over WebDriver BiDi.
import { launchFirefox } from './engines/firefox';
import { describeScenarios } from './scenarios';

describeScenarios(launchFirefox);
