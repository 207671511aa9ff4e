// The shape of a site's configuration and of a vendor definition, written once. The validator
// reads these at start-up; scripts/write-schema.ts turns them into schema.json.
import { ID_PATTERN } from './ids';
import { UI_LANGUAGES } from './languages';
import { TEXT_KEYS } from './text-keys';
import type { Spec } from './spec';

export { ID_PATTERN as ID };
const id: Spec = { t: 'str', re: ID_PATTERN, hint: 'id' };
const text: Spec = { t: 'str' };
const bool: Spec = { t: 'bool' };
const strings: Spec = { t: 'list', of: text };
export const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;
const host: Spec = { t: 'str', re: HOST, hint: 'host' };
const entries = (keys: readonly string[], spec: Spec) => Object.fromEntries(keys.map((k) => [k, spec]));
/** Some UI strings by key: the flat `text`, and each language's. */
export const TEXTS: Spec & { t: 'obj' } = { t: 'obj', props: entries(TEXT_KEYS, text) };
const signal: Spec = { t: 'enum', of: ['reject-all', 'reject-marketing', 'ignore'] };

/** Vendor fields. Every one may override a catalog entry; a new vendor needs id, category and hosts. */
export const VENDOR: Spec = {
  t: 'obj',
  req: ['id'],
  props: {
    id,
    name: text,
    company: text,
    category: id,
    purpose: text,
    hosts: { t: 'list', of: host, strict: true },
    urls: {
      t: 'list',
      of: {
        t: 'obj',
        req: ['host'],
        props: { host, pathPrefix: text, query: { t: 'obj', req: ['name', 'valuePrefix'], props: { name: text, valuePrefix: text } } },
      },
    },
    cookies: {
      t: 'list',
      of: {
        t: 'obj',
        req: ['name'],
        props: { name: text, prefix: bool, party: { t: 'enum', of: ['first', 'third'] }, lifetime: text, purpose: text },
      },
    },
    storage: { t: 'obj', props: { local: strings, session: strings, indexedDB: strings, keep: strings } },
    policyUrl: { t: 'url' },
    leavesUkEea: bool,
    onAllow: { t: 'fn' },
    onWithdraw: { t: 'fn' },
    embed: { t: 'enum', of: ['video', 'map', 'content'] },
  },
};

export const CONFIG: Spec & { t: 'obj' } = {
  t: 'obj',
  props: {
    vendors: { t: 'list', of: { t: 'either', of: [id, VENDOR] } },
    categories: { t: 'map', key: ID_PATTERN, of: { t: 'obj', props: { label: text, description: text } } },
    revision: { t: 'int', min: 0, max: 999_999_999 },
    policyUrl: { t: 'url' },
    cookie: {
      t: 'obj',
      props: {
        name: { t: 'str', re: /^[A-Za-z0-9_-]{1,64}$/, hint: 'cookie' },
        domain: { t: 'str', re: /^\.?([a-z0-9-]+\.)+[a-z0-9-]+$/, hint: 'domain' },
      },
    },
    consentDays: { t: 'int', min: 1, max: 730 },
    language: { t: 'str', re: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, hint: 'language' },
    languages: { t: 'list', of: { t: 'enum', of: UI_LANGUAGES } },
    // One key never means both: a string is a UI string, an object a language's strings.
    text: { t: 'obj', props: { ...TEXTS.props, ...entries(UI_LANGUAGES, TEXTS) } },
    signals: { t: 'obj', props: { dnt: signal, gpc: signal } },
    googleConsentMode: {
      t: 'either',
      of: [
        bool,
        {
          t: 'obj',
          props: {
            mode: { t: 'enum', of: ['basic', 'advanced'] },
            region: { t: 'list', of: { t: 'str', re: /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, hint: 'region' } },
            adsDataRedaction: bool,
            urlPassthrough: bool,
          },
        },
      ],
    },
    reloadOnWithdraw: bool,
    receiptEndpoint: { t: 'url' },
    layout: { t: 'enum', of: ['bar', 'modal'] },
    debug: bool,
    placeholders: bool,
    serviceWorker: { t: 'either', of: [{ t: 'url' }, { t: 'obj', req: ['url'], props: { url: { t: 'url' }, register: bool } }] },
  },
};
