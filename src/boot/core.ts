// The consent core: one instance per window, created by the entry that wires the features. It
// owns the record and answers what is allowed; features (gate, cleanup, UI, ...) act on that.
// It is wiring: the decision (`decide`), the record a choice makes (`recordFor`) and the config's
// reading (`resolveConfig`) are pure functions in shared/, each tested on its own.
import { DEFAULTS, resolveConfig, vendorFrom } from '../shared/config';
import { printProblem } from '../shared/messages';
import { why } from '../shared/problems';
import { printing, type ProblemLog } from './problem-log';
import { meaning, newRecordId } from '../shared/consent-record';
import { recordFor, type Choice } from '../shared/choice';
import { createConsentStore } from './consent-store';
import { partLoader } from './load-part';
import { receiptBook } from './receipt-book';
import { decide, type Decision, type Decisions } from '../shared/decide';
import { listeners, type Log } from '../shared/listeners';
import { presentSignals } from '../shared/signals';
import { isObject } from '../shared/spec';
import type { ConsentryContext, Feature } from './context';
import {
  FEATURE_METHODS,
  type ChangeListener,
  type ConsentMethod,
  type ConsentRecord,
  type ConsentryApi,
  type CoreApi,
  type DebugEntry,
  type FeatureApi,
  type ResolvedConfig,
  type ConfiguredVendor,
  type VendorId,
} from '../shared/types';

export interface CoreOptions {
  win?: Window & typeof globalThis;
  features?: readonly Feature[];
  catalog?: Readonly<Record<VendorId, ConfiguredVendor>>;
  script?: HTMLScriptElement | null;
  /** Where every message is written (errors and warnings alike); the console by default. */
  log?: Log;
  /** Where problems go; `createCore` writes each to `log` at once (the script tag keeps them for later). */
  problems?: ProblemLog;
}

/** Problems written to `log` as they happen, in their words (the npm build, and tests). */
export const printed = (log?: Log): ProblemLog => printing(printProblem(log ?? ((m) => console.error(m)), log));

/** A running core: its public API, and the teardown that ends every feature it started. */
export interface Core {
  readonly api: ConsentryApi;
  stop(): void;
}

/** The debug buffer keeps the first entries only: a page that runs for hours must not grow it forever. */
const DEBUG_LIMIT = 1000;

export function startCore(rawConfig: unknown, options: CoreOptions & { problems: ProblemLog }): Core {
  const win = options.win ?? window;
  const doc = win.document;
  const log: Log = options.log ?? ((...a) => console.error(...a));
  const { problems } = options;
  const { report } = problems;
  let config: ResolvedConfig;
  try {
    config = resolveConfig(rawConfig, options.catalog ?? {}, report);
  } catch (e) {
    // A config object with throwing getters (or a revoked Proxy) must not take the page down.
    report('config', 'unreadable', why(e));
    config = DEFAULTS;
  }
  const store = createConsentStore(config, win);
  const vendors: ConfiguredVendor[] = [...config.vendors];
  const signals = presentSignals(win.navigator, config);
  const optional = config.categories.map((c) => c.id).filter((id) => id !== 'necessary');

  const changed = listeners<[ConsentRecord | null]>(log);
  const decided = listeners<[Decisions, Decisions]>(log);
  const chosen = listeners<[ConsentRecord, ConsentMethod]>(log);
  const registered = listeners<[ConfiguredVendor]>(log);
  const logged = listeners<[DebugEntry]>(log);
  const stored = listeners<[]>(log);

  let record = store.read(Date.now());
  let decision: Decision;
  /** Decisions are derived, never stored separately: recompute whenever an input changes. */
  const redecide = () => (decision = decide({ record, vendors, signals, config }));
  redecide();
  let shownText: string | null = null;

  // Kept as well as streamed: a debug panel's script runs after ours and must not miss the start.
  const debugLog: DebugEntry[] = [];
  const debug = (entry: DebugEntry) => {
    if (!config.debug) return;
    if (debugLog.length < DEBUG_LIMIT) debugLog.push(entry);
    logged.emit(entry);
  };

  /** Makes `next` the record, telling everyone who depends on what is allowed. */
  const apply = (next: ConsentRecord | null) => {
    const before = decision;
    const previous = record;
    record = next;
    decided.emit(redecide(), before);
    if (meaning(previous) !== meaning(next)) {
      changed.emit(next);
      doc.dispatchEvent(new CustomEvent('consentry:change', { detail: next }));
    }
  };

  const build = (choice: Choice, method: ConsentMethod) => {
    const { record: next, unknown } = recordFor({
      base: record,
      choice,
      method,
      optional,
      vendors,
      refusedBySignal: decision.refusedBySignal,
      signals,
      revision: config.revision,
      now: Date.now(),
      newId: () => newRecordId(win.crypto),
    });
    for (const id of unknown) report(`setConsent: "${id}"`, id === 'necessary' ? 'necessary' : 'unknown-id');
    return next;
  };

  const choose = (choice: Choice, method: ConsentMethod) => {
    try {
      const next = build(choice, method);
      store.write(next);
      apply(next);
      debug({ action: 'choice', detail: method });
      chosen.emit(next, method);
      stored.emit();
    } catch (e) {
      report('choice', 'not-saved', why(e));
    }
  };

  // A signal set to 'reject-all' is the shopper's answer: record it, and ask nothing.
  if (!record && signals.some((s) => config.signals[s] === 'reject-all')) {
    record = build('none', 'signal');
    store.write(record);
    redecide();
  }

  // The core's methods now, the features' once each feature exposes them (or a stand-in, below).
  const api = {} as CoreApi & Partial<FeatureApi>;
  // Only what features really exposed: the boot's own calls skip a feature that is not there.
  const exposed: Partial<FeatureApi> = {};
  const ctx: ConsentryContext = {
    config,
    win,
    doc,
    script: options.script ?? null,
    loadPart: partLoader(win, options.script ?? null),
    receipts: receiptBook(win),
    report,
    log,
    warn: options.log ?? ((m) => console.warn(m)),
    problems,
    expose: (methods: Partial<FeatureApi>) => void Object.assign(api, Object.assign(exposed, methods)),
    api: exposed,
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
    reread: () => {
      const latest = store.read(Date.now());
      if (meaning(latest) !== meaning(record) || latest?.consentedAt !== record?.consentedAt) apply(latest);
    },
    onDecisions: decided.add,
    onChoice: chosen.add,
    onVendor: registered.add,
    onStored: stored.add,
    onDebug: logged.add,
    debug,
    debugLog: () => debugLog,
  };

  Object.assign(api, {
    acceptAll: () => choose('all', 'api'),
    rejectAll: () => choose('none', 'api'),
    setConsent: (choices: unknown) => {
      if (isObject(choices) && Object.values(choices).every((v) => typeof v === 'boolean'))
        choose(choices as Record<string, boolean>, 'api');
      else report('setConsent(choices)', 'set-consent');
    },
    isAllowed: (id: unknown) => typeof id === 'string' && decision.isAllowed(id),
    getConsent: () => record,
    debugLog: () => debugLog.slice(),
    on: (event: string, fn: ChangeListener) => {
      if (event === 'change' && typeof fn === 'function') return changed.add(fn);
      report(`on(${typeof event === 'string' ? JSON.stringify(event) : typeof event})`, 'on');
      return () => {};
    },
    register: (input: unknown) => {
      const vendor = vendorFrom(
        input,
        undefined,
        config.categories.map((c) => c.id),
        'register(vendor)',
        report,
      );
      if (!vendor) return false;
      if (vendors.some((v) => v.id === vendor.id)) {
        report('register(vendor)', 'registered', vendor.id);
        return false;
      }
      vendors.push(vendor);
      redecide();
      registered.emit(vendor);
      return true;
    },
    reset: () => {
      store.remove();
      apply(null);
      stored.emit();
      exposed.showBanner?.();
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
          report(`whenAllowed("${id}") callback`, 'threw', why(e));
        }
      };
      const stop = decided.add(run);
      run();
      return stop;
    },
  } satisfies Omit<ConsentryApi, keyof FeatureApi>);

  const teardowns: Array<() => void> = [];
  for (const feature of options.features ?? []) {
    try {
      const end = feature(ctx);
      if (end) teardowns.push(end);
    } catch (e) {
      // A broken feature must not take the others (or the page) down; the gate fails closed itself.
      report('feature', 'feature', why(e));
    }
  }
  // The record's cookie is re-written once the features have started, not before: Chromium answers
  // a read of document.cookie from its cache until the page writes one, and each read after a
  // write is a synchronous round trip to the browser (the start-up sweep's look for leftovers
  // read the cookies again after this write, and paid that trip on every returning visit). A
  // record a signal made was written above; writing it once more costs less than telling the two apart.
  if (record) store.refresh(record);
  // A feature that failed to start leaves its methods unset: the page still gets a callable API,
  // and a call says why nothing happened.
  for (const name of FEATURE_METHODS)
    api[name] ??= () => {
      report(`${name}()`, 'no-feature');
      return null;
    };
  return {
    api: api as ConsentryApi,
    // Last started, first ended: the gate (started early) restores the platform after the UI is gone.
    stop: () =>
      teardowns
        .splice(0)
        .reverse()
        .forEach((end) => end()),
  };
}

/** A core whose teardown nobody needs (tests, and the script tag, which is never torn down). */
export const createCore = (rawConfig: unknown, options: CoreOptions = {}): ConsentryApi =>
  startCore(rawConfig, { ...options, problems: options.problems ?? printed(options.log) }).api;
