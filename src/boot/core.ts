// The consent core: one instance per page, created by the entry that wires the features. It
// owns the record and answers what is allowed; features (gate, cleanup, UI, ...) act on that.
import { DEFAULTS, createReporter, resolveConfig, vendorFrom } from '../shared/config';
import { encodeRecord, freezeRecord, newRecordId } from '../shared/consent-record';
import { createConsentStore } from './consent-store';
import { decide, type Decision } from '../shared/decide';
import { listeners } from '../shared/listeners';
import { presentSignals } from '../shared/signals';
import { isObject } from '../shared/spec';
import type { Choice, ConsentryContext, DebugEntry, Decisions, Feature } from './context';
import type {
  CategoryChoice,
  ChangeListener,
  ConsentMethod,
  ConsentRecord,
  ConsentryApi,
  FeatureApi,
  ResolvedConfig,
  Vendor,
  VendorId,
} from '../shared/types';

export interface CoreOptions {
  win?: Window & typeof globalThis;
  features?: readonly Feature[];
  catalog?: Readonly<Record<VendorId, Vendor>>;
  script?: HTMLScriptElement | null;
  /** Where problems are reported; console.error by default. */
  log?: (message: string) => void;
}

export function createCore(rawConfig: unknown, options: CoreOptions = {}): ConsentryApi {
  const win = options.win ?? window;
  const doc = win.document;
  const report = createReporter(options.log);
  let config: ResolvedConfig;
  try {
    config = resolveConfig(rawConfig, options.catalog ?? {}, report);
  } catch (e) {
    // A config object with throwing getters (or a revoked Proxy) must not take the page down.
    report('config', `could not be read (${e instanceof Error ? e.message : 'it threw'}); fix it, everything optional stays blocked until then`);
    config = DEFAULTS;
  }
  const store = createConsentStore(config, win);
  const vendors: Vendor[] = [...config.vendors];
  const signals = presentSignals(win.navigator, config);

  const changed = listeners<[ConsentRecord | null]>();
  const decided = listeners<[Decisions, Decisions]>();
  const chosen = listeners<[ConsentRecord, ConsentMethod]>();
  const registered = listeners<[Vendor]>();

  let record = store.read(Date.now());
  let decision: Decision;
  /** Decisions are derived, never stored separately: recompute whenever an input changes. */
  const redecide = () => (decision = decide({ record, vendors, signals, config }));
  redecide();
  let shownText: string | null = null;

  // Kept as well as dispatched: a debug panel's script runs after ours and must not miss the start.
  const debugLog: DebugEntry[] = [];
  const debug = (entry: DebugEntry) => {
    if (!config.debug) return;
    if (debugLog.length < 1000) debugLog.push(entry);
    doc.dispatchEvent(new CustomEvent('consentry:debug', { detail: entry }));
  };

  /** Makes `next` the record, telling everyone who depends on what is allowed. */
  const apply = (next: ConsentRecord | null, announce: boolean) => {
    const before = decision;
    const previous = record;
    record = next;
    decided.emit(redecide(), before);
    if (announce && summary(previous) !== summary(next)) {
      changed.emit(next);
      doc.dispatchEvent(new CustomEvent('consentry:change', { detail: next }));
    }
  };

  const optional = () => config.categories.map((c) => c.id).filter((id) => id !== 'necessary');

  const build = (choice: Choice, method: ConsentMethod): ConsentRecord => {
    const base = record;
    const categories: Record<string, CategoryChoice> = Object.create(null);
    const overrides: Record<string, boolean> = Object.create(null);
    const seen = new Set(base?.seenVendors ?? []);
    if (base) {
      Object.assign(categories, base.categories);
      Object.assign(overrides, base.vendors);
    }
    if (choice === 'all' || choice === 'none') {
      for (const id of optional()) {
        // "Accept all" skips what a privacy signal refused; only the category's own switch opts back in.
        if (choice === 'all' && decision.refusedBySignal(id)) {
          if (!categories[id]) categories[id] = { granted: false, method };
          continue;
        }
        categories[id] = { granted: choice === 'all', method };
        for (const v of vendors) if (v.category === id) delete overrides[v.id];
      }
      for (const v of vendors) seen.add(v.id);
    } else {
      const named = Object.keys(choice);
      for (const id of named) {
        const granted = choice[id] === true;
        if (optional().includes(id)) {
          categories[id] = { granted, method };
          for (const v of vendors) {
            if (v.category !== id) continue;
            seen.add(v.id);
            if (!named.includes(v.id)) delete overrides[v.id];
          }
        } else if (vendors.some((v) => v.id === id && v.category !== 'necessary')) {
          overrides[id] = granted;
          seen.add(id);
        } else {
          report(`setConsent: "${id}"`, id === 'necessary' ? 'cannot be switched off' : 'is not a category or vendor of this site; check the id');
        }
      }
    }
    // Keep only vendor choices that differ from their category: the cookie stays small.
    for (const id of Object.keys(overrides)) {
      const v = vendors.find((x) => x.id === id);
      if (!v || overrides[id] === (categories[v.category]?.granted ?? false)) delete overrides[id];
    }
    return freezeRecord({
      version: 1,
      id: base?.id ?? newRecordId(win.crypto),
      consentedAt: Math.floor(Date.now() / 1000) * 1000,
      revision: config.revision,
      categories,
      vendors: overrides,
      seenVendors: [...seen],
      signals: [...signals],
    });
  };

  const choose = (choice: Choice, method: ConsentMethod) => {
    try {
      const next = build(choice, method);
      store.write(next);
      apply(next, true);
      debug({ action: 'choice', detail: method });
      chosen.emit(next, method);
      tell();
    } catch (e) {
      report('choice', `could not be saved (${(e as Error).message}); nothing optional was allowed`);
    }
  };

  // A signal set to 'reject-all' is the shopper's answer: record it, and ask nothing.
  if (!record && signals.some((s) => config.signals[s] === 'reject-all')) {
    record = build('none', 'signal');
    store.write(record);
    redecide();
  } else if (record) {
    store.refresh(record);
  }

  /** Another tab, or the back/forward cache, may hold a newer answer than this page. */
  const resync = () => {
    const latest = store.read(Date.now());
    if (summary(latest) !== summary(record) || latest?.consentedAt !== record?.consentedAt) apply(latest, true);
  };
  win.addEventListener('pageshow', (e) => (e as PageTransitionEvent).persisted && resync());
  // Other tabs hear of a choice at once; a tab that missed it checks the cookie when shown.
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'visible' && resync());
  const topic = `consentry:${config.cookie.name}`;
  let channel: BroadcastChannel | null = null;
  try {
    channel = new win.BroadcastChannel(topic);
    channel.onmessage = resync;
  } catch {
    // No BroadcastChannel (Safari before 15.4, some sandboxes): a localStorage write raises the
    // storage event in the site's other tabs instead.
    win.addEventListener('storage', (e) => e.key === topic && resync());
  }
  /** Tells the site's other tabs to re-read the cookie. */
  const tell = () => {
    if (channel) return channel.postMessage(0);
    try {
      // Set and removed at once: the event reaches the other tabs and nothing stays behind.
      win.localStorage.setItem(topic, '1');
      win.localStorage.removeItem(topic);
    } catch {
      // No storage either: the other tabs catch up when they are next shown.
    }
  };

  const api = {} as ConsentryApi;
  const ctx: ConsentryContext = {
    config,
    win,
    doc,
    script: options.script ?? null,
    expose: (methods: Partial<FeatureApi>) => void Object.assign(api, methods),
    api,
    noteShownText: (text) => void (shownText = text),
    shownText: () => shownText,
    vendors: () => vendors,
    vendor: (id) => vendors.find((v) => v.id === id),
    isAllowed: (id) => decision.isAllowed(id),
    record: () => record,
    needsChoice: () => decision.needsChoice(),
    signals: () => signals,
    refusedBySignal: (category) => decision.refusedBySignal(category),
    choose,
    onDecisions: decided.add,
    onChoice: chosen.add,
    onVendor: registered.add,
    debug,
  };

  Object.assign(api, {
    acceptAll: () => choose('all', 'api'),
    rejectAll: () => choose('none', 'api'),
    setConsent: (choices: unknown) => {
      if (isObject(choices) && Object.values(choices).every((v) => typeof v === 'boolean')) choose(choices as Record<string, boolean>, 'api');
      else report('setConsent(choices)', 'takes an object of category or vendor ids to true or false, e.g. { analytics: true }');
    },
    isAllowed: (id: unknown) => typeof id === 'string' && decision.isAllowed(id),
    getConsent: () => record,
    debugLog: () => debugLog.slice(),
    on: (event: string, fn: ChangeListener) => {
      if (event === 'change' && typeof fn === 'function') return changed.add(fn);
      report(`on(${typeof event === 'string' ? JSON.stringify(event) : typeof event})`, 'takes the event "change" and a function');
      return () => {};
    },
    register: (input: unknown) => {
      const vendor = vendorFrom(input, undefined, config.categories.map((c) => c.id), 'register(vendor)', report);
      if (!vendor) return false;
      if (vendors.some((v) => v.id === vendor.id)) {
        report('register(vendor)', `"${vendor.id}" is already a vendor of this site; use another id`);
        return false;
      }
      vendors.push(vendor);
      redecide();
      registered.emit(vendor);
      return true;
    },
    reset: () => {
      store.remove();
      apply(null, true);
      tell();
      api.showBanner?.();
    },
    whenAllowed: (id: string, fn: () => void) => {
      let done = false;
      const run = () => {
        if (done || !decision.isAllowed(id)) return;
        done = true;
        stop();
        try {
          fn();
        } catch (e) {
          report(`whenAllowed("${id}") callback`, `threw: ${(e as Error).message}`);
        }
      };
      const stop = decided.add(run);
      run();
      return stop;
    },
  } satisfies Omit<ConsentryApi, keyof FeatureApi>);

  for (const feature of options.features ?? []) {
    try {
      feature(ctx);
    } catch (e) {
      // A broken feature must not take the others (or the page) down; the gate fails closed itself.
      report('feature', `failed to start: ${(e as Error).message}`);
    }
  }
  return api;
}

/** What a change is about: the answers (fields 4 to 7 of the cookie), not when they were given. */
const summary = (r: ConsentRecord | null) => (r ? encodeRecord(r).split('.').slice(4).join('.') : '');
