// consentry/react: the page's Consentry as React state, for React 18 and 19. React is a peer of
// this entry alone; the script tag and the core never import it. Nothing here runs at import, and
// nothing touches `window` until an effect runs in the browser, so server rendering sees no
// instance: every hook answers "no record, nothing allowed" there and on the first client render,
// which is what makes hydration match. Written with createElement, not JSX, so the build needs no
// JSX setting of its own.
import { createContext, createElement, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ConsentId, ConsentRecord, ConsentryApi } from '../shared/types';

/** A running instance as the provider holds it: `destroy` where the provider started it. */
type Instance = ConsentryApi & { destroy?(): void };

const Current = createContext<Instance | null>(null);

export interface ConsentryProviderProps {
  /**
   * Starts Consentry from the npm build, e.g. `() => createConsentry(config)`. Left out, the
   * provider adopts `window.Consentry`, the instance the script tag started.
   */
  readonly start?: () => Instance;
  readonly children?: ReactNode;
}

/** Why the provider has no instance, in words that say what to fix. */
export const NO_INSTANCE =
  'Consentry: <ConsentryProvider> found no window.Consentry. Load consentry.js by a plain <script src> first in <head>, or pass start={() => createConsentry(config)} from the npm build. Until then nothing is allowed.';

export function ConsentryProvider({ start, children }: ConsentryProviderProps) {
  const [instance, setInstance] = useState<Instance | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `start` is read once; a new function each render must not restart Consentry
  useEffect(() => {
    // Read in the effect, never at render: the server has no window, and the first client render
    // must match what the server sent.
    const api: Instance | undefined = start ? start() : (window as { Consentry?: ConsentryApi }).Consentry;
    if (!api) return void console.error(NO_INSTANCE);
    setInstance(api);
    // An instance this provider started is given back; the script tag's is the page's, not ours.
    return () => (start ? api.destroy?.() : undefined);
    // `start` is read once: a new function each render must not restart Consentry.
  }, []);
  return createElement(Current.Provider, { value: instance }, children);
}

/** The instance once it runs in the browser (to call `acceptAll()`, `showPreferences()` ...); null on the server. */
export const useConsentry = (): ConsentryApi | null => useContext(Current);

const noop = () => {};

// One subscribe function per instance: useSyncExternalStore resubscribes only when it changes.
const subscribers = new WeakMap<Instance, (onChange: () => void) => () => void>();
const subscribeTo = (api: Instance) => {
  let s = subscribers.get(api);
  if (!s) subscribers.set(api, (s = (onChange) => api.on('change', onChange)));
  return s;
};
const subscribeToNothing = () => noop;

/** Re-renders whenever the record's meaning changes, here or in another tab. */
function useConsentryValue<T>(read: (api: Instance) => T, none: T): T {
  const api = useContext(Current);
  return useSyncExternalStore(
    api ? subscribeTo(api) : subscribeToNothing,
    () => (api ? read(api) : none),
    () => none,
  );
}

/** The shopper's consent record, or null (no choice yet, on the server, before the instance runs). */
export const useConsent = (): ConsentRecord | null => useConsentryValue((api) => api.getConsent(), null);

/** Whether a vendor or category is allowed now; false on the server and until the instance runs. */
export const useAllowed = (id: ConsentId): boolean => useConsentryValue((api) => api.isAllowed(id), false);

export interface WhenAllowedProps {
  /** A vendor or category id, as in `data-consentry`. */
  readonly id: ConsentId;
  /** Shown until it is allowed: a note, or an `<EmbedPlaceholder>` that gets Consentry's click-to-load box. */
  readonly fallback?: ReactNode;
  readonly children?: ReactNode;
}

/** Where a fallback that held focus stood as React took it out: the children go in its place. */
interface Spot {
  readonly parent: Node;
  readonly before: Node | null;
  readonly after: Node | null;
}

const CONTROLS = 'a[href],button,input,select,textarea,summary,[tabindex],[contenteditable]';

/**
 * Focuses the first iframe (the player) among the nodes React put in `spot`, else their first
 * control that takes focus. Between the fallback's old neighbours, as the commit left them.
 */
function focusIn({ parent, before, after }: Spot) {
  const nodes: Element[] = [];
  for (let n = before?.parentNode === parent ? before.nextSibling : parent.firstChild; n && n !== after; n = n.nextSibling)
    if (n.nodeType === 1) nodes.push(n as Element);
  for (const selector of ['iframe', CONTROLS])
    for (const node of nodes)
      for (const el of [node, ...node.querySelectorAll<HTMLElement>(selector)]) {
        if (!el.matches(selector)) continue;
        (el as HTMLElement).focus();
        // A disabled button takes no focus: the next one may.
        if (el.ownerDocument.activeElement === el) return;
      }
}

/**
 * Renders its children only once `id` is allowed, its fallback until then (and on the server).
 *
 * The fallback sits in a `display: contents` span, which lays nothing out. When React takes it out
 * with focus inside (the shopper pressed "Load video" in the box, or a button of the fallback's
 * own), focus would fall to <body>: it goes to the children instead, their iframe first. Focus
 * anywhere else stays where it is, so a choice made in the banner or another tab steals nothing.
 */
export function WhenAllowed({ id, fallback = null, children }: WhenAllowedProps) {
  const allowed = useAllowed(id);
  const spot = useRef<Spot | null>(null);
  // One ref callback for the span's life: React calls it with null just before removing the span,
  // while focus is still inside it and the children are not yet in.
  const [track] = useState(() => {
    let span: Element | null = null;
    return (el: Element | null) => {
      if (el) span = el;
      else if (span) {
        const focused = span.ownerDocument.activeElement;
        spot.current =
          focused && span.contains(focused) && span.parentNode
            ? { parent: span.parentNode, before: span.previousSibling, after: span.nextSibling }
            : null;
        span = null;
      }
    };
  });
  // After every commit of this component, the only one that can take the span out: a span that
  // went without the vendor becoming allowed (a fallback set to null) leaves no spot for later. An
  // effect, not a layout effect (React 18's server renderer warns of those): React runs it in the
  // same task as a commit from a store change, before the browser paints.
  useEffect(() => {
    if (allowed && spot.current) focusIn(spot.current);
    spot.current = null;
  });
  if (allowed) return children;
  return fallback == null ? null : createElement('span', { ref: track, style: { display: 'contents' } }, fallback);
}

export interface EmbedPlaceholderProps {
  /** The embed's vendor id, as in `data-consentry` ("youtube"): the box names it and its button allows it. */
  readonly vendor: string;
  /** The frame's accessible name, as the player's own iframe would have. */
  readonly title?: string;
  /** The player's size, so the box takes its place and loading it shifts nothing. */
  readonly width?: number | string;
  readonly height?: number | string;
  readonly className?: string;
}

const attr = (v: string | number) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The fallback of a `<WhenAllowed>` around an embed: an empty held iframe of the player's size,
 * which Consentry's click-to-load placeholder covers. It carries no vendor URL (`data-src` is
 * about:blank), so when the shopper allows the vendor the gate's release of this frame fetches
 * nothing, and the player is loaded once, by the children that replace it.
 *
 * The iframe is the inner HTML of a `display: contents` span, not a React element: Consentry
 * changes it before React may hydrate it (the box's host goes in just before the iframe, and a
 * returning shopper's release sets its `src`), and React would take either for a mismatch and
 * render the whole tree again. React neither compares nor patches inner HTML it did not render
 * as elements, and `suppressHydrationWarning` quiets the one check of it left in development.
 */
export function EmbedPlaceholder({ vendor, title, width, height, className }: EmbedPlaceholderProps) {
  const attrs = Object.entries({ title, width, height, class: className })
    .filter(([, v]) => v != null)
    .map(([k, v]) => ` ${k}="${attr(v!)}"`)
    .join('');
  return createElement('span', {
    style: { display: 'contents' },
    suppressHydrationWarning: true,
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the markup is ours, every value in it an escaped, double-quoted attribute (see the spec with a hostile title)
    dangerouslySetInnerHTML: { __html: `<iframe${attrs} data-consentry="${attr(vendor)}" data-src="about:blank"></iframe>` },
  });
}
