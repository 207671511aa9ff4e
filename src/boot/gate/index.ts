// The tag gate: no request to a host of a vendor the site uses leaves the page while that
// vendor is not allowed, whether the tag was marked up, injected, written or fetched. Held
// tags are released in order, exactly once, when the shopper allows them.
import { exemptFromGate } from '../consent-mode';
import type { Feature } from '../context';
import { patcher, type Gate } from './gate';
import { vendorForUrl } from './host-match';
import { guardMarkedUp } from './marked-up';
import { guardMarkup } from './markup-paths';
import { guardNavigation } from './navigation';
import { guardNetwork } from './network';
import { releaseQueue } from './release-queue';
import { guardStorage } from './storage';
import { guardElements } from './url-attributes';

type Win = Window & typeof globalThis;

const gateWith =
  (scriptTag: boolean): Feature =>
  (ctx) => {
    const { win, doc, script } = ctx;
    if (scriptTag && (!script || script.async || script.defer || script.type === 'module')) {
      // Worded by consentry-later.js; where that cannot load for want of a <script> (a module),
      // the part loader's own error says the same.
      ctx.report('consentry.js', 'not-first');
    }
    // Google's tags in Consent Mode's advanced mode go through before consent, by design.
    const allowed = (id: string) => ctx.isAllowed(id) || exemptFromGate(ctx, id);
    const { wrap, restore } = patcher();
    const gate: Gate = {
      wrap,
      queue: releaseQueue(win, allowed),
      blocked: (url, base = doc.baseURI, api) => {
        const v = vendorForUrl(url, ctx.vendors(), base, allowed);
        if (v && allowed(v.id)) return void gate.debug('passed', v.id, url);
        if (v && api) gate.debug('blocked', v.id, `${api} ${url}`);
        return v;
      },
      debug: (action, vendor, detail) => ctx.debug({ action, vendor, detail }),
    };
    const stopRelease = ctx.onDecisions(gate.queue.release);

    const guarded = new WeakSet<Window>();
    const unlisten: Array<() => void> = [];
    /** Patches one window: the page's, and each same-origin frame's as Consentry sees it. */
    const guard = (w: Win) => {
      if (guarded.has(w)) return;
      guarded.add(w);
      const g = guardElements(w, gate);
      guardMarkup(w, g, gate);
      guardNetwork(w, gate);
      guardStorage(w, gate, ctx, allowed);
      unlisten.push(guardNavigation(w, gate, doc));
      // An <object> and a <frame> show their window like an <iframe> does.
      for (const F of [w.HTMLIFrameElement, w.HTMLObjectElement, w.HTMLFrameElement])
        for (const key of ['contentWindow', 'contentDocument'])
          wrap(
            F.prototype,
            key,
            (get) =>
              function (this: HTMLIFrameElement) {
                const frame = get.call(this) as unknown;
                try {
                  const fw = (key === 'contentWindow' ? frame : (frame as Document | null)?.defaultView) as Win | null;
                  // A cross-origin frame throws here: its requests are not ours to gate.
                  if (fw?.document) guard(fw);
                } catch {
                  // not same-origin
                }
                return frame;
              },
          );
      return g;
    };
    const stopMarkedUp = guardMarkedUp(ctx, guard(win)!, gate);
    return () => {
      stopRelease();
      stopMarkedUp();
      unlisten.forEach((f) => f());
      restore();
    };
  };

/** The script-tag build: also says so when consentry.js is not loaded as it must be. */
export const gateFeature = gateWith(true);
/** The npm build: the site calls createConsentry() itself, so there is no script tag to check. */
export const gateModuleFeature = gateWith(false);
