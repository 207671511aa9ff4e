// The shared scenarios (test/browser/scenarios/) in WebKitGTK, the stand-in for Safari, over
// classic WebDriver.
import { launchWebKit } from './engines/webkit';
import { describeScenarios } from './scenarios';

describeScenarios(launchWebKit, {
  // WebKit ships <link rel=prefetch> switched off (Safari too), so there is no request to hold.
  neverFetched: { 'the href property of a prefetch link': 'WebKit does not implement link prefetch' },
  // Its promise resolves, yet neither cookieStore.get nor document.cookie sees the cookie, with or
  // without Consentry on the page: the gate's refusal cannot be told from the engine's own.
  storage: { cookieStoreStoresNothing: 'WebKitGTK stores nothing through cookieStore on plain http' },
});
