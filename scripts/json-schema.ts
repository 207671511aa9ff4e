// Turns the shapes in src/shared/config-spec.ts into the JSON Schema published as schema.json.
// `npx vite-node scripts/write-schema.ts` rewrites the file; a unit test fails when they differ.
import { CONFIG, TEXTS } from '../src/shared/config-spec';
import type { Spec } from '../src/shared/spec';

type Json = { [key: string]: unknown };

/** Shapes used many times, written once in `$defs`: the UI strings, flat and for each language. */
const DEFS = new Map<Spec, string>([[TEXTS, 'texts']]);

export function toJsonSchema(s: Spec, defs: Json = {}): Json {
  const name = DEFS.get(s);
  if (name) {
    // A copy is not in DEFS, so it is written out in full, once.
    defs[name] ??= toJsonSchema({ ...s }, defs);
    return { $ref: `#/$defs/${name}` };
  }
  const to = (x: Spec) => toJsonSchema(x, defs);
  switch (s.t) {
    case 'bool':
      return { type: 'boolean' };
    case 'int':
      return { type: 'integer', minimum: s.min, maximum: s.max };
    case 'str':
      return s.re ? { type: 'string', maxLength: 2000, pattern: s.re.source } : { type: 'string', maxLength: 2000 };
    case 'enum':
      return { enum: [...s.of] };
    case 'url':
      return {
        type: 'string',
        maxLength: 2048,
        description: 'An http(s) or relative URL; other schemes such as javascript: are refused.',
        allOf: [{ pattern: '^[^\\u0000-\\u001f]*$' }, { pattern: '^(?!\\s*[a-zA-Z][a-zA-Z0-9+.-]*:)|^\\s*[hH][tT][tT][pP][sS]?:' }],
      };
    case 'fn':
      return { description: 'A function: only through register() or createConsentry(), never in JSON.' };
    case 'list':
      return { type: 'array', items: to(s.of) };
    case 'obj': {
      const out: Json = {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(s.props)
            .filter(([, v]) => v.t !== 'fn')
            .map(([k, v]) => [k, to(v)]),
        ),
      };
      if (s.req) out.required = [...s.req];
      return out;
    }
    case 'map':
      return { type: 'object', propertyNames: { pattern: s.key.source }, additionalProperties: to(s.of) };
    case 'either':
      return { anyOf: s.of.map(to) };
  }
}

export function configSchema(): Json {
  const defs: Json = {};
  const config = toJsonSchema(CONFIG, defs);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:consentry:config',
    title: 'Consentry configuration',
    description: 'The JSON a site puts in <script type="application/json" id="consentry-config">, or passes to createConsentry().',
    ...config,
    $defs: defs,
  };
}
