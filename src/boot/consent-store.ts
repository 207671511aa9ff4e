// Where the record lives: one first-party cookie, through js-cookie. When the browser refuses
// cookies (disabled, sandboxed frames, a throwing document.cookie) the choice still applies to
// this page view from memory, so the shopper is never stuck behind a banner that cannot close.
import Cookies from 'js-cookie';
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
  const { name, domain } = config.cookie;
  const jar = Cookies.withAttributes({
    path: '/',
    sameSite: 'Lax',
    secure: win.location.protocol === 'https:',
    ...(domain ? { domain } : {}),
  });
  let memory: string | undefined;
  let cookiesWork = true;

  const raw = (): string | undefined => {
    if (!cookiesWork) return memory;
    try {
      return jar.get(name);
    } catch {
      return memory;
    }
  };

  const put = (record: ConsentRecord) => {
    const value = encodeRecord(record);
    memory = value;
    try {
      jar.set(name, value, { expires: recordExpiry(record, config.consentDays) });
      cookiesWork = jar.get(name) === value;
    } catch {
      cookiesWork = false;
    }
  };

  return {
    read: (now) =>
      decodeRecord(raw(), { now, consentDays: config.consentDays, revision: config.revision }),
    write: put,
    // With a receipt endpoint the server's Set-Cookie refreshes the cookie: a script write
    // would bring back Safari's seven-day cap on script-set cookies.
    refresh: (record) => {
      if (!config.receiptEndpoint) put(record);
    },
    remove: () => {
      memory = undefined;
      try {
        jar.remove(name);
      } catch {
        // Nothing was stored; nothing to remove.
      }
    },
  };
}
