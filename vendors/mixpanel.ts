// Mixpanel: product analytics (the policy mentions it for the app).
// Facts from Mixpanel's own pages:
// - consent API: https://docs.mixpanel.com/docs/privacy/protecting-user-data
// - storage and hosts: https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript
// - policy: https://mixpanel.com/legal/privacy-policy/
// - storage checked against the SDK's own code, mixpanel-browser 2.83.0 (dist/mixpanel.cjs.js):
//   cookie or localStorage `mp_<token>_mixpanel` (or `mp_<persistence_name>`), localStorage
//   `__mpq_<token>_*` queues and `__mprec_*` recorder batches, sessionStorage `mp_tab_id_*` and
//   `mp_gen_new_tab_id_*`, IndexedDB `mixpanelBrowserDb` and `mixpanelFlagsDb`, and the opt-out
//   flag `__mp_opt_in_out_<token>`.
import type { Vendor, VendorHook, VendorRules, VendorWords } from '../src/shared/types';
import { whole } from './whole';

type Mixpanel = { opt_in_tracking?: () => void; opt_out_tracking?: () => void; __loaded?: boolean };

/**
 * Tells Mixpanel itself, if it is ready to hear it: the snippet's stub (an array) queues the call
 * until the library loads, and a library that ran `init()` has `__loaded`. A library on the page
 * but not yet initialised throws on these calls, so it is left alone: its `init()` comes later.
 */
const tell =
  (method: 'opt_in_tracking' | 'opt_out_tracking'): VendorHook =>
  (win) => {
    const mp = (win as { mixpanel?: Mixpanel }).mixpanel;
    if (mp && (Array.isArray(mp) || mp.__loaded) && typeof mp[method] === 'function') mp[method]!();
  };

export const mixpanelRules: VendorRules = {
  id: 'mixpanel',
  name: 'Mixpanel',
  category: 'analytics',
  hosts: ['mxpnl.com', 'mixpanel.com'],
  cookies: [{ name: 'mp_', prefix: true, party: 'first' }],
  storage: {
    local: ['mp_*', '__mpq_*', '__mprec_*'],
    session: ['mp_tab_id_*', 'mp_gen_new_tab_id_*'],
    indexedDB: ['mixpanelBrowserDb', 'mixpanelFlagsDb'],
    // opt_out_tracking() writes this flag so Mixpanel stays off if it loads again: keep it.
    keep: ['__mp_opt_in_out_*'],
  },
  leavesUkEea: true,
  onAllow: tell('opt_in_tracking'),
  onWithdraw: tell('opt_out_tracking'),
};

export const mixpanelWords: VendorWords = {
  company: 'Mixpanel',
  purpose: 'Shows us which features of the shop and app are used, so we can improve them.',
  policyUrl: 'https://mixpanel.com/legal/privacy-policy/',
  cookies: {
    mp_: { lifetime: '1 year', purpose: 'Tells visitors apart.' },
  },
};

export const mixpanel: Vendor = /* @__PURE__ */ whole(mixpanelRules, mixpanelWords);
