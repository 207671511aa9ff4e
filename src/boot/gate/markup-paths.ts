// Markup strings and node copies reach the document without passing any attribute setter, and
// an <iframe>, <link> or <embed> fetches the moment it is inserted. So markup that could fetch
// is parsed where nothing loads (a <template>), its vendor URLs are held, and only then is it
// inserted; copies and parsed documents are checked before the page can insert them.
import type { Gate } from './gate';
import { URL_ATTRS, type ElementGuard } from './url-attributes';

type Win = Window & typeof globalThis;
type Html = string | TrustedHTML;
interface TrustedHTML {
  toString(): string;
}

/**
 * Only markup with one of these tags (a meta refresh too, or a legacy background attribute) can
 * fetch; anything else takes the browser's own path. Table parts fetch only by background.
 */
const FETCHING = new RegExp(
  `<(${Object.keys(URL_ATTRS)
    .filter((t) => URL_ATTRS[t]![0] !== 'background')
    .join('|')}|meta)[\\s/>]|background\\s*=`,
  'i',
);
/** Ends the markup when it ends outside any tag or comment: then it is the last text the parser reads. */
const END = '\u0001';
/** Contexts whose content is text, or not HTML: parsing them as a template would be wrong. */
const TEXT = /^(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext|template)$/;

export function guardMarkup(win: Win, g: ElementGuard, gate: Gate): void {
  const { wrap } = gate;
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
    if (
      !el ||
      !FETCHING.test(String(html)) ||
      (el.nodeType === 1 && (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || TEXT.test(el.localName)))
    )
      return null;
    // Trusted Types: `html` goes to the template exactly as given, so a policy-made value passes.
    const t = win.document.createElement('template');
    parse.call(t, html);
    const f = content.call(t) as DocumentFragment;
    return g.holdTree(f).length ? f : null;
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
  wrap(
    E,
    'outerHTML',
    (set) =>
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
  wrap(
    E,
    'insertAdjacentHTML',
    (orig) =>
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
  const copy = (from: Node, out: Node) => {
    g.copyHolds(from, out);
    g.holdTree(out);
    return out;
  };
  wrap(
    win.Node.prototype,
    'cloneNode',
    (orig) =>
      function (this: Node, deep?: boolean) {
        return copy(this, orig.call(this, deep));
      },
  );
  wrap(
    D,
    'importNode',
    (orig) =>
      function (this: Document, node: Node, deep?: boolean) {
        return copy(node, orig.call(this, node, deep));
      },
  );
  wrap(D, 'adoptNode', checked);
  // A node the browser parsed in another document (an XHR's responseXML, a frame's) passed no
  // check there: it is checked as it enters this one. Nodes of the same document cost one compare.
  // This runs on every insertion of the page, so it allocates nothing: `arguments` rather than a
  // rest array, and the document is read once (a Range has none of its own: its start's).
  const entering = (orig: Function) =>
    function (this: Node) {
      const d = this.ownerDocument || (this as unknown as Range).startContainer?.ownerDocument || this;
      for (let i = 0; i < arguments.length; i++) {
        // eslint-disable-next-line prefer-rest-params
        const n = arguments[i] as Node | null;
        if (n?.ownerDocument && n.ownerDocument !== d) g.holdTree(n);
      }
      // eslint-disable-next-line prefer-rest-params
      return orig.apply(this, arguments);
    };
  for (const P of [win.Node, win.Element, win.CharacterData, win.DocumentFragment, win.Document, win.Range])
    for (const k of 'appendChild insertBefore replaceChild append prepend after before replaceWith replaceChildren insertAdjacentElement insertNode surroundContents'.split(
      ' ',
    ))
      wrap(P.prototype, k, entering);
  wrap(win.Range.prototype, 'createContextualFragment', checked);
  wrap(win.DOMParser.prototype, 'parseFromString', checked);
  wrap(win.Document, 'parseHTMLUnsafe', checked);
  wrap(win.HTMLTemplateElement.prototype, 'content', checked);

  wrap(
    D,
    'execCommand',
    (exec) =>
      function (this: Document, ...a: unknown[]) {
        // Editing commands that insert a URL or markup: refused while it holds a vendor's URL.
        const c = String(a[0]).toLowerCase();
        const v =
          c === 'insertimage'
            ? g.claimed('src', (a[2] = String(a[2])))
            : c === 'inserthtml' &&
              FETCHING.test(String(a[2])) &&
              g.holdTree(createContextualFragment.call(this.createRange(), String(a[2]))).length;
        if (v) return false;
        return exec.apply(this, a);
      },
  );

  // document.write during parsing: markup with a held vendor becomes DOM nodes right where the
  // parser would have put it, its held tags inert in place until their vendor is allowed. It
  // never calls write() later, which would wipe the page.
  const after = new WeakMap<Node, Node>();
  const pending = new WeakMap<Document, string>();
  const { write } = D;
  /** Writes `html`, holding what it holds; `pass` writes it as given when nothing is held. */
  const put = (d: Document, html: Html, pass: () => unknown) => {
    if (FETCHING.test(String(html))) {
      const script = d.currentScript;
      const r = d.createRange();
      if (d.readyState === 'loading' && script?.parentNode) {
        r.selectNode(script);
        const f = createContextualFragment.call(r, html as string);
        if (g.holdTree(f).length) {
          // Written external scripts run in order, as the parser runs them.
          for (const s of f.querySelectorAll('script[src]:not([async])')) (s as HTMLScriptElement).async = false;
          const at = after.get(script) ?? script;
          after.set(script, f.lastChild ?? at);
          at.parentNode!.insertBefore(f, at.nextSibling);
          return;
        }
      } else {
        // A document the script opened (a frame's d.open(); d.write()) or after it loaded: the
        // markup is written with each held element swapped for a comment, then put back in its place.
        const f = createContextualFragment.call(r, html as string) as DocumentFragment;
        const held = g.holdTree(f);
        if (held.length) {
          const key = `consentry${Math.random()}`;
          held.forEach((e, i) => held.some((o) => o !== e && o.contains(e)) || e.replaceWith(d.createComment(key + i)));
          const t = d.createElement('template');
          content.call(t).append(f);
          write.call(d, t.innerHTML);
          const it = d.createNodeIterator(d, 128);
          for (let c: Node | null; (c = it.nextNode()); )
            if ((c as Comment).data.startsWith(key)) (c as Comment).replaceWith(held[+(c as Comment).data.slice(key.length)]!);
          return;
        }
      }
    }
    return pass();
  };
  const writing = (orig: Function, end: string) =>
    function (this: Document, ...parts: Html[]) {
      const html = parts.length === 1 && !end ? parts[0]! : parts.join('') + end;
      if (this.readyState !== 'loading' || !this.currentScript || typeof html !== 'string')
        return put(this, html, () => orig.apply(this, parts));
      // While parsing, a tag split across writes (`'<img src="'`, then the URL) is checked whole:
      // markup that ends inside a tag waits for the next write, or for the end of the script.
      const all = (pending.get(this) ?? '') + html;
      pending.delete(this);
      const t = this.createElement('template');
      innerHTML.call(t, all + END);
      if (content.call(t).textContent.endsWith(END)) return put(this, all, () => write.call(this, all));
      pending.set(this, all);
      queueMicrotask(() => {
        if (pending.get(this) !== all) return;
        pending.delete(this);
        put(this, `${all}'">`, () => write.call(this, all));
      });
    };
  wrap(D, 'write', (orig) => writing(orig, ''));
  wrap(D, 'writeln', (orig) => writing(orig, '\n'));
}
