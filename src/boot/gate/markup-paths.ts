// Markup strings and node copies reach the document without passing any attribute setter, and
// an <iframe>, <link> or <embed> fetches the moment it is inserted. So markup that could fetch
// is parsed where nothing loads (a <template>), its vendor URLs are held, and only then is it
// inserted; copies and parsed documents are checked before the page can insert them.
import type { Wrap } from './gate';
import { URL_ATTRS, type ElementGuard } from './url-attributes';

type Win = Window & typeof globalThis;
type Html = string | TrustedHTML;
interface TrustedHTML {
  toString(): string;
}

/** Only markup with one of these tags can fetch; anything else takes the browser's own path. */
const FETCHING = new RegExp(`<(${Object.keys(URL_ATTRS).join('|')})[\\s/>]`, 'i');
/** Contexts whose content is text, or not HTML: parsing them as a template would be wrong. */
const TEXT = /^(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext|template)$/;

export function guardMarkup(win: Win, g: ElementGuard, wrap: Wrap): void {
  const E = win.Element.prototype;
  const S = win.ShadowRoot.prototype;
  const D = win.Document.prototype;
  const innerHTML = Object.getOwnPropertyDescriptor(E, 'innerHTML')!.set!;
  const setHTMLUnsafe = (E as { setHTMLUnsafe?: Function }).setHTMLUnsafe;
  const { createContextualFragment } = win.Range.prototype;
  const content = Object.getOwnPropertyDescriptor(win.HTMLTemplateElement.prototype, 'content')!.get!;

  /**
   * The markup as inert nodes with vendor URLs held, or null when the browser's own parse is
   * safe (nothing that fetches, nothing held, or a context a template cannot stand in for).
   */
  const inert = (context: Node | null, html: Html, parse: Function): DocumentFragment | null => {
    const el = context as Element | null;
    if (!el || !FETCHING.test(String(html)) || (el.nodeType === 1 && (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || TEXT.test(el.localName))))
      return null;
    // Trusted Types: `html` goes to the template exactly as given, so a policy-made value passes.
    const t = win.document.createElement('template');
    parse.call(t, html);
    const f = content.call(t) as DocumentFragment;
    return g.holdTree(f) ? f : null;
  };

  const replacing = (parse: Function) => (set: Function) =>
    function (this: Element | ShadowRoot, html: Html) {
      const f = inert(this, html, parse);
      f ? this.replaceChildren(f) : set.call(this, html);
    };
  for (const o of [E, S]) {
    wrap(o, 'innerHTML', replacing(innerHTML));
    wrap(o, 'setHTMLUnsafe', replacing(setHTMLUnsafe!));
  }
  wrap(E, 'outerHTML', (set) =>
    function (this: Element, html: Html) {
      const f = inert(this.parentNode, html, innerHTML);
      f ? this.replaceWith(f) : set.call(this, html);
    },
  );
  const WHERE: Record<string, 'before' | 'prepend' | 'append' | 'after'> = {
    beforebegin: 'before',
    afterbegin: 'prepend',
    beforeend: 'append',
    afterend: 'after',
  };
  wrap(E, 'insertAdjacentHTML', (orig) =>
    function (this: Element, where: string, html: Html) {
      const how = WHERE[String(where).toLowerCase()];
      const f = how && inert(how === 'before' || how === 'after' ? this.parentNode : this, html, innerHTML);
      f ? this[how!](f) : orig.call(this, where, html);
    },
  );

  // Detached results: nothing in them has fetched yet, so holding them now is in time.
  const checked = (orig: Function) =>
    function (this: unknown, ...args: unknown[]) {
      const out = orig.apply(this, args) as Node;
      g.holdTree(out);
      return out;
    };
  // A copy of held elements is held like them; a copy of anything else is checked afresh.
  const copy = (from: Node, out: Node) => (g.copyHolds(from, out), g.holdTree(out), out);
  wrap(win.Node.prototype, 'cloneNode', (orig) =>
    function (this: Node, deep?: boolean) {
      return copy(this, orig.call(this, deep));
    },
  );
  wrap(D, 'importNode', (orig) =>
    function (this: Document, node: Node, deep?: boolean) {
      return copy(node, orig.call(this, node, deep));
    },
  );
  wrap(D, 'adoptNode', checked);
  wrap(win.Range.prototype, 'createContextualFragment', checked);
  wrap(win.DOMParser.prototype, 'parseFromString', checked);
  wrap(win.Document, 'parseHTMLUnsafe', checked);
  wrap(win.HTMLTemplateElement.prototype, 'content', checked);

  // document.write during parsing: markup with a held vendor becomes DOM nodes right where the
  // parser would have put it, its held tags inert in place until their vendor is allowed. It
  // never calls write() later, which would wipe the page.
  const after = new WeakMap<Node, Node>();
  const writing = (orig: Function, end: string) =>
    function (this: Document, ...parts: Html[]) {
      const script = this.currentScript;
      const html = parts.length === 1 && !end ? parts[0]! : parts.join('') + end;
      if (this.readyState === 'loading' && script?.parentNode && FETCHING.test(String(html))) {
        const r = this.createRange();
        r.selectNode(script);
        const f = createContextualFragment.call(r, html as string);
        if (g.holdTree(f)) {
          // Written external scripts run in order, as the parser runs them.
          for (const s of f.querySelectorAll('script[src]:not([async])')) (s as HTMLScriptElement).async = false;
          const at = after.get(script) ?? script;
          after.set(script, f.lastChild ?? at);
          at.parentNode!.insertBefore(f, at.nextSibling);
          return;
        }
      }
      return orig.apply(this, parts);
    };
  wrap(D, 'write', (orig) => writing(orig, ''));
  wrap(D, 'writeln', (orig) => writing(orig, '\n'));
}
