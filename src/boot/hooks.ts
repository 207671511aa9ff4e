// A vendor's consent hooks. `onAllow` runs in the boot, at once when the vendor becomes allowed,
// before its released tag starts (Mixpanel's opt_in_tracking); `onWithdraw` runs with the cleanup
// after a withdrawal (src/later/withdraw.ts), before its cookies go.
import type { ConsentryContext, Feature } from './context';
import type { VendorRules } from '../shared/types';
import { why } from '../shared/problems';

/** Runs a vendor's hook; a hook that throws is the vendor's problem, not the shopper's. */
export function runHook(ctx: ConsentryContext, vendor: VendorRules, name: 'onAllow' | 'onWithdraw'): void {
  try {
    vendor[name]?.(ctx.win);
  } catch (e) {
    ctx.report(`the ${name} hook of "${vendor.id}"`, 'hook', why(e));
  }
}

/** Each vendor that becomes allowed gets its `onAllow` hook; not at start-up, where its code has not run. */
export const allowHooksFeature: Feature = (ctx) =>
  ctx.onDecisions((now, before) => {
    for (const v of ctx.vendors()) if (now.isAllowed(v.id) && !before.isAllowed(v.id)) runHook(ctx, v, 'onAllow');
  });
