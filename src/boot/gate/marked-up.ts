// The public markup contract: `<script type="text/plain" data-consentry="ID">` and elements
// with `data-src`, `data-srcset` or `data-href`. They fetch nothing as written; each is
// activated once, in document order, when ID (a vendor or a category) is allowed. Tags parsed
// after consentry.js, or added at any later time, are found by a MutationObserver.
import type { ConsentryContext } from '../context';
import type { Gate } from './gate';
import { URL_ATTRS, type ElementGuard } from './url-attributes';

/** The element's start tag, as written, for a console message. */
const openTag = (el: Element) => `${el.outerHTML.split('>')[0]}>`;

export function guardMarkedUp(ctx: ConsentryContext, g: ElementGuard, gate: Gate): () => void {
  const { doc } = ctx;
  const seen = new WeakSet<Element>();

  const mark = (el: Element) => {
    if (seen.has(el)) return;
    seen.add(el);
    const id = el.getAttribute('data-consentry')!;
    const script = el.localName === 'script';
    // On a nonce page only a script carrying the nonce is the site's own: one without it is
    // markup slipped in (a review, a CMS field), and releasing it under 'strict-dynamic' would
    // run it. It stays inert; Consentry never lends it a nonce.
    const nonce = ctx.script?.nonce;
    if (script && nonce && (el as HTMLScriptElement).nonce !== nonce) {
      const tag = openTag(el);
      ctx.report(tag, 'no-nonce');
      return gate.debug('blocked', id, tag);
    }
    gate.debug('held', id, `<${el.localName} data-consentry>`);
    // An embed a shopper may see: the UI chunk judges it and draws its click-to-load box.
    if (el.localName === 'iframe' && !(el as HTMLElement).hidden) ctx.heldFrame?.();
    const hold = (on: string) =>
      gate.queue.hold({
        id: on,
        // An inline script waits for the external scripts before it, as in the parser.
        inline: script && !el.hasAttribute('src') && !el.hasAttribute('data-src'),
        go,
      });
    const go = () => {
      // The label is the site's, the URL is a vendor's: a tag labelled "marketing" that loads
      // Hotjar also waits for Hotjar, so a wrong label never lets a vendor through.
      const urls: [string, string | null][] = script
        ? [['src', el.getAttribute('src') ?? el.getAttribute('data-src')]]
        : (URL_ATTRS[el.localName] ?? []).map((n) => [n, el.getAttribute(`data-${n}`)]);
      const vendor = urls.map(([n, u]) => u != null && g.claimed(n, u)).find(Boolean);
      if (vendor) return hold(vendor.id);
      gate.debug('released', id, `<${el.localName} data-consentry>`);
      if (script) return g.rearm(el, el.getAttribute('data-type'), el.getAttribute('data-src'));
      for (const name of URL_ATTRS[el.localName] ?? []) {
        const url = el.getAttribute(`data-${name}`);
        if (url != null) g.setAttr(el, name, url);
      }
    };
    hold(id);
  };

  /**
   * An unmarked vendor script in the HTML was fetched by the preload scanner: say how to fix it.
   * A script a page script injected while the page loads is held by its type, not fetched: no word.
   * Called only while the parser runs: after it, no script of the HTML is left to warn about.
   */
  const warn = (el: HTMLScriptElement) => {
    const v = el.src && el.type !== 'text/plain' && gate.blocked(el.src);
    if (!v) return;
    const tag = openTag(el);
    ctx.report(tag, 'unmarked', v.name, v.id, el.getAttribute('src')!);
    gate.debug('warning', v.id, tag);
  };

  /** The marked-up tags in `root`'s subtree, in document order. */
  const within = (root: ParentNode) => root.querySelectorAll('[data-consentry]').forEach(mark);
  const scan = () => within(doc);
  /** Whether the parser is still building the page, as of the batch being read. */
  let parsing = true;
  /**
   * One added node. While the parser builds the page it reports each element on its own, children
   * after their parent, so a subtree query would only find them twice; the DOMContentLoaded scan
   * catches anything a script inserted whole meanwhile (marked-up tags are inert until marked).
   */
  const see = (node: Node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.hasAttribute('data-consentry')) mark(el);
    else if (parsing && el.localName === 'script') warn(el as HTMLScriptElement);
    if (!parsing) within(el);
  };

  const observer = new ctx.win.MutationObserver((records) => {
    parsing = doc.readyState === 'loading';
    // A script's big batch (a list rendered, 2,000 elements added) is one query of the document,
    // in C++, rather than a look at each node and a query of each subtree from script.
    if (!parsing && records.length > 16) return scan();
    for (const r of records) r.addedNodes.forEach(see);
  });
  observer.observe(doc, { childList: true, subtree: true });
  doc.addEventListener('DOMContentLoaded', scan);
  scan();
  return () => {
    observer.disconnect();
    doc.removeEventListener('DOMContentLoaded', scan);
  };
}
