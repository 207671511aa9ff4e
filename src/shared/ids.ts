// What an id looks like, defined once: the config validator, the record's parser and the receipt
// server all test ids against these.

/** A category or vendor id: lower case, digits, `_` and `-`, up to 40. Never `.`, `+` or `:`, so
 * the record's separators cannot clash with an id. */
export const ID_SOURCE = '[a-z0-9][a-z0-9_-]{0,39}';
export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);
/** The record's random id: 96 bits in URL- and cookie-safe base 64. */
export const RECORD_ID = /^[A-Za-z0-9_-]{16}$/;
