// One table says through which attribute each element fetches; every way a URL can reach such
// an attribute (property setter, setAttribute, parsed markup) is checked against it before the
// browser sees the URL. A held element stays where the page put it, with the page's own
// listeners, and gets its URL back, exactly once, when its vendor is allowed.
import type { Gate } from './gate';
import type { VendorRules } from '../../shared/types';

/** Fetching attributes by element, in the order to restore them (srcset before src: one fetch). */
export const URL_ATTRS: Record<string, readonly string[]> = {
  script: ['src', 'href'],
  img: ['srcset', 'src'],
  iframe: ['src'],
  frame: ['src'],
  // A preload of an image may name it only in imagesrcset; held before href, like srcset.
  link: ['imagesrcset', 'href'],
  source: ['srcset', 'src'],
  video: ['poster', 'src'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href'],
  // SVG's filter image fetches like <image>; SVG keeps the camel case in its localName.
  feImage: ['href'],
  input: ['src'],
  track: ['src'],
  // A meta refresh in a frame navigates the frame (see refresh() below): not a URL, but checked
  // on the same paths, and dropped rather than held.
  meta: ['content', 'http-equiv'],
  // The legacy background attribute fetches its image like CSS would.
  body: ['background'],
  table: ['background'],
  thead: ['background'],
  tbody: ['background'],
  tfoot: ['background'],
  tr: ['background'],
  td: ['background'],
  th: ['background'],
};

/** Where the property that sets an attribute is not named like it (`link.imageSrcset`). */
const PROPERTY: Readonly<Record<string, string>> = { imagesrcset: 'imageSrcset', 'http-equiv': 'httpEquiv' };

/** SVG's href may also sit in the XLink namespace (`xlink:href` in markup), which the browser honours. */
const XLINK = 'http://www.w3.org/1999/xlink';

// `*|` matches the attribute in any namespace: a bare `[href]` misses `xlink:href`.
const SELECTOR = Object.keys(URL_ATTRS)
  .flatMap((tag) => URL_ATTRS[tag]!.map((a) => `${tag}[*|${a}]`))
  .join();

/** What guarded() returns for a value it holds: nothing is set. */
const HELD = {};

/** A hold that a clone inherits: attribute name and the value to give back (`type` re-arms a script). */
type Hold = readonly [name: string, value: unknown, id: string];

export interface ElementGuard {
  /** The held vendor an attribute's value asks for (any candidate of a srcset), if any. */
  claimed(name: string, value: string): VendorRules | undefined;
  /** Holds every vendor URL in a subtree the page has not inserted yet; returns the held elements. */
  holdTree(root: Node): Element[];
  /** A clone of held elements is held the same way, so it loads when they do. */
  copyHolds(from: Node, to: Node): void;
  /** Runs a held script: gives back its type (and `src`), then inserts it again, as the parser would. */
  rearm(script: Element, type: string | null, src?: string | null): void;
  /** The page's setAttribute from before Consentry: releases must not be held again. */
  setAttr(el: Element, name: string, value: unknown): void;
}

export function guardElements(win: Window & typeof globalThis, gate: Gate): ElementGuard {
  const E = win.Element.prototype;
  const { setAttribute, removeAttribute } = E;
  const setAttr = (el: Element, name: string, value: unknown) => setAttribute.call(el, name, value as string);
  const holds = new WeakMap<Element, Hold[]>();
  let held = 0;

  /** A relative URL resolves against this window's document, as the browser resolves it. */
  const blocked = (url: string) => gate.blocked(url, win.document.baseURI);
  /** A srcset (a list of candidate URLs) holds when any of its candidates is a held vendor's. */
  const claimed = (name: string, url: string): VendorRules | undefined =>
    name.endsWith('srcset')
      ? url
          .split(',')
          .map((c) => blocked(c.trim().split(/\s/)[0]!))
          .find(Boolean)
      : blocked(url);

  const rearm = (el: Element, type: string | null, src?: string | null) => {
    const s = el as HTMLScriptElement;
    type == null ? removeAttribute.call(s, 'type') : setAttr(s, 'type', type);
    // As the parser would: external scripts run in document order unless marked async.
    if ((src != null || s.hasAttribute('src')) && !s.hasAttribute('async')) {
      s.async = false;
      if (s.isConnected) gate.queue.loading(s);
    }
    if (src != null) setAttr(s, 'src', src);
    // Re-inserting prepares the script again: it never ran, so now it does, with its nonce.
    s.parentNode?.insertBefore(s, s.nextSibling);
  };

  const hold = (el: Element, name: string, value: unknown, id: string) => {
    (holds.get(el) ?? holds.set(el, []).get(el)!).push([name, value, id]);
    held++;
    gate.debug('held', id, `<${el.localName}> ${value}`);
    gate.queue.hold({
      id,
      go: () => {
        // A URL several vendors claim (a GT- tag) waits for each of them in turn.
        const v = name === 'type' ? claimed('src', el.getAttribute('src') ?? '') : claimed(name, value as string);
        if (v) return hold(el, name, value, v.id);
        gate.debug('released', id, `<${el.localName}>`);
        if (name === 'type') return rearm(el, value as string | null);
        setAttr(el, name, value);
        // A <source> is only read when its media element loads again.
        const media = el.parentNode as HTMLMediaElement | null;
        if (el.localName === 'source' && media && 'load' in media) media.load();
        // Chromium reads a preload's imagesrcset only when the <link> is inserted: insert it again.
        if (name === 'imagesrcset') el.parentNode?.insertBefore(el, el.nextSibling);
      },
    });
  };

  /**
   * A meta refresh in a frame navigates the frame: the held vendor it would load, with `n` set to
   * `value`. It is checked as the attribute is set, since the browser acts on a connected meta at
   * once; it is dropped, never replayed, like any frame navigation. The top page's refresh is its own.
   */
  const refresh = (m: Element, n?: string, value?: unknown): VendorRules | undefined => {
    const get = (a: string) => String(a === n ? value : m.getAttribute(a));
    // The delay, then `;` or `,`, then an optional `url=` and quote: the rest is the URL.
    const v =
      win !== win.top && /^\s*refresh\s*$/i.test(get('http-equiv'))
        ? blocked(get('content').replace(/^[\s\d.]*[;,]?\s*(url\s*=\s*)?['"]?/i, ''))
        : undefined;
    if (v) gate.debug('blocked', v.id, `<meta> ${get('content')}`);
    return v;
  };

  /**
   * The URL property setters (their name is known and lower case) and setAttribute all end here:
   * the value to set, or HELD. A URL is turned into a string once, so the string checked is the
   * string set (a value whose toString() changes cannot pass one and set another); a Trusted
   * Types value goes on as it is. A meta refresh is dropped, never held.
   */
  const guarded = (el: Element, n: string, value: unknown) => {
    const tag = el.localName;
    if (!URL_ATTRS[tag]?.includes(n)) return value;
    if (typeof value !== 'string' && !(win as { trustedTypes?: { isScriptURL(v: unknown): boolean } }).trustedTypes?.isScriptURL(value))
      value = String(value);
    const vendor = tag === 'meta' ? refresh(el, n, value) : claimed(n, String(value));
    if (!vendor) return value;
    if (tag !== 'meta') hold(el, n, value, vendor.id);
    return HELD;
  };
  // setAttribute(name, value) and setAttributeNS(ns, name, value): where the name sits, and the
  // name as the browser matches it (a namespaced one by its local name, whatever the prefix:
  // xl:href). Most elements a page touches (div, a, span) fetch nothing, so they leave before any
  // string work; the arguments are checked and passed on in place, so nothing is allocated.
  for (const [key, at, local] of [
    ['setAttribute', 0, (n: string) => n.toLowerCase().replace(/^xlink:/, '')],
    ['setAttributeNS', 1, (n: string) => n.replace(/^[^:]*:/, '').toLowerCase()],
  ] as const)
    gate.wrap(
      E,
      key,
      (set) =>
        function (this: Element) {
          // eslint-disable-next-line prefer-rest-params
          const a = arguments;
          if (URL_ATTRS[this.localName]) {
            const v = guarded(this, local((a[at] = String(a[at]))), a[at + 1]);
            if (v === HELD) return;
            a[at + 1] = v;
          }
          return set.apply(this, a);
        },
    );
  // new Audio(u) sets its src inside the browser: build it bare, then set src through the check.
  gate.wrap(
    win,
    'Audio',
    (A) =>
      new Proxy(A, {
        construct: (target, args: unknown[], newTarget) => {
          const a = Reflect.construct(target, [], newTarget === win.Audio ? target : newTarget) as HTMLAudioElement;
          if (args[0] !== undefined) a.src = args[0] as string;
          return a;
        },
      }),
  );
  // Each URL property is found where the element's own prototype chain defines it
  // (video.src lives on HTMLMediaElement), and routed through the check once. SVG's href has no
  // setter: it is an SVGAnimatedString, and `image.href.baseVal = url` writes the attribute through
  // an object that does not say whose it is, so reading the href notes its owner.
  const ours = new WeakSet<Function>();
  const owners = new WeakMap<object, Element>();
  const { document: doc } = win;
  for (const tag in URL_ATTRS)
    for (const el of [doc.createElement(tag), doc.createElementNS('http://www.w3.org/2000/svg', tag)])
      for (const p of URL_ATTRS[tag]!) {
        const prop = PROPERTY[p] ?? p;
        let proto: object | null = el;
        let d: PropertyDescriptor | undefined;
        while ((proto = Object.getPrototypeOf(proto)) && !(d = Object.getOwnPropertyDescriptor(proto, prop)));
        // A property several tags share (video.src and audio.src are HTMLMediaElement's) is routed once.
        if (d && !ours.has((d.set ?? d.get)!))
          gate.wrap(proto!, prop, (f) => {
            const g = d.set
              ? function (this: Element, value: unknown) {
                  if ((value = guarded(this, p, value)) !== HELD) f.call(this, value);
                }
              : function (this: Element) {
                  const href = f.call(this) as object;
                  owners.set(href, this);
                  return href;
                };
            ours.add(g);
            return g;
          });
      }
  if (win.SVGAnimatedString)
    gate.wrap(
      win.SVGAnimatedString.prototype,
      'baseVal',
      (set) =>
        function (this: object, value: unknown) {
          const el = owners.get(this);
          if ((value = el ? guarded(el, 'href', value) : value) !== HELD) set.call(this, value);
        },
    );

  /** `root` (when an element) and its descendants that match `sel`, in document order. */
  const all = (root: Node, sel = '*'): Element[] =>
    (root as ParentNode | null)?.querySelectorAll
      ? [...((root as Element).matches?.(sel) ? [root as Element] : []), ...(root as ParentNode).querySelectorAll(sel)]
      : [];

  return {
    claimed,
    setAttr,
    rearm,
    holdTree: (root) => {
      const n: Element[] = [];
      for (const el of all(root, SELECTOR)) {
        const script = el.localName === 'script';
        // A marked-up script is inert by its type; any other marked-up element with a live URL
        // would fetch on insertion, so its URL is held like any other.
        if (script && el.hasAttribute('data-consentry')) continue;
        for (const name of URL_ATTRS[el.localName]!) {
          const attr = el.getAttributeNodeNS(null, name) ?? el.getAttributeNodeNS(XLINK, name);
          if (!attr) continue;
          // A script is held by its type (no fetch, no run) so its own src, nonce and any
          // Trusted Types provenance stay untouched; other elements lose the URL until release
          // (a held meta refresh its content: inert, even when it is the node being inserted).
          // A script already held (checked again as it enters the page) keeps its one hold.
          if (script) {
            const vendor = claimed(name, attr.value);
            if (!vendor) continue;
            n.push(el);
            if (!holds.has(el)) {
              hold(el, 'type', el.getAttribute('type'), vendor.id);
              setAttr(el, 'type', 'text/plain');
            }
            break;
          }
          if (guarded(el, name, attr.value) === HELD) {
            n.push(el);
            el.removeAttributeNode(attr);
          }
        }
      }
      return n;
    },
    copyHolds: (from, to) => {
      // An adopted node is its own "copy": its holds are already its own.
      if (!held || from === to) return;
      const a = all(from);
      const b = all(to);
      a.forEach((el, i) => {
        for (const [name, value, id] of holds.get(el) ?? []) if (b[i]) hold(b[i]!, name, value, id);
      });
    },
  };
}
