// An open shadow root at the top of <body>: first in the tab order, out of the page's flow, and
// sealed from the shop's CSS by `:host { all: initial }`. Styles go in as a constructable
// stylesheet, which a strict `style-src` allows; old browsers get a <style> with the nonce of
// the script that loaded us (never a nonce from config). Shared by the UI and the fallback.

export function shadowHost(doc: Document, css: string, nonce: string | undefined): ShadowRoot | HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute('data-consentry-ui', '');
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'open' });
  } catch {
    // No shadow DOM (an old engine, a broken polyfill): a way to choose matters more than the
    // look, so the controls go in unstyled; our CSS would leak into the shop without a root.
    doc.body.prepend(host);
    return host;
  }
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    const sheet = new win!.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.appendChild(style);
  }
  doc.body.prepend(host);
  return root;
}

/** Runs `fn` once <body> exists: the script runs in <head>, before the body is parsed. */
export function whenBody(doc: Document, fn: () => void): void {
  if (doc.body) fn();
  else doc.addEventListener('DOMContentLoaded', fn, { once: true });
}
