// Which vendor a URL belongs to. The URL parser does the hard part: it lower-cases the host,
// decodes percent-escapes, turns IDN into punycode and drops `user@`, so a matcher that only
// compares parsed host names cannot be fooled by how a tag spells its address.
import type { VendorRules, VendorUrlPattern } from '../../shared/types';

/** `host` is `claim` or a subdomain of it: `x.hotjar.com` yes, `nothotjar.com` no. */
const within = (host: string, claim: string) => host === claim || host.endsWith(`.${claim}`);

/**
 * Every value of a repeated parameter counts (`?id=x&id=G-1`). A Google tag id (`GT-`) can carry
 * any destination, so it belongs to every vendor claiming a tag id there, and waits for them all.
 */
const matches = (u: URL, host: string, p: VendorUrlPattern) =>
  within(host, p.host) &&
  u.pathname.startsWith(p.pathPrefix ?? '') &&
  (!p.query || u.searchParams.getAll(p.query.name).some((v) => v.startsWith(p.query!.valuePrefix) || v.startsWith('GT-')));

/**
 * The vendor that claims `url`, or undefined. URL patterns (host plus path or query id) are
 * tried before whole hosts, so `gtag/js?id=G-...` can be analytics while `id=DC-...` is
 * marketing on the same host. A `gtm.js` container is the site's own tag manager, never a
 * vendor: what it loads is gated on its own. A relative `url` resolves against `base` (the
 * gate passes the document's base URI); without one, only absolute URLs can match. A URL that
 * several vendors claim (a `GT-` tag) goes to the first of them not `allowed`.
 */
export function vendorForUrl<V extends VendorRules>(
  url: string,
  vendors: readonly V[],
  base?: string,
  allowed?: (id: string) => boolean,
): V | undefined {
  // A data: URL has no host, whatever follows; placeholders in image-heavy pages are data: GIFs,
  // so they skip the parser. Only the exact lower- or upper-case prefix qualifies: anything the
  // parser would still have to clean up (leading spaces, tabs) takes the full path below.
  if (/^data:/i.test(url)) return undefined;
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return undefined;
  }
  // A javascript: URL (a frame's src) loads what its text names: each URL in it (`//host`, with any scheme) is checked.
  if (u.protocol === 'javascript:')
    return unescape(u.href)
      .match(/\/\/[^\s'"`<>\\)]+/gi)
      ?.map((m) => vendorForUrl(m, vendors, base, allowed))
      .find(Boolean);
  // A trailing dot names the same host (`hotjar.com.`); the parser keeps it, so drop it here.
  const host = u.hostname.replace(/\.$/, '');
  // Only on Google's tag host: a gtm.js on a vendor's own host is that vendor's.
  if (!host || (u.pathname.endsWith('/gtm.js') && within(host, 'googletagmanager.com'))) return undefined;
  // Of the vendors a URL belongs to, the first one not `allowed` claims it.
  const find = (f: (v: V) => boolean | undefined) => vendors.find((v) => f(v) && !allowed?.(v.id)) ?? vendors.find(f);
  return find((v) => v.urls?.some((p) => matches(u, host, p))) ?? find((v) => v.hosts.some((h) => within(host, h)));
}
