// What the gate's parts share: which URLs are held, the release line, and the debug stream.
import type { DebugEntry } from '../context';
import type { VendorRules, VendorId } from '../../shared/types';
import type { ReleaseQueue } from './release-queue';

export interface Gate {
  /**
   * The vendor that claims `url` (relative to `base`, by default the page's) while it is not
   * allowed; undefined lets it through. With `api` (what made the call), a held URL is logged as
   * 'blocked' in the debug stream.
   */
  blocked(url: string, base?: string, api?: string): VendorRules | undefined;
  readonly queue: ReleaseQueue;
  debug(action: DebugEntry['action'], vendor: VendorId, detail: string): void;
  readonly wrap: Wrap;
}

/**
 * Replaces one property of `o` by `make(original)`: its setter if it has one, else its getter,
 * else its value. Every prototype and window patch of the gate goes through here; an API the
 * environment lacks (jsdom has no sendBeacon) is left absent rather than given a broken one.
 */
export type Wrap = (o: object, key: string, make: (orig: Function) => Function) => void;

/** A `wrap` that remembers each patch, so the last `destroy()` can put the platform back as it was. */
export function patcher(): { wrap: Wrap; restore(): void } {
  const undo: Array<() => void> = [];
  return {
    wrap: (o, key, make) => {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (!d) return;
      Object.defineProperty(o, key, { ...d, [d.set ? 'set' : d.get ? 'get' : 'value']: make(d.set ?? d.get ?? d.value) });
      undo.push(() => Object.defineProperty(o, key, d));
    },
    restore: () =>
      undo
        .splice(0)
        .reverse()
        .forEach((put) => put()),
  };
}
