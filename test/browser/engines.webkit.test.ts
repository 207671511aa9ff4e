// The run-time path suite of the gate in WebKitGTK, the stand-in for Safari, over classic WebDriver.
import { launchWebKit } from './engines/webkit';
import { describeGatePaths } from './scenarios/gate-paths';

describeGatePaths(launchWebKit, {
  // WebKit ships <link rel=prefetch> switched off (Safari too), so there is no request to hold.
  'the href property of a prefetch link': 'WebKit does not implement link prefetch',
});
