// With `debug: true`, each debug entry is also a `consentry:debug` event on document, for a
// panel or a test to listen to. Entries made before this feature started are dispatched first,
// in order, so a listener added before then misses none.
import type { Feature } from '../boot/context';
import type { DebugEntry } from '../shared/types';

export const debugStreamFeature: Feature = (ctx) => {
  if (!ctx.config.debug) return;
  const dispatch = (entry: DebugEntry) => ctx.doc.dispatchEvent(new CustomEvent('consentry:debug', { detail: entry }));
  ctx.debugLog().forEach(dispatch);
  return ctx.onDebug(dispatch);
};
