// Navigations a script starts in a frame: window.open into a named frame (or into its own window,
// from a frame), a script's click on a link or submit button, a form submitted by script. One to
// a held vendor's URL is dropped and logged as 'blocked', never replayed (a frame's page is not a
// tag: the script that asked for it runs again on the next page). Top-level navigations and what
// the shopper does (event.isTrusted) go through; only pings to a held vendor are left out.
import type { Gate } from './gate';

type Win = Window & typeof globalThis;

/** Whether a frame in `d`, or in a same-origin frame inside it, bears the name `n`. */
const named = (d: Document, n: string): boolean =>
  [...d.querySelectorAll('iframe,frame,object')].some((e) => {
    const cd = (e as HTMLIFrameElement).contentDocument;
    return (e as HTMLIFrameElement).name === n || (!!cd && (cd.defaultView?.name === n || named(cd, n)));
  });

/** Guards the navigations of window `w`; `root` is the page's document. Returns what undoes it. */
export function guardNavigation(w: Win, gate: Gate, root: Document): () => void {
  // The platform's getAttribute: a form's own properties can be shadowed by its fields (name="target").
  const { getAttribute } = w.Element.prototype;
  const attr = (el: Element, n: string) => getAttribute.call(el, n);
  const base = () => w.document.querySelector('base[target]')?.getAttribute('target') || '';
  const held = (url: string, api: string) => !!gate.blocked(url, w.document.baseURI, api);
  /** Whether a navigation from `w` to `url` in `target` lands in a frame, to a held vendor. */
  const stopped = (url: string | null, target: string, api: string) => {
    const k = target.toLowerCase();
    const frame =
      k === '_blank' || k === '_top'
        ? false
        : !k || k === '_self'
          ? w !== w.top
          : k === '_parent'
            ? w.parent !== w.top
            : named(root, target);
    return frame && url != null && held(url, api);
  };
  const submits = (form: HTMLFormElement, s?: Element | null) =>
    stopped(
      (s && attr(s, 'formaction')) ?? attr(form, 'action') ?? '',
      (s && attr(s, 'formtarget')) || attr(form, 'target') || base(),
      'form',
    );

  gate.wrap(
    w,
    'open',
    (open) =>
      function (this: Window, url?: unknown, target?: unknown, features?: string) {
        // Each turned into a string once: what is checked is what opens.
        url = url === undefined ? '' : String(url);
        target = target === undefined ? '' : String(target);
        return stopped(url as string, (target as string) || '_blank', 'window.open') ? null : open.call(this, url, target, features);
      },
  );
  for (const name of ['submit', 'requestSubmit'])
    gate.wrap(
      w.HTMLFormElement.prototype,
      name,
      (orig) =>
        function (this: HTMLFormElement, s?: HTMLElement) {
          if (!submits(this, s)) return orig.call(this, s);
        },
    );

  /**
   * Gives an attribute another value (null: none) until this click is over: the browser reads it
   * right after the event, and a synthetic click may not be cancelable.
   */
  const swap = (el: Element, n: string, now: string | null) => {
    const was = attr(el, n);
    const put = (v: string | null) => (v == null ? el.removeAttribute(n) : el.setAttribute(n, v));
    put(now);
    w.setTimeout(() => put(was));
  };
  const click = (e: Event) => {
    for (const n of e.composedPath()) {
      const el = n as HTMLButtonElement;
      if (el.localName === 'a' || el.localName === 'area') {
        const ping = attr(el, 'ping');
        const kept = ping
          ?.split(/\s+/)
          .filter((u) => u && !held(u, 'ping'))
          .join(' ');
        if (ping && kept !== ping.trim()) swap(el, 'ping', kept!);
        if (!e.isTrusted && stopped(attr(el, 'href'), attr(el, 'target') || base(), 'link')) swap(el, 'href', null);
        return;
      }
      // A submit button that is for now a plain button submits nothing.
      if (!e.isTrusted && el.form && /^(submit|image)$/.test(el.type) && submits(el.form, el)) return swap(el, 'type', 'button');
    }
  };
  w.addEventListener('click', click, true);
  return () => w.removeEventListener('click', click, true);
}
