// Google Consent Mode v2: how Google's own tags learn what the shopper chose. Google requires
// these signals for UK and EEA traffic, and reads them only from `dataLayer`, as `arguments`
// objects pushed by `gtag()`. This feature starts first, so the `default` is in `dataLayer`
// before the gate can release any Google tag, and each `update` precedes the release it causes.
//
// Modes. "basic" (the default): the gate holds Google's tags until they are allowed; they
// load with the update already in place. "advanced": Google's tags load at once with
// everything denied and send cookieless pings, which Google uses to model conversions. That
// is the trade-off: better Google reporting for requests to Google before any consent. So
// advanced mode exempts Google's hosts from the gate by design, and is off while a privacy
// signal is honoured (the shopper's browser has already said no).
import { GOOGLE_VENDORS } from '../shared/google';
import type { ConsentryContext, Feature } from './context';
import type { VendorId } from '../shared/types';

type Gtag = (...args: unknown[]) => void;
type GoogleWindow = Window & { dataLayer?: unknown[]; gtag?: Gtag };
type Verdict = 'granted' | 'denied';

const GOOGLE = GOOGLE_VENDORS;

const TYPES: Record<string, readonly string[]> = {
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  analytics: ['analytics_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
};

/** Advanced mode in force: Google's tags may load before consent (see the header). */
export const advancedMode = (ctx: ConsentryContext): boolean =>
  ctx.config.googleConsentMode?.mode === 'advanced' && ctx.signals().length === 0;

/** Whether the gate lets `vendor` through regardless of consent: Google's, in advanced mode. */
export const exemptFromGate = (ctx: ConsentryContext, vendor: VendorId): boolean =>
  advancedMode(ctx) && Object.values(GOOGLE).includes(vendor);

/**
 * What Google may do now. A category's types follow the Google vendor of that category when the
 * site uses it, so a shopper who switched DoubleClick off alone never has `ad_storage` granted.
 */
export function googleConsent(ctx: ConsentryContext): Record<string, Verdict> {
  const state: Record<string, Verdict> = {};
  for (const category of Object.keys(TYPES)) {
    const vendor = GOOGLE[category];
    const ok = vendor && ctx.vendor(vendor) ? ctx.isAllowed(vendor) : ctx.isAllowed(category);
    for (const type of TYPES[category]!) state[type] = ok ? 'granted' : 'denied';
  }
  state.security_storage = 'granted';
  return state;
}

/** Everything allowed now, for tag-manager triggers (`consentry.categories.analytics`). */
const snapshot = (ctx: ConsentryContext) => ({
  categories: Object.fromEntries(ctx.config.categories.map((c) => [c.id, ctx.isAllowed(c.id)])),
  vendors: Object.fromEntries(ctx.vendors().map((v) => [v.id, ctx.isAllowed(v.id)])),
});

export const consentModeFeature: Feature = (ctx) => {
  const gcm = ctx.config.googleConsentMode;
  if (!gcm) return;
  const win = ctx.win as GoogleWindow;
  const layer = () => (win.dataLayer ??= []);
  // gtag.js reads `arguments` objects only; an array pushed in its place is silently ignored.
  const gtag: Gtag = function () {
    layer().push(arguments);
  };
  // The site's own snippet redefines the same function later; defining it now lets tags that
  // arrive before that snippet find it.
  win.gtag ??= gtag;

  const denied = Object.fromEntries(Object.values(TYPES).flatMap((types) => types.map((t) => [t, 'denied'])));
  gtag('consent', 'default', {
    ...denied,
    security_storage: 'granted',
    // Advanced mode's tags start before the choice is known; they wait this long for an update.
    wait_for_update: 500,
    ...(gcm.region?.length ? { region: [...gcm.region] } : {}),
  });
  if (gcm.adsDataRedaction !== undefined) gtag('set', 'ads_data_redaction', gcm.adsDataRedaction);
  if (gcm.urlPassthrough !== undefined) gtag('set', 'url_passthrough', gcm.urlPassthrough);

  let last = '';
  const update = () => {
    const now = snapshot(ctx);
    const key = JSON.stringify(now);
    if (key === last) return;
    last = key;
    gtag('consent', 'update', googleConsent(ctx));
    layer().push({ event: 'consentry_update', consentry: now });
  };
  // A stored choice is known before any tag runs: say so at once, so released tags start with it.
  if (ctx.record()) update();
  else last = JSON.stringify(snapshot(ctx));
  return ctx.onDecisions(update);
};
