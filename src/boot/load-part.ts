// How the boot fetches a later part of the script-tag build (the UI chunk, consentry-later.js):
// a file next to consentry.js, with its nonce, through the `consentry` Trusted Types policy. A
// part defines no global: it hands what it exports over by an event on its own <script>.
// `waitMs` bounds the wait for a part a shopper is waiting on (the banner, the preferences): a
// stalled server must not leave them without a way to choose. Work nobody watches (the later
// part's cleanup and receipts) waits as long as the network does, so a slow phone still gets it.
export type LoadPart = (file: string, readyEvent: string, waitMs?: number) => Promise<unknown>;

interface TrustedTypeFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

export function partLoader(win: Window, script: HTMLScriptElement | null): LoadPart {
  const doc = win.document;
  // Under `require-trusted-types-for 'script'` a plain string src throws. The policy vouches for
  // the parts' URLs only, so it cannot launder anything else; sites that list their policies add
  // `consentry` to `trusted-types`. One policy per page: a second of the same name may throw.
  const urls = new Set<string>();
  let policy: ReturnType<TrustedTypeFactory['createPolicy']> | undefined;
  return (file, readyEvent, waitMs) =>
    new Promise((resolve, reject) => {
      if (!script?.src)
        throw new Error('the <script> that loaded consentry.js was not found: load it by a plain <script src> first in <head>');
      const url = new URL(file, script.src).href;
      const s = doc.createElement('script');
      let part: unknown;
      s.addEventListener(readyEvent, (e) => (part = (e as CustomEvent).detail));
      s.onload = () => (part ? resolve(part) : reject(new Error(`${url} did not start`)));
      s.onerror = () => reject(new Error(`${url} did not load`));
      // A part that turns up after this has lost: whoever waited has moved on (the fallback is up).
      if (waitMs) win.setTimeout(() => reject(new Error(`${url} did not arrive within ${waitMs / 1000} s`)), waitMs);
      urls.add(url);
      const tt = (win as { trustedTypes?: TrustedTypeFactory }).trustedTypes;
      policy ??= tt?.createPolicy('consentry', { createScriptURL: (u) => (urls.has(u) ? u : '') });
      s.src = policy ? (policy.createScriptURL(url) as string) : url;
      if (script.nonce) s.nonce = script.nonce;
      (doc.head || doc.documentElement).appendChild(s);
    });
}

/** Runs `fn` once, after the first paint (or at load, where a hidden tab paints nothing). */
export function afterPaint(win: Window, fn: () => void): void {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      fn();
    }
  };
  win.requestAnimationFrame(() => win.setTimeout(once));
  win.addEventListener('load', () => win.setTimeout(once), { once: true });
}
