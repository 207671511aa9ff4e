// The consent record's cookie format. A compact dotted string rather than JSON: JSON's quotes
// and braces are percent-encoded in a cookie and would triple its size.
//
//   1.<id>.<consented, seconds base 36>.<revision>.<categories>.<vendors>.<seen vendors>.<signals>
//   1.Xk3...16chars.t3x9qa.2.analytics:1b+marketing:0p.hotjar:0.hotjar+mixpanel.gpc
//
// Ids are restricted to [a-z0-9_-] by the config validator, so `.`, `+` and `:` never clash.
import { ID_PATTERN, ID_SOURCE, RECORD_ID } from './ids';
import { SIGNAL_NAMES, type CategoryChoice, type ConsentMethod, type ConsentRecord, type SignalName } from './types';

export const DAY_MS = 86_400_000;
/** Records written by another program or hand-edited past this length are not trusted. */
export const MAX_RECORD_LENGTH = 3800;
/** Clocks drift; a time a few minutes in the future is a clock, further is a forgery. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

const METHOD_CODES: Record<ConsentMethod, string> = { banner: 'b', preferences: 'p', api: 'a', signal: 's', placeholder: 'e' };
/** The other way round, derived so the two cannot disagree. */
const METHODS = Object.fromEntries(Object.entries(METHOD_CODES).map(([method, code]) => [code, method])) as Record<string, ConsentMethod>;

export { ID_PATTERN, RECORD_ID };
/** `id:1b` for a category (granted, by banner), `id:0` for a vendor: the method letter is a category's alone. */
const ENTRY = new RegExp(`^(${ID_SOURCE}):([01])([bpase]?)$`);

export interface RecordRules {
  readonly now: number;
  readonly consentDays: number;
  readonly revision: number;
}

const list = (items: readonly string[]) => items.join('+');
const items = (field: string) => (field ? field.split('+') : []);

export function encodeRecord(record: ConsentRecord): string {
  const categories = Object.keys(record.categories).map((id) => {
    const choice = record.categories[id]!;
    return `${id}:${choice.granted ? 1 : 0}${METHOD_CODES[choice.method]}`;
  });
  const vendors = Object.keys(record.vendors).map((id) => `${id}:${record.vendors[id] ? 1 : 0}`);
  return [
    '1',
    record.id,
    Math.floor(record.consentedAt / 1000).toString(36),
    String(record.revision),
    list(categories),
    list(vendors),
    list(record.seenVendors),
    list(record.signals),
  ].join('.');
}

/** Parses a cookie value; anything that is not a valid, current record is `null`. Never throws. */
export function decodeRecord(value: unknown, rules: RecordRules): ConsentRecord | null {
  if (typeof value !== 'string' || value.length > MAX_RECORD_LENGTH) return null;
  const fields = value.split('.');
  if (fields.length !== 8 || fields[0] !== '1') return null;
  const [, id, at, rev, cats, vends, seen, sigs] = fields as [string, string, string, string, string, string, string, string];
  if (!RECORD_ID.test(id) || !/^[0-9a-z]{1,9}$/.test(at) || !/^\d{1,9}$/.test(rev)) return null;

  const consentedAt = parseInt(at, 36) * 1000;
  const revision = Number(rev);
  if (consentedAt > rules.now + FUTURE_TOLERANCE_MS) return null;
  if (rules.now - consentedAt > rules.consentDays * DAY_MS) return null;
  if (revision < rules.revision) return null;

  // Null-prototype maps: a category named `constructor` must be data, not a prototype lookup.
  const categories: Record<string, CategoryChoice> = Object.create(null);
  for (const entry of items(cats)) {
    const m = ENTRY.exec(entry);
    if (!m?.[3] || m[1]! in categories) return null;
    categories[m[1]!] = { granted: m[2] === '1', method: METHODS[m[3]!]! };
  }
  const vendors: Record<string, boolean> = Object.create(null);
  for (const entry of items(vends)) {
    const m = ENTRY.exec(entry);
    if (!m || m[3] || m[1]! in vendors) return null;
    vendors[m[1]!] = m[2] === '1';
  }
  const seenVendors = items(seen);
  if (!seenVendors.every((v) => ID_PATTERN.test(v))) return null;
  const signals = items(sigs);
  if (!signals.every((s): s is SignalName => (SIGNAL_NAMES as readonly string[]).includes(s))) return null;

  return freezeRecord({ version: 1, id, consentedAt, revision, categories, vendors, seenVendors, signals });
}

/**
 * Records reach page code (`getConsent()`, change listeners, `consentry:change`), and the core
 * decides from the same object: frozen all the way down, so no script can grant what the
 * shopper did not.
 */
export function freezeRecord(record: ConsentRecord): ConsentRecord {
  for (const choice of Object.values(record.categories)) Object.freeze(choice);
  [record.categories, record.vendors, record.seenVendors, record.signals].forEach((part) => Object.freeze(part));
  return Object.freeze(record);
}

/**
 * What a record says, whatever its encoding, date or how each answer was given: the answers per
 * category and vendor, who was asked, and which signals stood. Two records with the same meaning
 * allow the same things, so no change is announced between them.
 */
export function meaning(record: ConsentRecord | null): string {
  if (!record) return '';
  const sorted = (o: object) => Object.keys(o).sort();
  return JSON.stringify([
    sorted(record.categories).map((id) => [id, record.categories[id]!.granted]),
    sorted(record.vendors).map((id) => [id, record.vendors[id]]),
    [...record.seenVendors].sort(),
    [...record.signals].sort(),
  ]);
}

/** The cookie may live until the two-year rule ends it, and never longer. */
export function recordExpiry(record: ConsentRecord, consentDays: number): Date {
  return new Date(record.consentedAt + consentDays * DAY_MS);
}

/** 96 random bits, URL- and cookie-safe. */
export function newRecordId(crypto: { getRandomValues(array: Uint8Array): Uint8Array }): string {
  let bytes: Uint8Array;
  try {
    bytes = crypto.getRandomValues(new Uint8Array(12));
  } catch {
    // No Web Crypto (an old engine, a broken shim): a weaker id beats a shopper stuck at the banner.
    bytes = Uint8Array.from({ length: 12 }, () => Math.random() * 256);
  }
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_');
}
