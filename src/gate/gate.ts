// What the gate's parts share: which URLs are held, the release line, and the debug stream.
import type { DebugEntry } from '../context';
import type { Vendor, VendorId } from '../types';
import type { ReleaseQueue } from './release-queue';

export interface Gate {
  /** The vendor that claims `url` while it is not allowed; undefined lets the URL through. */
  blocked(url: string): Vendor | undefined;
  readonly queue: ReleaseQueue;
  debug(action: DebugEntry['action'], vendor: VendorId, detail: string): void;
}
