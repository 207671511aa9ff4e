// Which vendor a URL belongs to. The URL parser does the hard part: it lower-cases the host,
// decodes percent-escapes, turns IDN into punycode and drops `user@`, so a matcher that only
// compares parsed host names cannot be fooled by how a tag spells its address.
import type { Vendor, VendorUrlPattern } from '../../shared/types';

/** `host` is `claim` or a subdomain of it: `x.hotjar.com` yes, `nothotjar.com` no. */
const within = (host: string, claim: string) => host === claim || host.endsWith('.' + claim);

const matches = (u: URL, host: string, p: VendorUrlPattern) =>
  within(host, p.host) &&
  u.pathname.startsWith(p.pathPrefix ?? '') &&
  (!p.query || !!u.searchParams.get(p.query.name)?.startsWith(p.query.valuePrefix));

/**
 * The vendor that claims `url`, or undefined. URL patterns (host plus path or query id) are
 * tried before whole hosts, so `gtag/js?id=G-...` can be analytics while `id=DC-...` is
 * marketing on the same host. A `gtm.js` container is the site's own tag manager, never a
 * vendor: what it loads is gated on its own. A relative `url` resolves against `base` (the
 * gate passes the document's base URI); without one, only absolute URLs can match.
 */
export function vendorForUrl(url: string, vendors: readonly Vendor[], base?: string): Vendor | undefined {
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
  // A trailing dot names the same host (`hotjar.com.`); the parser keeps it, so drop it here.
  const host = u.hostname.replace(/\.$/, '');
  if (!host || u.pathname.endsWith('/gtm.js')) return undefined;
  return (
    vendors.find((v) => v.urls?.some((p) => matches(u, host, p))) ??
    vendors.find((v) => v.hosts.some((h) => within(host, h)))
  );
}
