// Deleting a vendor's first-party cookies from script. A cookie is only removed by a write that
// names the same domain (or none, for a host-only cookie) and the same path, and script cannot
// read either back, so every combination the vendor may have used is expired: the current host
// and each parent up to the registrable domain, with `path=/` and the page's own paths.
import { cookieNames } from '../../boot/cleanup/cookies';

const PROBE = '__consentry_probe';
const EXPIRED = 'max-age=0';

/**
 * The registrable domain (`shop.example`, `shop.co.uk`), found the way the browser decides it:
 * the highest parent of `host` that accepts a cookie, since public suffixes (`co.uk`) refuse.
 * No suffix list to ship or keep up to date.
 */
export function registrableDomain(doc: Document, host: string): string {
  // IP addresses and single labels have no parent a cookie could be set on.
  if (!host.includes('.') || /^[\d.]+$|:/.test(host)) return host;
  const labels = host.split('.');
  for (let i = labels.length - 2; i > 0; i--) {
    const domain = labels.slice(i).join('.');
    doc.cookie = `${PROBE}=1; path=/; domain=${domain}`;
    if (cookieNames(doc).includes(PROBE)) {
      doc.cookie = `${PROBE}=; path=/; domain=${domain}; ${EXPIRED}`;
      return domain;
    }
  }
  return host;
}

/** `www.shop.example` up to `shop.example`: every domain a cookie of this page may sit on. */
export function cookieDomains(host: string, registrable: string): string[] {
  const out: string[] = [];
  for (let d = host; d.length >= registrable.length && d.includes('.'); d = d.slice(d.indexOf('.') + 1)) out.push(d);
  return out.length ? out : [host];
}

/** Expires `names` on the host (host-only and as a domain cookie) and each parent domain. */
export function deleteCookies(doc: Document, loc: Location, names: readonly string[], domains: readonly string[]): void {
  // A cookie set without a path gets the page's directory as its path.
  const paths = new Set(['/', loc.pathname, loc.pathname.replace(/\/[^/]*$/, '') || '/']);
  for (const name of names) {
    for (const path of paths) {
      const base = `${name}=; ${EXPIRED}; path=${path}`;
      doc.cookie = base;
      for (const domain of domains) doc.cookie = `${base}; domain=${domain}`;
    }
  }
}
