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
    .join('|')})[\\s/>]|background\\s*=`,
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

  /**
   * A sink that parses markup into the page: `how` names the method that puts the held nodes
   * where the markup would go. prepend, append and replaceChildren put them inside the element,
   * so the markup is parsed as its content; before, after and replaceWith beside it, as its
   * parent's.
   */
  const sink = (o: object, key: string, parse: Function, how: (a: IArguments) => string | undefined, at = 0) =>
    wrap(
      o,
      key,
      (orig) =>
        function (this: Element) {
          // eslint-disable-next-line prefer-rest-params
          const a = arguments;
          const m = how(a) as 'append' | undefined;
          const f = m && inert(/[dn]$/.test(m) ? this : this.parentNode, a[at], parse);
          f ? this[m!](f) : orig.apply(this, a);
        },
    );
  for (const o of [E, S]) {
    sink(o, 'innerHTML', innerHTML, () => 'replaceChildren');
    sink(o, 'setHTMLUnsafe', setHTMLUnsafe!, () => 'replaceChildren');
  }
  sink(E, 'outerHTML', innerHTML, () => 'replaceWith');
  const WHERE: Record<string, string> = { beforebegin: 'before', afterbegin: 'prepend', beforeend: 'append', afterend: 'after' };
  sink(E, 'insertAdjacentHTML', innerHTML, (a) => WHERE[String(a[0]).toLowerCase()], 1);

  // Detached results: nothing in them has fetched yet, so holding them now is in time. A copy of
  // held elements is held like them; a copy of anything else is checked afresh. A template's
  // content fetches nothing: its nodes are checked as they are adopted, copied or inserted here.
  for (const [o, k] of [
    [win.Node.prototype, 'cloneNode'],
    [D, 'importNode'],
    [D, 'adoptNode'],
    [win.Range.prototype, 'createContextualFragment'],
    // WebKit fetches an <img> of a parsed document before any of its nodes is adopted.
    [win.DOMParser.prototype, 'parseFromString'],
    [win.Document, 'parseHTMLUnsafe'],
  ] as const)
    wrap(
      o,
      k,
      (orig) =>
        function (this: Node, ...a: unknown[]) {
          const out = orig.apply(this, a) as Node;
          g.copyHolds((k === 'cloneNode' ? this : a[0]) as Node, out);
          g.holdTree(out);
          return out;
        },
    );
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
        // A string or null (insertBefore(n, null)) holds nothing: holdTree lets it pass.
        if (n?.ownerDocument !== d) g.holdTree(n!);
      }
      // eslint-disable-next-line prefer-rest-params
      return orig.apply(this, arguments);
    };
  for (const P of [win.Node, win.Element, win.CharacterData, win.DocumentFragment, win.Document, win.Range])
    for (const k of 'appendChild insertBefore replaceChild append prepend after before replaceWith replaceChildren insertAdjacentElement insertNode surroundContents'.split(
      ' ',
    ))
      wrap(P.prototype, k, entering);

  wrap(
    D,
    'execCommand',
    (exec) =>
      function (this: Document, ...a: unknown[]) {
        // Editing commands that insert a URL or markup: refused while it holds a vendor's URL.
        const c = String(a[0]).toLowerCase();
        return (c === 'insertimage' ? g.claimed('src', (a[2] = String(a[2]))) : c === 'inserthtml' && inert(this, a[2] as Html, innerHTML))
          ? false
          : exec.apply(this, a);
      },
  );

  // document.write during parsing: markup with a held vendor becomes DOM nodes right where the
  // parser would have put it, its held tags inert in place until their vendor is allowed. It
  // never calls write() later, which would wipe the page.
  const { write } = D;
  /** Writes `html`, holding what it holds; `pass` writes it as given when nothing is held. */
  const put = (d: Document, html: Html, pass: () => unknown) => {
    const script = d.currentScript;
    const parent = d.readyState === 'loading' && script?.parentNode;
    const r = d.createRange();
    if (parent) r.selectNode(script);
    const f = (FETCHING.test(String(html)) && createContextualFragment.call(r, html as string)) as DocumentFragment | false;
    const held = f ? g.holdTree(f) : [];
    if (!held.length) return pass();
    if (parent) {
      // Written external scripts run in order, as the parser runs them.
      for (const s of (f as DocumentFragment).querySelectorAll('script[src]:not([async])')) (s as HTMLScriptElement).async = false;
      // A script the parser runs is the last node it has put in its parent: what it writes
      // (held here, or parsed by an earlier write) goes after it, in order.
      return void parent.appendChild(f as DocumentFragment);
    }
    // A document the script opened (a frame's d.open(); d.write()) or after it loaded: the
    // markup is written with each held element swapped for a comment, then put back in its place.
    const key = `consentry${Math.random()}`;
    held.forEach((e, i) => held.some((o) => o !== e && o.contains(e)) || e.replaceWith(d.createComment(key + i)));
    const t = d.createElement('div');
    t.append(f as DocumentFragment);
    write.call(d, t.innerHTML);
    const it = d.createNodeIterator(d, 128);
    for (let c: Node | null; (c = it.nextNode()); )
      if ((c as Comment).data.startsWith(key)) (c as Comment).replaceWith(held[+(c as Comment).data.slice(key.length)]!);
  };
  /**
   * While parsing, a tag split across writes (`'<img src="'`, then the URL) is checked whole:
   * markup that ends inside a tag waits for the next write, or for the end of the script. Only
   * one document at a time runs a script, so one string waits.
   */
  let pending = '';
  for (const [key, end] of [
    ['write', ''],
    ['writeln', '\n'],
  ])
    wrap(
      D,
      key!,
      (orig) =>
        function (this: Document, ...parts: Html[]) {
          const html = parts.length === 1 && !end ? parts[0]! : parts.join('') + end;
          if (this.readyState !== 'loading' || !this.currentScript || typeof html !== 'string')
            return put(this, html, () => orig.apply(this, parts));
          const all = pending + html;
          pending = '';
          const t = this.createElement('template');
          innerHTML.call(t, all + END);
          if (content.call(t).textContent.endsWith(END)) return put(this, all, () => write.call(this, all));
          pending = all;
          queueMicrotask(() => {
            if (pending !== all) return;
            pending = '';
            put(this, `${all}'">`, () => write.call(this, all));
          });
        },
    );
}
