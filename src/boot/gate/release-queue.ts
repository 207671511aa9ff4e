// Held tags wait here, in the order they were held, and are released exactly once when their
// vendor or category is allowed. Release happens after the next paint, in short slices, so the
// click on "Accept all" paints at once and no long task follows it.
import type { ConsentId } from '../../shared/types';

export interface Held {
  readonly id: ConsentId;
  readonly go: () => void;
  /** An inline script: it runs only once every earlier ordered script has loaded, as parsed. */
  readonly inline?: boolean;
}

export interface ReleaseQueue {
  hold(entry: Held): void;
  /** Moves everything now allowed to the release line. Call after every change of decisions. */
  release(): void;
  /** An ordered external script was started: later inline scripts wait for its load or error. */
  loading(script: HTMLScriptElement): void;
}

/** Slice length: well under the 50 ms that makes a long task. */
const SLICE_MS = 8;

export function releaseQueue(win: Window, isAllowed: (id: ConsentId) => boolean): ReleaseQueue {
  let held: Held[] = [];
  const ready: Held[] = [];
  let waiting = 0;
  let timer = 0;

  const run = () => {
    timer = 0;
    const end = win.performance.now() + SLICE_MS;
    while (ready.length && !(waiting && ready[0]!.inline)) {
      const h = ready.shift()!;
      if (isAllowed(h.id)) h.go();
      else held.push(h);
      if (win.performance.now() > end) return void (timer = win.setTimeout(run));
    }
  };
  // After the next paint; the timeout also covers a hidden tab, where frames do not come.
  const schedule = () => {
    if (timer || !ready.length) return;
    timer = win.setTimeout(run, 99);
    win.requestAnimationFrame?.(() => {
      win.clearTimeout(timer);
      timer = win.setTimeout(run);
    });
  };
  const release = () => {
    const still: Held[] = [];
    for (const h of held) (isAllowed(h.id) ? ready : still).push(h);
    held = still;
    schedule();
  };

  return {
    hold: (h) => {
      if (!isAllowed(h.id)) return void held.push(h);
      ready.push(h);
      schedule();
    },
    release,
    loading: (s) => {
      waiting++;
      // A script fires load or error, once: either lets the scripts after it go.
      const done = () => {
        waiting--;
        run();
      };
      s.addEventListener('load', done);
      s.addEventListener('error', done);
    },
  };
}
