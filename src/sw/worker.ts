// Strict mode: a service worker that fails every request to a vendor the shopper has not allowed,
// whatever made it (CSS, a module import, a worker, a frame, a tag in the static HTML), and leaves
// every other request alone: it never calls respondWith for them, so the browser (or the site's
// own worker, which imports this one first) handles them as if Consentry were not there.
// "Who is allowed" is the page's own answer: the same decide(), catalog and host matching.
import { decide } from '../shared/decide';
import { vendorForUrl } from '../boot/gate/host-match';
import type { ConsentRecord, ResolvedConfig, SignalName, VendorRules } from '../shared/types';
import { catalogRules } from '../../vendors/rules';

/** What the page sends (src/boot/service-worker.ts), as JSON. */
interface PageState {
  record: ConsentRecord | null;
  vendors: VendorRules[];
  signals: SignalName[];
  config: ResolvedConfig;
}

// Typed by src/sw/tsconfig.json (the WebWorker lib): this module's `self` is the worker's scope.
declare const self: ServiceWorkerGlobalScope;

const CACHE = 'consentry-sw';
/** Where the last state is kept, so a worker the browser stopped and restarted still holds. */
const KEY = '/consentry-sw/state';
/**
 * Standing on its own (registered by consentry.js under its own name) it manages its lifecycle
 * and may unregister itself; imported into a site's worker it leaves that worker's to the site.
 */
const standalone = /\/consentry-sw\.js$/.test(self.location.pathname);

/** Blocks: the vendor this URL belongs to, when that vendor is not allowed. */
let held: (url: string) => boolean;
let ready = false;

/** `json` null: stand down (the site removed the key). No state at all: what the page's gate holds before a choice. */
const use = (json: string | null | undefined) => {
  if (json === null) return void (held = () => false);
  const s: PageState | undefined = json ? JSON.parse(json) : undefined;
  const vendors = s ? s.vendors : Object.values(catalogRules);
  const allowed = s ? decide(s).isAllowed : () => false;
  held = (url) => {
    const v = vendorForUrl(url, vendors, undefined, allowed);
    return !!v && !allowed(v.id);
  };
};
use(undefined);

const loaded = caches
  .open(CACHE)
  .then((c) => c.match(KEY))
  .then((r) => r?.json())
  .then((kept: { state: string | null } | undefined) => !ready && kept && use(kept.state))
  .catch(() => {})
  .then(() => void (ready = true));

self.addEventListener('message', (e) => {
  const state = (e.data as { consentry?: string | null } | null)?.consentry;
  if (state === undefined) return;
  ready = true;
  use(state);
  caches.open(CACHE).then((c) => c.put(KEY, new Response(JSON.stringify({ state }))));
  if (state === null && standalone) self.registration.unregister();
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  // Navigations in this scope are the site's own pages (and same-origin frames): never touched.
  if (req.mode === 'navigate') return;
  if (ready) {
    if (!held(req.url)) return;
    e.respondWith(Response.error());
  } else {
    // Just restarted, state still on its way from the cache: the shop's own requests pass at once.
    if (new URL(req.url).origin === self.location.origin) return;
    e.respondWith(loaded.then(() => (held(req.url) ? Response.error() : fetch(req))));
  }
  // The site's own fetch handler (registered after this one) must not answer a held request.
  e.stopImmediatePropagation();
});

if (standalone) {
  // An update takes over at once, without a second reload. The worker never answers a page
  // navigation, so where the browser has static routes (Chromium 123+) navigations skip it: the
  // browser need not start a stopped worker before it can fetch the page itself.
  self.addEventListener('install', (e) => {
    (e as ExtendableEvent & { addRoutes?(r: object): Promise<void> })
      .addRoutes?.({ condition: { requestMode: 'navigate' }, source: 'network' })
      ?.catch(() => {});
    e.waitUntil(self.skipWaiting());
  });
  self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
}
