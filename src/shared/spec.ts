// A tiny declarative shape language. The config and vendor shapes are written once in it; the
// validator below reads them at run time, and a build-time script turns the same shapes into the
// published JSON Schema, so the two cannot drift apart. Messages are generated from the shape,
// which keeps every "what to fix" accurate (their words are in messages.ts).

export type Spec =
  | { readonly t: 'bool' }
  | { readonly t: 'int'; readonly min: number; readonly max: number }
  | { readonly t: 'str'; readonly re?: RegExp; readonly hint?: Hint }
  | { readonly t: 'enum'; readonly of: readonly string[] }
  | { readonly t: 'url' }
  | { readonly t: 'fn' }
  | { readonly t: 'list'; readonly of: Spec; readonly strict?: boolean }
  | { readonly t: 'obj'; readonly props: { readonly [key: string]: Spec }; readonly req?: readonly string[] }
  | { readonly t: 'map'; readonly key: RegExp; readonly of: Spec }
  | { readonly t: 'either'; readonly of: readonly Spec[] };

import { isObject, own } from './objects';
import type { Report } from './problems';

/** Which wording (shared/messages.ts) says what a patterned string must look like. */
export type Hint = 'id' | 'host' | 'cookie' | 'domain' | 'language' | 'region';

export type { Report };

export { isObject };

/** Only http(s) and relative URLs reach an `href`; `javascript:` and friends never do. */
export function isSafeUrl(v: unknown): v is string {
  // Control characters are refused too: browsers strip them, turning "java\tscript:" into a scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this check
  if (typeof v !== 'string' || v.length > 2048 || /[\u0000-\u001f]/.test(v)) return false;
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(v);
  return !scheme || /^https?$/i.test(scheme[1]!);
}

const KINDS: Record<Spec['t'], string> = {
  bool: 'boolean',
  int: 'number',
  str: 'string',
  enum: 'string',
  url: 'string',
  fn: 'function',
  list: 'array',
  obj: 'object',
  map: 'object',
  either: '',
};
const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/**
 * Returns the value when it fits (objects and lists keep their fitting parts and report the
 * rest), or undefined after reporting why it does not. Keys are copied into fresh objects,
 * so `__proto__` in input is data and never reaches Object.prototype.
 */
export function check(s: Spec, v: unknown, path: string, report: Report): unknown {
  const fail = () => void report(path, s);
  switch (s.t) {
    case 'bool':
      return typeof v === 'boolean' ? v : fail();
    case 'int':
      return Number.isInteger(v) && (v as number) >= s.min && (v as number) <= s.max ? v : fail();
    case 'str':
      return typeof v === 'string' && v.length <= 2000 && (!s.re || s.re.test(v)) ? v : fail();
    case 'enum':
      return s.of.includes(v as string) ? v : fail();
    case 'url':
      return isSafeUrl(v) ? v : fail();
    case 'fn':
      return typeof v === 'function' ? v : fail();
    case 'either': {
      // Check against the alternative of the same kind, so its own problems are named.
      const match = s.of.find((o) => KINDS[o.t] === kind(v));
      return match ? check(match, v, path, report) : fail();
    }
    case 'list': {
      if (!Array.isArray(v)) return fail();
      const out: unknown[] = [];
      v.forEach((item, i) => {
        const ok = check(s.of, item, `${path}[${i}]`, report);
        if (ok !== undefined) out.push(ok);
      });
      // A strict list is all or nothing: a vendor must not lose one host quietly and leak to it.
      return s.strict && out.length < v.length ? undefined : out;
    }
    case 'obj':
    case 'map': {
      if (!isObject(v)) return fail();
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        const sub = s.t === 'obj' ? (own(s.props, key) ? s.props[key] : undefined) : s.key.test(key) ? s.of : undefined;
        const at = `${path}.${key}`;
        if (!sub) {
          s.t === 'obj' ? report(at, 'unknown-key', Object.keys(s.props).join(', ')) : report(at, 'bad-id');
          continue;
        }
        const ok = check(sub, v[key], at, report);
        if (ok !== undefined) Object.defineProperty(out, key, { value: ok, enumerable: true, writable: true, configurable: true });
      }
      if (s.t === 'obj') {
        for (const key of s.req ?? []) {
          if (!(key in out)) {
            report(`${path}.${key}`, 'required');
            return undefined;
          }
        }
      }
      return out;
    }
  }
}
