// Where the record lives: one first-party cookie. When the browser refuses cookies (disabled,
// sandboxed frames, a throwing document.cookie) the choice still applies to this page view from
// memory, so the shopper is never stuck behind a banner that cannot close.
//
// Written with document.cookie directly, not js-cookie: the record's encoding is cookie-safe by
// design (shared/consent-record.ts), so a cookie library's escaping has nothing to do, and its
// 0.7 KB gzip would be paid before first paint on every page (the boot's budget is 9 KB).
// Reading parses document.cookie exactly as js-cookie did (earlier releases wrote through it, and
// the hostile-cookie properties in test/unit/shared/consent-record.hardening.test.ts are written against that reading).
import { decodeRecord, encodeRecord, recordExpiry } from '../shared/consent-record';
import type { ConsentRecord, ResolvedConfig } from '../shared/types';

export interface ConsentStore {
  /** The valid record, or null: missing, garbage, expired, future-dated or an old revision. */
  read(now: number): ConsentRecord | null;
  write(record: ConsentRecord): void;
  /** Re-write the cookie with its original date so browser lifetime caps don't end it early. */
  refresh(record: ConsentRecord): void;
  remove(): void;
}

export function createConsentStore(config: ResolvedConfig, win: Window): ConsentStore {
  const doc = win.document;
  const { name, domain } = config.cookie;
  const attributes = `; path=/; samesite=lax${win.location.protocol === 'https:' ? '; secure' : ''}${domain ? `; domain=${domain}` : ''}`;
  let memory: string | undefined;
  let cookiesWork = true;

  /**
   * The cookie called `name`; a cookie whose name or value is not valid percent-encoding is
   * skipped. Two of that name with different values (a sibling subdomain can set one for the
   * parent domain or a deeper path) are no consent: nothing says which one the site wrote.
   */
  const stored = (): string | undefined => {
    let found: string | undefined;
    for (const part of doc.cookie.split('; ')) {
      const [key = '', ...rest] = part.split('=');
      let value = rest.join('=');
      if (value[0] === '"') value = value.slice(1, -1);
      try {
        if (decodeURIComponent(key) === name) {
          value = value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
          if (found != null && found !== value) return;
          found = value;
        }
      } catch {}
    }
    return found;
  };
  const raw = (): string | undefined => {
    if (!cookiesWork) return memory;
    try {
      return stored();
    } catch {
      return memory;
    }
  };

  /** `check`: read the cookie back to learn whether the browser keeps it (each read is a synchronous round trip). */
  const put = (record: ConsentRecord, check: boolean) => {
    const value = encodeRecord(record);
    memory = value;
    try {
      doc.cookie = `${name}=${value}; expires=${recordExpiry(record, config.consentDays).toUTCString()}${attributes}`;
      if (check) cookiesWork = stored() === value;
    } catch {
      cookiesWork = false;
    }
  };

  return {
    read: (now) => decodeRecord(raw(), { now, consentDays: config.consentDays, revision: config.revision }),
    // Before the site's own cookie is written, every other one of its name this page can reach
    // (host-only or for each parent domain, on this path or a parent) goes, so a tossed cookie
    // does not bring the banner back on every page.
    write: (record) => {
      try {
        const labels = win.location.hostname.split('.');
        const dirs = win.location.pathname.split('/');
        // '' is the host-only cookie; each path twice, as `/a` and `/a/` are different cookies.
        for (const domain of ['', ...labels.map((_, d) => `; domain=${labels.slice(d).join('.')}`)])
          for (let p = 1; p <= dirs.length; p++) {
            const path = dirs.slice(0, p).join('/');
            doc.cookie = `${name}=; max-age=0; path=${path || '/'}${domain}`;
            doc.cookie = `${name}=; max-age=0; path=${path}/${domain}`;
          }
      } catch {}
      put(record, true);
    },
    // With a receipt endpoint the server's Set-Cookie refreshes the cookie: a script write
    // would bring back Safari's seven-day cap on script-set cookies. A record that was just read
    // from the cookie proves cookies work, so the refresh is not read back.
    refresh: (record) => {
      if (!config.receiptEndpoint) put(record, false);
    },
    remove: () => {
      memory = undefined;
      try {
        doc.cookie = `${name}=; max-age=0${attributes}`;
      } catch {
        // Nothing was stored; nothing to remove.
      }
    },
  };
}
