// The public API is called by site code, tag managers and browser extensions, with whatever
// arguments they have. A model of the contract (setConsent changes only the ids it names; a
// vendor follows its category unless chosen on its own; a vendor never asked about is not
// allowed) is run against the core for random call sequences: Consentry must agree with the
// model after every call, so it never reports or applies a consent that was not given.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalog } from '../fixtures';
import { CATALOG_IDS, OPTIONAL_CATEGORIES, TRICKY_IDS, allowedOptional, core, freshBrowserState } from '../hardening-support';
import { own } from '../../../src/shared/objects';

const jar = freshBrowserState();

const config = { vendors: CATALOG_IDS };
/** A catalog entry by own key only: `catalog.toString` is not a vendor. */
const vendorOf = (id: string) => (own(catalog, id) ? catalog[id] : undefined);
const ALL_IDS = ['necessary', ...OPTIONAL_CATEGORIES, ...CATALOG_IDS, ...TRICKY_IDS, 'unknown-vendor'];

interface Model {
  granted: Map<string, boolean>;
  override: Map<string, boolean>;
  seen: Set<string>;
}
const emptyModel = (): Model => ({ granted: new Map(), override: new Map(), seen: new Set() });

function expected(m: Model, id: string): boolean {
  if (id === 'necessary') return true;
  if (OPTIONAL_CATEGORIES.includes(id)) return m.granted.get(id) === true;
  const v = vendorOf(id);
  if (!v || !m.seen.has(id)) return false;
  return m.override.has(id) ? m.override.get(id)! : m.granted.get(v.category) === true;
}

type Command = { kind: 'all' | 'none' | 'reset' | 'reload' } | { kind: 'set'; choices: Array<[string, unknown]> };

const choiceValue = fc.oneof(
  { weight: 6, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(1, 0, 'true', null, undefined, {}) },
);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<Command>({ kind: 'all' }, { kind: 'none' }, { kind: 'reset' }, { kind: 'reload' }) },
  {
    weight: 5,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...ALL_IDS), choiceValue), { maxLength: 5 })
      .map((choices): Command => ({ kind: 'set', choices })),
  },
);

/** Builds the argument as hostile code would: own keys defined directly, `__proto__` included. */
function choicesObject(pairs: Array<[string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
  return o;
}

function applyToModel(m: Model, c: Command): Model {
  switch (c.kind) {
    case 'reload':
      return m;
    case 'reset':
      return emptyModel();
    case 'all':
    case 'none':
      for (const id of OPTIONAL_CATEGORIES) m.granted.set(id, c.kind === 'all');
      m.override.clear();
      for (const id of CATALOG_IDS) m.seen.add(id);
      return m;
    case 'set': {
      const obj = choicesObject(c.choices);
      const named = Object.keys(obj);
      // All or nothing: one value that is not a boolean rejects the whole call.
      if (!named.every((k) => typeof obj[k] === 'boolean')) return m;
      for (const id of named) {
        const on = obj[id] === true;
        if (OPTIONAL_CATEGORIES.includes(id)) {
          m.granted.set(id, on);
          for (const v of CATALOG_IDS) {
            if (catalog[v]!.category !== id) continue;
            m.seen.add(v);
            if (!named.includes(v)) m.override.delete(v);
          }
        } else if (vendorOf(id)) {
          m.override.set(id, on);
          m.seen.add(id);
        }
      }
      return m;
    }
  }
}

describe('the public API against a model of the contract', () => {
  it('agrees with the model after every call of a random sequence, including across page loads', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 12 }), (commands) => {
        jar().setHeader('');
        let c = core(config);
        let m = emptyModel();
        for (const cmd of commands) {
          if (cmd.kind === 'all') c.acceptAll();
          else if (cmd.kind === 'none') c.rejectAll();
          else if (cmd.kind === 'reset') c.reset();
          else if (cmd.kind === 'reload') c = core(config);
          else if (cmd.kind === 'set') c.setConsent(choicesObject(cmd.choices) as never);
          m = applyToModel(m, cmd);
          for (const id of ALL_IDS) {
            if (c.isAllowed(id) !== expected(m, id))
              throw new Error(`isAllowed("${id}") is ${c.isAllowed(id)} after ${JSON.stringify(commands)}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports exactly what it applies: getConsent() agrees with isAllowed()', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 8 }), (commands) => {
        jar().setHeader('');
        const c = core(config);
        for (const cmd of commands) if (cmd.kind === 'set') c.setConsent(choicesObject(cmd.choices) as never);
        const r = c.getConsent();
        for (const id of OPTIONAL_CATEGORIES) expect(c.isAllowed(id)).toBe(r?.categories[id]?.granted === true);
        for (const id of Object.keys(r?.categories ?? {})) expect(OPTIONAL_CATEGORIES).toContain(id);
        for (const id of [...Object.keys(r?.vendors ?? {}), ...(r?.seenVendors ?? [])]) expect(CATALOG_IDS).toContain(id);
      }),
      { numRuns: 200 },
    );
  });
});

describe('hostile arguments to the public API', () => {
  const anything = fc.anything({
    maxDepth: 3,
    withNullPrototype: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withDate: true,
  });

  it('setConsent() never throws and never allows anything for input that is not an object of booleans', () => {
    fc.assert(
      fc.property(anything, (arg) => {
        jar().setHeader('');
        const c = core(config);
        c.setConsent(arg as never);
        const granted =
          arg && typeof arg === 'object' && !Array.isArray(arg) && Object.values(arg).every((v) => typeof v === 'boolean') ? arg : {};
        for (const id of allowedOptional(c)) {
          const v = vendorOf(id);
          expect(
            (granted as Record<string, unknown>)[id] === true || (!!v && (granted as Record<string, unknown>)[v.category] === true),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  const vendorLike = fc.record(
    {
      id: fc.oneof(fc.constantFrom('newbie', 'stats', 'constructor', '__proto__', 'Bad Id', ''), fc.string({ maxLength: 8 }), anything),
      name: fc.oneof(fc.string(), anything),
      category: fc.oneof(
        fc.constantFrom('analytics', 'marketing', 'preferences', 'necessary', 'constructor', '__proto__', 'own'),
        anything,
      ),
      hosts: fc.oneof(
        fc.array(fc.oneof(fc.domain(), fc.constantFrom('cloudfront.net', '*.x.com', 'HTTP://X', '')), { maxLength: 3 }),
        anything,
      ),
      cookies: fc.oneof(
        fc.array(fc.record({ name: fc.string(), party: fc.constantFrom('first', 'third', 'x') }), { maxLength: 2 }),
        anything,
      ),
      policyUrl: fc.oneof(fc.constantFrom('javascript:alert(1)', 'data:text/html,<b>', 'https://ok.example/p', '/p'), anything),
      onAllow: fc.oneof(
        fc.constant(() => {
          throw new Error('hook');
        }),
        anything,
      ),
    },
    { requiredKeys: [] },
  );

  it('register() never throws, returns a boolean, and a registered vendor is not allowed until the shopper is asked', () => {
    fc.assert(
      fc.property(fc.oneof(anything, vendorLike), fc.boolean(), (arg, acceptedBefore) => {
        jar().setHeader('');
        const c = core(config);
        if (acceptedBefore) c.acceptAll();
        const before = new Set(allowedOptional(c));
        const added = c.register(arg as never);
        expect(typeof added).toBe('boolean');
        const id = (arg as { id?: unknown })?.id;
        const newlyAllowed = allowedOptional(c, typeof id === 'string' ? [id] : []).filter((x) => !before.has(x));
        // Only a vendor the site itself put in "necessary" may run without being asked about.
        if (newlyAllowed.length) expect([newlyAllowed, (arg as { category?: unknown }).category]).toEqual([[id], 'necessary']);
      }),
      { numRuns: 400 },
    );
  });
});
