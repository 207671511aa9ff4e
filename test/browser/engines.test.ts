// The shared scenarios (test/browser/scenarios/) in Chromium; the same modules run in Firefox ESR
// and WebKitGTK from their own files.
import { launchChromium } from './engines/chromium';
import { describeScenarios } from './scenarios';

describeScenarios(() => launchChromium());
