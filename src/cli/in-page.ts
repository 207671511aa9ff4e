// The functions the audit runs inside the audited page (page.evaluate sends their source there):
// they use the page's globals and nothing from this module's scope. Type-checked with the DOM and
// without Node by tsconfig.page.json, against the signatures in-page.node.ts gives the CLI.
import type * as Declared from './in-page.node';

export const readStores: typeof Declared.readStores = async () => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
  indexedDB: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name ?? '') : [],
});

export const hasConsentry: typeof Declared.hasConsentry = () => typeof (window as { Consentry?: unknown }).Consentry === 'object';

export const choose: typeof Declared.choose = (method) =>
  (window as unknown as { Consentry: Record<string, () => void> }).Consentry[method]!();

export const readServed: typeof Declared.readServed = (source) => {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const base = document.baseURI;
  const tags = [...doc.querySelectorAll('script, iframe, img')].map((el) => ({
    html: el.outerHTML.slice(0, 300),
    src: el.getAttribute('src') ? new URL(el.getAttribute('src')!, base).href : null,
    text: el.tagName === 'SCRIPT' ? (el.textContent ?? '') : '',
    type: el.getAttribute('type') ?? '',
    async: el.hasAttribute('async'),
    defer: el.hasAttribute('defer'),
    marked: el.hasAttribute('data-consentry') || (el.tagName === 'SCRIPT' && el.getAttribute('type') === 'text/plain'),
    script: el.tagName === 'SCRIPT',
  }));
  const links = [...doc.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href')!, base).href.split('#')[0]!);
  let config: unknown;
  const el = doc.getElementById('consentry-config');
  try {
    config = el
      ? JSON.parse(el.textContent ?? '')
      : JSON.parse(JSON.stringify((window as { consentryConfig?: unknown }).consentryConfig ?? null));
  } catch {
    config = undefined;
  }
  return { tags, links, config };
};
