// What can be wrong with a site's setup, as data. The boot reports a problem by its code and
// never carries the wording: that lives in messages.ts, which the script tag fetches only when
// there is something to say (the npm build includes it). One code, one message.
import type { Spec } from './spec';

export type ProblemCode =
  | 'unknown-key'
  | 'bad-id'
  | 'required'
  | 'label'
  | 'twice'
  | 'not-in-catalog'
  | 'no-catalog'
  | 'no-category'
  | 'bad-category'
  | 'no-hosts'
  | 'shared-host'
  | 'unreadable'
  | 'bad-json'
  | 'bad-global'
  | 'start-up'
  | 'unknown-id'
  | 'necessary'
  | 'set-consent'
  | 'on'
  | 'registered'
  | 'threw'
  | 'hook'
  | 'not-saved'
  | 'feature'
  | 'no-worker'
  | 'no-feature'
  | 'not-first'
  | 'no-nonce'
  | 'prefix'
  | 'unmarked';

/**
 * Where each problem goes: the path names the key or call (`config.vendors[2]`, `register(vendor)`),
 * the code says what is wrong, or is the shape the value must fit, and the details fill the message.
 */
export type Report = (path: string, code: ProblemCode | Spec, ...details: string[]) => void;

export type Problem = readonly [path: string, code: ProblemCode | Spec, ...details: string[]];

/** The message of an error, for a detail; whatever was thrown. */
export const why = (e: unknown): string => (e instanceof Error ? e.message : 'it threw');
