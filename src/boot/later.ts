// The boot's side of consentry-later.js: what a page view needs only after first paint, or only
// once something happens (a choice, a receipt due, a problem to report, `debug: true`). A
// returning shopper with a valid choice fetches none of it. Choices made before the part has
// started are kept and handed to its features in order, so a choice made at once still gets its
// receipt. If the part cannot load, nothing is released that was not already: the gate, the
// record and cleanup live in the boot; only the after-work is lost, and the console says so.
import { listeners } from '../shared/listeners';
import { why } from '../shared/problems';
import type { ConsentMethod, ConsentRecord } from '../shared/types';
import type { ConsentryContext, Feature } from './context';
import { afterPaint } from './load-part';

export const LATER_FILE = 'consentry-later.js';
/** The event consentry-later.js fires on its own <script> to hand its features over. */
export const LATER_READY_EVENT = 'consentry:later';

export type LoadLater = (ctx: ConsentryContext) => Promise<readonly Feature[]>;

const loadLaterScript: LoadLater = (ctx) => ctx.loadPart(LATER_FILE, LATER_READY_EVENT) as Promise<readonly Feature[]>;

export const laterFeatureWith =
  (load: LoadLater): Feature =>
  (ctx) => {
    const choices = listeners<[ConsentRecord, ConsentMethod]>();
    const kept: Array<() => void> = [];
    const ends: Array<() => void> = [];
    let loading: Promise<void> | undefined;
    let started = false;

    const need = () =>
      (loading ??= load(ctx).then(
        (features) => {
          const sub: ConsentryContext = { ...ctx, onChoice: choices.add };
          for (const feature of features) {
            try {
              const end = feature(sub);
              if (end) ends.push(end);
            } catch (e) {
              ctx.report('feature', 'feature', why(e));
            }
          }
          started = true;
          kept.splice(0).forEach((emit) => emit());
        },
        (e: unknown) => {
          failed = true;
          kept.length = 0;
          // Its own words: the part that carries the messages is the one that failed.
          ctx.log(
            `Consentry: ${LATER_FILE} could not start (${why(e)}); choices still apply, but receipts, the debug stream and ${ctx.problems.kept().length} problem message(s) are lost on this page. Serve it next to consentry.js.`,
          );
        },
      ));
    let failed = false;
    /** Hands an event on at once, or keeps it for the part while it is on its way. */
    const relay = (emit: () => void) => (started ? emit() : loading && !failed && kept.push(emit));

    const stops = [
      ctx.onChoice((record, method) => {
        need();
        relay(() => choices.emit(record, method));
      }),
    ];
    const url = ctx.config.receiptEndpoint;
    if (ctx.config.debug || ctx.problems.kept().length || (url && ctx.receipts.due(ctx.record()).length)) afterPaint(ctx.win, need);
    stops.push(ctx.problems.onKept(need));
    return () => {
      stops.forEach((stop) => stop());
      ends.splice(0).forEach((end) => end());
    };
  };

export const laterFeature: Feature = laterFeatureWith(loadLaterScript);
