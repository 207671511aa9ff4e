// Mixpanel: product analytics (the policy mentions it for the app).
// Facts from Mixpanel's own pages:
// - consent API: https://docs.mixpanel.com/docs/privacy/protecting-user-data
// - storage and hosts: https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript
// - policy: https://mixpanel.com/legal/privacy-policy/
import type { Vendor, VendorHook } from '../src/shared/types';

type Mixpanel = { opt_in_tracking?: () => void; opt_out_tracking?: () => void };

/** Tells Mixpanel itself, if it is on the page; its snippet's stub queues the call until it loads. */
const tell =
  (method: keyof Mixpanel): VendorHook =>
  (win) => {
    const mp = (win as Window & { mixpanel?: Mixpanel }).mixpanel;
    if (typeof mp?.[method] === 'function') mp[method]!();
  };

export const mixpanel: Vendor = {
  id: 'mixpanel',
  name: 'Mixpanel',
  company: 'Mixpanel',
  category: 'analytics',
  purpose: 'Shows us which features of the shop and app are used, so we can improve them.',
  hosts: ['mxpnl.com', 'mixpanel.com'],
  cookies: [{ name: 'mp_', prefix: true, party: 'first', lifetime: '1 year', purpose: 'Tells visitors apart.' }],
  storage: {
    local: ['mp_*', '__mpq_*'],
    indexedDB: ['mixpanelBrowserDb'],
    // opt_out_tracking() writes this flag so Mixpanel stays off if it loads again: keep it.
    keep: ['__mp_opt_in_out_*'],
  },
  policyUrl: 'https://mixpanel.com/legal/privacy-policy/',
  leavesUkEea: true,
  onAllow: tell('opt_in_tracking'),
  onWithdraw: tell('opt_out_tracking'),
};
