// Tests for untrusted values (config, records, request bodies), defined once.

/** An own property, never one inherited from a prototype a page script may have polluted. */
// biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022, newer than the browsers the boot supports
export const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** A non-null, non-array object. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object literal as JSON.parse makes it: no class instance, no exotic prototype. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  isObject(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));
