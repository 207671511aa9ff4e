// What the server accepts as a receipt: exactly the shape the browser sends, nothing more. A
// receipt is evidence, so anything unexpected (an extra key, a wrong type, a query string in
// the page, a date that does not round-trip) is refused rather than "cleaned up".
import { ID_PATTERN, RECORD_ID } from '../shared/ids';
import { isPlainObject, own } from '../shared/objects';
import { CONSENT_METHODS, SIGNAL_NAMES, type ConsentMethod, type ConsentReceipt, type SignalName } from '../shared/types';

/** A receipt as stored: `page` is always a path (only `exportConsent()` may lack one). */
export type StoredReceipt = ConsentReceipt & { readonly page: string };

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const KEYS = ['recordId', 'time', 'revision', 'choices', 'method', 'page', 'textHash', 'userAgent', 'signals'] as const;
const METHODS: readonly string[] = CONSENT_METHODS;
const SIGNALS: readonly unknown[] = SIGNAL_NAMES;
/** More choices than any real site has categories and vendors; bounds the work per request. */
export const MAX_CHOICES = 200;
const MAX_PAGE = 2048;
const MAX_USER_AGENT = 512;
// Printable text only: a control character in a stored receipt could forge a log or CSV line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern refuses control characters, so it must name them
const PRINTABLE = /^[^\u0000-\u001f\u007f]*$/;
/** Text every store can keep: PostgreSQL's jsonb refuses NUL (above) and a lone UTF-16 surrogate. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const text = (v: string) => PRINTABLE.test(v) && !LONE_SURROGATE.test(v);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const fail = (problem: string): Checked<never> => ({ ok: false, problem });

/** Checks a parsed JSON value; the problem names the key and what it must be. */
export function checkReceipt(v: unknown): Checked<StoredReceipt> {
  if (!isPlainObject(v)) return fail('the body must be a JSON object');
  for (const key of Object.keys(v)) {
    if (!(KEYS as readonly string[]).includes(key)) return fail(`"${key.slice(0, 40)}" is not a receipt key (allowed: ${KEYS.join(', ')})`);
  }
  for (const key of KEYS) if (!own(v, key)) return fail(`"${key}" is missing`);

  const { recordId, time, revision, choices, method, page, textHash, userAgent, signals } = v;
  if (typeof recordId !== 'string' || !RECORD_ID.test(recordId))
    return fail('"recordId" must be the 16-character record id from the consent cookie');
  if (typeof time !== 'string' || !ISO_TIME.test(time) || Number.isNaN(Date.parse(time)) || new Date(time).toISOString() !== time)
    return fail('"time" must be a UTC date like 2026-01-31T12:00:00.000Z');
  if (!Number.isSafeInteger(revision) || (revision as number) < 0 || (revision as number) > 999_999_999)
    return fail('"revision" must be a whole number from 0');
  if (!isPlainObject(choices)) return fail('"choices" must be an object of ids to true or false');
  const ids = Object.keys(choices);
  if (ids.length > MAX_CHOICES) return fail(`"choices" may hold at most ${MAX_CHOICES} ids`);
  // Rebuilt key by key into a null-prototype map: `constructor` is data, never a prototype lookup.
  const cleanChoices: Record<string, boolean> = Object.create(null);
  for (const id of ids) {
    if (!ID_PATTERN.test(id)) return fail(`"choices.${id.slice(0, 40)}" is not a category or vendor id ([a-z0-9_-], up to 40)`);
    if (typeof choices[id] !== 'boolean') return fail(`"choices.${id}" must be true or false`);
    cleanChoices[id] = choices[id] as boolean;
  }
  if (!METHODS.includes(method as string)) return fail(`"method" must be one of ${METHODS.join(', ')}`);
  if (typeof page !== 'string' || !page.startsWith('/') || page.length > MAX_PAGE || /[?#]/.test(page) || !text(page))
    return fail(
      `"page" must be a path starting with / without query, fragment, control characters or lone surrogates, at most ${MAX_PAGE} characters`,
    );
  if (textHash !== null && (typeof textHash !== 'string' || !/^[0-9a-f]{64}$/.test(textHash)))
    return fail('"textHash" must be null or a SHA-256 in lower-case hex');
  if (typeof userAgent !== 'string' || userAgent.length > MAX_USER_AGENT || !text(userAgent))
    return fail(`"userAgent" must be printable text (no control characters or lone surrogates) of at most ${MAX_USER_AGENT} characters`);
  if (
    !Array.isArray(signals) ||
    signals.length > SIGNALS.length ||
    new Set(signals).size !== signals.length ||
    !signals.every((s) => SIGNALS.includes(s))
  )
    return fail(`"signals" must be a list of distinct values from ${SIGNALS.join(', ')}`);

  return {
    ok: true,
    value: {
      recordId,
      time,
      revision: revision as number,
      choices: { ...cleanChoices },
      method: method as ConsentMethod,
      page,
      textHash: textHash as string | null,
      userAgent,
      signals: signals as SignalName[],
    },
  };
}
