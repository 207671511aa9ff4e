// A script-tag preferences part: rollup.config.mjs builds one per language, each a tiny entry that
// calls this with that language's words. It carries no Preact: `preact` resolves to the lent one
// (src/ui/lent-preact.ts), which the banner chunk hands over before the part renders anything.
import { announce } from './announce';
import { withCatalogTextIn } from './catalog-text';
import type { PrefsPack } from './lang/pack';
import { adopt, type LentPreact } from './lent-preact';
import { startPrefsIn } from './prefs';
import { PREFS_READY_EVENT, type PrefsReady } from './prefs-handle';

export const startPrefsPart = (pack: PrefsPack): void =>
  announce(PREFS_READY_EVENT, ((preact: LentPreact) => {
    adopt(preact);
    return withCatalogTextIn(startPrefsIn(pack.text, pack.catalog), pack.catalog);
  }) satisfies PrefsReady);
