// The boot's side of consentry-later.js: what a page view needs only after first paint, or only
// once something happens (a change of what is allowed, a choice, a receipt due, a problem to
// report, `debug: true`). A returning shopper with a valid choice fetches none of it. Changes and
// choices are kept and handed to the part's features in order, always after the call that made
// them has returned, so a call made before the part has loaded and one made after leave the same
// trace. If the part cannot load, nothing is released that was not already: the record and the
// gate live in the boot and a withdrawn vendor stays held; only the after-work (cleanup after a
// withdrawal and its reload, receipts, messages) is lost, and the console says so.
import type { Decisions } from '../shared/decide';
import { listeners } from '../shared/listeners';
import { why } from '../shared/problems';
import type { ConsentMethod, ConsentRecord, VendorRules } from '../shared/types';
import type { ConsentryContext, Feature } from './context';
import { afterPaint } from './load-part';
import { leftBehind } from './sweep';

export const LATER_FILE = 'consentry-later.js';
/** The event consentry-later.js fires on its own <script> to hand its features over. */
export const LATER_READY_EVENT = 'consentry:later';

export type LoadLater = (ctx: ConsentryContext) => Promise<readonly Feature[]>;

const loadLaterScript: LoadLater = (ctx) => ctx.loadPart(LATER_FILE, LATER_READY_EVENT) as Promise<readonly Feature[]>;

export const laterFeatureWith =
  (load: LoadLater): Feature =>
  (ctx) => {
    const choices = listeners<[ConsentRecord, ConsentMethod]>(ctx.log);
    const decisions = listeners<[Decisions, Decisions]>(ctx.log);
    const leftovers = listeners<[VendorRules]>(ctx.log);
    /** Events on their way to the part; null once it failed (nothing would take them). */
    let kept: Array<() => void> | null = [];
    const ends: Array<() => void> = [];
    let loading: Promise<void> | undefined;
    let started = false;
    const flush = () => kept?.splice(0).forEach((emit) => emit());

    const need = () =>
      (loading ??= load(ctx).then(
        (features) => {
          const sub: ConsentryContext = { ...ctx, onChoice: choices.add, onDecisions: decisions.add, onLeftovers: leftovers.add };
          for (const feature of features) {
            try {
              const end = feature(sub);
              if (end) ends.push(end);
            } catch (e) {
              ctx.report('feature', 'feature', why(e));
            }
          }
          started = true;
          flush();
        },
        (e: unknown) => {
          kept = null;
          // Its own words: the part that carries the messages is the one that failed.
          ctx.log(
            `Consentry: ${LATER_FILE} could not start (${why(e)}); choices still apply and withdrawn vendors stay held, but their cleanup, receipts, the debug stream and ${ctx.problems.kept().length} problem message(s) are lost on this page. Serve it next to consentry.js.`,
          );
        },
      ));
    /** Keeps an event for the part, which gets it once started and the call that caused it is over. */
    const keep = (emit: () => void) => kept?.push(emit) && started && queueMicrotask(flush);
    const relay = (emit: () => void) => {
      need();
      keep(emit);
    };
    // What vendors not allowed left behind is swept after first paint; a vendor registered later, at once.
    const left = leftBehind(ctx, ctx.vendors());
    for (const v of left) keep(() => leftovers.emit(v));

    const stops = [
      ctx.onDecisions((now, before) => relay(() => decisions.emit(now, before))),
      ctx.onChoice((record, method) => relay(() => choices.emit(record, method))),
      ctx.onVendor((v) => leftBehind(ctx, [v]).length && relay(() => leftovers.emit(v))),
    ];
    const url = ctx.config.receiptEndpoint;
    if (left.length || ctx.config.debug || ctx.problems.kept().length || (url && ctx.receipts.due(ctx.record()).length))
      afterPaint(ctx.win, need);
    stops.push(ctx.problems.onKept(need));
    return () => {
      stops.forEach((stop) => stop());
      ends.splice(0).forEach((end) => end());
    };
  };

export const laterFeature: Feature = laterFeatureWith(loadLaterScript);
