// One Consentry per window. A second start (the npm build's createConsentry() on a page where
// the script tag, or an earlier call, already runs) gets the running instance, counted, rather
// than patching the platform twice with a state of its own. The count lives on the window, under
// a registered symbol, because the script tag and a site's bundle are separate copies of this code.
import type { ConsentryApi } from '../shared/types';
import type { Core } from './core';

const RUNNING = Symbol.for('consentry.running');

/** What the window shares between copies: the instance and its count, never a way to end it. */
interface Running {
  readonly api: ConsentryApi;
  refs: number;
}
type Holder = { [RUNNING]?: Running };

/**
 * The teardown stays with the copy of this code that started the instance. On the window, where
 * the copies meet, any page script could call it and unpatch the gate. An instance another copy
 * started (a second bundle's) is never ended from here: it runs on, which fails closed.
 */
const stops = new WeakMap<Running, () => void>();

/**
 * A reference to the window's instance, started by `start` if none runs. Its `destroy()` gives
 * the reference back, once; the last one given back ends every feature and restores what the
 * gate patched. Without `destroy` (the script tag) the reference is never given back, and the
 * window's entry can be neither replaced nor removed.
 */
export function acquire(win: Window, start: () => Core): ConsentryApi & { destroy(): void };
export function acquire(win: Window, start: () => Core, permanent: true): ConsentryApi;
export function acquire(win: Window, start: () => Core, permanent?: true): ConsentryApi & { destroy?(): void } {
  const holder = win as Holder;
  let running = holder[RUNNING];
  if (running) running.refs++;
  else {
    const core = start();
    running = { api: core.api, refs: 1 };
    Object.defineProperty(holder, RUNNING, { value: running, configurable: !permanent });
    if (!permanent) stops.set(running, core.stop);
  }
  if (permanent) return running.api;
  const held = running;
  let released = false;
  return {
    ...held.api,
    destroy: () => {
      if (released) return;
      released = true;
      const stop = stops.get(held);
      if (--held.refs || !stop) return;
      delete holder[RUNNING];
      stop();
    },
  };
}
