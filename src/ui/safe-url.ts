// Links come from config and catalog, which anyone could get wrong or poison: only http(s)
// (absolute or relative to the page) ever becomes an href.

/** The resolved URL when it is http: or https:, else null. */
export function safeUrl(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}
