// A list of callbacks where one that throws cannot stop the others: listeners are often
// site code, and one broken handler must not keep a withdrawal from reaching the cleanup.
export interface Listeners<A extends unknown[]> {
  add(fn: (...args: A) => void): () => void;
  emit(...args: A): void;
}

export function listeners<A extends unknown[]>(): Listeners<A> {
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
          console.error('Consentry: a listener threw:', e);
        }
      }
    },
  };
}
