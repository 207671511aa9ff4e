// A list of callbacks where one that throws cannot stop the others: listeners are often
// site code, and one broken handler must not keep a withdrawal from reaching the cleanup.
import { why } from './problems';

export interface Listeners<A extends unknown[]> {
  add(fn: (...args: A) => void): () => void;
  emit(...args: A): void;
}

/** Where a message goes: the console by default, or the site's own `log`; `error` keeps the stack. */
export type Log = (message: string, error?: unknown) => void;

export function listeners<A extends unknown[]>(log: Log = (m, e) => console.error(m, e)): Listeners<A> {
  const fns = new Set<(...args: A) => void>();
  return {
    add: (fn) => {
      fns.add(fn);
      return () => void fns.delete(fn);
    },
    emit: (...args) => {
      for (const fn of [...fns]) {
        try {
          fn(...args);
        } catch (e) {
          log(`Consentry: a listener threw (${why(e)}); the others still ran.`, e);
        }
      }
    },
  };
}
