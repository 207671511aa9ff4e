// Strict mode's page side: registers the site's Consentry service worker (src/sw/) and tells it
// everything `decide()` reads, at start and after every change of what is allowed, so the worker
// answers as this page's gate does. Kept tiny: it ships in the render-blocking file.
import type { Feature } from './context';

export const serviceWorkerFeature: Feature = (ctx) => {
  const sw = ctx.win.navigator.serviceWorker;
  const want = ctx.config.serviceWorker;
  if (!sw) return;
  const url = typeof want === 'string' ? want : want?.url;
  // A string, because vendors carry functions a message cannot clone; null: the key was removed, so the worker stands down.
  const tell = (w?: ServiceWorker | null) =>
    w?.postMessage({
      consentry: url ? JSON.stringify({ record: ctx.record(), vendors: ctx.vendors(), signals: ctx.signals(), config: ctx.config }) : null,
    });
  const now = () => tell(sw.controller);
  now();
  if (!url) return;
  if (typeof want === 'string' || want!.register !== false)
    sw.register(url).then(
      (r) => tell(r.installing ?? r.waiting ?? r.active),
      (e) => ctx.report(`serviceWorker ${url}`, 'no-worker', String(e)),
    );
  sw.ready.then((r) => tell(r.active));
  sw.addEventListener('controllerchange', now);
  const stops = [ctx.onDecisions(now), ctx.onVendor(now)];
  return () => stops.forEach((stop) => stop());
};
