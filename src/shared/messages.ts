// The words of every problem Consentry reports: what is wrong and what to do. Kept apart from the
// checks so the render-blocking boot carries none of them; the script tag fetches them with
// consentry-later.js only when it has something to say.
import type { Problem, ProblemCode } from './problems';
import type { Hint, Spec } from './spec';
import type { Log } from './listeners';

const HINTS: Record<Hint, string> = {
  id: 'an id of lower-case letters, digits, "-" or "_" (at most 40)',
  host: 'a lower-case host name such as "static.example.com" (no scheme or wildcard)',
  cookie: 'a cookie name of letters, digits, "-" or "_"',
  domain: 'a domain such as ".shop.example"',
  language: 'a language tag such as "en-GB", "fr" or "de"',
  region: 'an ISO 3166 code such as "GB" or "ES-CT"',
};

/** What the value must be, for the console error. */
export function describe(s: Spec): string {
  switch (s.t) {
    case 'bool':
      return 'true or false';
    case 'int':
      return `a whole number from ${s.min} to ${s.max}`;
    case 'str':
      return s.hint ? HINTS[s.hint] : 'a string';
    case 'enum':
      return `one of ${s.of.map((o) => `"${o}"`).join(', ')}`;
    case 'url':
      return 'an http(s) or relative URL';
    case 'fn':
      return 'a function';
    case 'list':
      return `an array of ${describe(s.of)}`;
    case 'obj':
      return `an object with ${Object.keys(s.props).join(', ')}`;
    case 'map':
      return `an object of ids to ${describe(s.of)}`;
    case 'either':
      return s.of.map(describe).join(', or ');
  }
}

const BLOCKED = 'fix it, everything optional stays blocked until then';

const MESSAGES: Record<ProblemCode, (...d: string[]) => string> = {
  'unknown-key': (keys) => `is not a known setting; remove it or use one of ${keys}`,
  'bad-id': () => 'is not a valid id: use lower-case letters, digits, "-" or "_"',
  required: () => 'is required',
  label: () => 'is required for a category of your own',
  twice: (id) => `lists "${id}" twice; list each vendor once`,
  'not-in-catalog': (id, ids) => `"${id}" is not in the catalog (${ids}); check the spelling or give a full vendor definition`,
  // The npm build bundles no catalog, so that a site pays only for the vendors it imports.
  'no-catalog': (id) =>
    `"${id}" is a string, but the npm build has no catalog; import the vendor object from 'consentry/vendors' and list it instead`,
  'no-category': () => 'needs a "category" (and "hosts"), since it is not in the catalog',
  'bad-category': (category, ids) => `has category "${category}", which is not one of ${ids}`,
  'no-hosts': () => 'needs "hosts", since it is not in the catalog',
  'shared-host': (host) => `claims "${host}", a shared CDN or platform domain; claim the vendor's exact host instead`,
  unreadable: (e) => `could not be read (${e}); ${BLOCKED}`,
  'bad-json': (e) => `is not valid JSON (${e}); ${BLOCKED}`,
  'bad-global': (e) => `could not be read (${e}); set it to a plain object`,
  'start-up': (e) => `failed (${e}); nothing optional will run on this page`,
  'unknown-id': () => 'is not a category or vendor of this site; check the id',
  necessary: () => 'cannot be switched off',
  'set-consent': () => 'takes an object of category or vendor ids to true or false, e.g. { analytics: true }',
  on: () => 'takes the event "change" and a function',
  registered: (id) => `"${id}" is already a vendor of this site; use another id`,
  threw: (e) => `threw: ${e}`,
  hook: (e) => `threw (${e}); cleanup continues`,
  'not-saved': (e) => `could not be saved (${e}); nothing optional was allowed`,
  feature: (e) => `failed to start: ${e}`,
  'no-feature': () => 'does nothing: the feature that provides it did not start',
  'no-worker': (e) => `did not register (${e}); serve it from the site's root, or send Service-Worker-Allowed`,
  'not-first': () =>
    'was loaded async, defer, as a module or by another script, so tags before it escape the gate; load it by a plain <script src> first in <head>',
  'no-nonce': () => "lacks the page's nonce, so it will never run; give it the nonce of consentry.js",
  unmarked: (name, id, src) =>
    `in the page's HTML loads ${name} before any choice; mark it up: <script type="text/plain" data-consentry="${id}" src="${src}"></script>`,
  prefix: (id) => `not written: it starts like a name of ${id}, not allowed; rename it if it is the site's own`,
};

/** A problem in words: the path, then what is wrong and what to do. */
export function wording([path, code, ...details]: Problem): string {
  return `${path} ${typeof code === 'string' ? MESSAGES[code](...details) : `must be ${describe(code)}`}`;
}

/** The console line for a problem. */
export const message = (problem: Problem): string => `Consentry: ${wording(problem)}.`;

/**
 * Writes a problem's console line: by `log`, or by `warn` (a console warning unless the site chose
 * its own log) for what is worth fixing but holds nothing back (an unmarked tag the gate holds anyway).
 */
export const printProblem =
  (log: Log, warn: Log = (m) => console.warn(m)) =>
  (problem: Problem): void =>
    (problem[1] === 'unmarked' ? warn : log)(message(problem));
