// Links come from config and catalog, which anyone could get wrong or poison: only http(s)
// (absolute or relative to the page) ever becomes an href.

import { isSafeUrl } from '../shared/spec';

/** The resolved URL when `url` passes the one URL rule (`isSafeUrl`) and resolves, else null. */
export function safeUrl(url: string | null | undefined, base: string): string | null {
  if (!url || !isSafeUrl(url)) return null;
  try {
    // A URL with no scheme takes the page's own (http or https) from `base`.
    return new URL(url, base).href;
  } catch {
    return null;
  }
}
