// The README and docs/ are part of the product: these tests keep them true to the code. Tables
// are compared with what the code has (schema, catalog, API, events), and every snippet a site
// or a contributor would paste that can run outside a browser is run here; the HTML and
// page-script snippets run in Chromium (test/browser/demo-readme.test.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import Cookies from 'js-cookie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/shared/config';
import { VENDOR } from '../../src/shared/config-spec';
import * as consentry from '../../src/index';
import { CONSENT_METHODS, type Vendor } from '../../src/shared/types';
import * as vendors from '../../vendors';
import { catalog } from '../../vendors';
import { wording } from '../../src/shared/messages';

/** Vitest runs from the repository root (jsdom's import.meta.url is not a file URL). */
const ROOT = process.cwd();
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const README = read('README.md');
/** The docs this suite owns; docs/ui.md and docs/server.md are kept by their own tests. */
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  'ARCHITECTURE.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md') && !['ui.md', 'server.md', 'performance.md'].includes(f))
    .map((f) => `docs/${f}`),
];
const schema = JSON.parse(read('schema.json'));

interface Snippet {
  file: string;
  lang: string;
  code: string;
}
const snippets: Snippet[] = DOCS.flatMap((file) =>
  [...read(file).matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)].map((m) => ({ file, lang: m[1]!, code: m[2]! })),
);
const label = (s: Snippet) => `${s.file}: ${s.code.trim().split('\n')[0]!.slice(0, 70)}`;

/** The text of a `## heading` section, up to the next `## `. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 4);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The first-column names of the first table in `text` (`acceptAll()` -> `acceptAll`). */
function firstColumn(text: string, nth = 0): string[] {
  const tables: string[][] = [];
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) current = null;
    else if (current) current.push(line);
    else tables.push((current = [line]));
  }
  const rows = tables[nth]!.slice(2);
  return rows.map(
    (row) =>
      row
        .split('|')[1]!
        .trim()
        .match(/^`([^`(]+)/)![1]!,
  );
}

const code = (s: string) => `\`${s}\``;
/** The README's catalog table, as it must read for the vendors in vendors/. */
function catalogTable(list: readonly Vendor[]): string {
  const hosts = (v: Vendor) =>
    [
      ...v.hosts.map(code),
      ...(v.urls ?? []).map(
        (u) => `${code(u.host + (u.pathPrefix ?? ''))}${u.query ? ` with ${code(`${u.query.name}=${u.query.valuePrefix}…`)}` : ''}`,
      ),
    ].join(', ');
  const cookies = (v: Vendor) => {
    const name = (c: Vendor['cookies'][number]) => code(c.name + (c.prefix ? '*' : ''));
    const first = v.cookies.filter((c) => c.party !== 'third').map(name);
    const third = v.cookies.filter((c) => c.party === 'third').map(name);
    return [first.join(', '), third.length ? `third-party: ${third.join(', ')}` : ''].filter(Boolean).join('; ');
  };
  return [
    '| id | name | category | hosts (and their subdomains) | cookies |',
    '| --- | --- | --- | --- | --- |',
    ...list.map((v) => `| ${code(v.id)} | ${v.name} | ${v.category} | ${hosts(v)} | ${cookies(v)} |`),
  ].join('\n');
}

beforeEach(() => {
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
});
afterEach(() => vi.restoreAllMocks());

describe('the README opening', () => {
  const [, intro] = README.match(/^# Consentry\n\n([\s\S]*?)\n\n## /) ?? [];
  const blocks = [...README.matchAll(/^```sh\n([\s\S]*?)^```/gm)].map((m) => ({ at: m.index, lines: m[1]!.trim().split('\n') }));
  const quickStart = README.indexOf('\n## Quick start for a site\n');

  it('says what Consentry is in two sentences before anything else', () => {
    expect(intro, 'a paragraph, then the first section').toBeDefined();
    expect(intro!.replace(/\n/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/)).toHaveLength(2);
  });

  it('installs from npm in its first code block', () => {
    expect(blocks[0]?.lines).toEqual(['npm install consentry']);
  });

  it('gives the two set-up commands of a clone before the quick start', () => {
    const clone = blocks.find((b) => b.lines.includes('npm ci && npm test'));
    expect(clone?.lines).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    expect(clone!.at).toBeLessThan(quickStart);
  });

  it('says how to get Chromium', () => {
    expect(README.slice(0, 1500)).toMatch(/apt-get install -y chromium[\s\S]*CHROME_PATH/);
  });
});

describe('the reference tables agree with the code', () => {
  it('lists every configuration key of schema.json, and no other', () => {
    expect(firstColumn(section(README, 'Configuration')).sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('lists every vendor field of the schema in docs/vendors.md, and no other', () => {
    const vendorSchema = schema.properties.vendors.items.anyOf.find((s: { type: string }) => s.type === 'object');
    const documented = firstColumn(section(read('docs/vendors.md'), 'Vendor fields')).sort();
    expect(documented).toEqual(Object.keys(VENDOR.t === 'obj' ? VENDOR.props : {}).sort());
    // Hooks are code, not JSON: the schema leaves them out.
    expect(documented.filter((f) => !f.startsWith('on'))).toEqual(Object.keys(vendorSchema.properties).sort());
  });

  it('documents every public API method, and no other', () => {
    const api = consentry.createConsentry({});
    expect(firstColumn(section(README, 'API')).sort()).toEqual(Object.keys(api).sort());
  });

  it('documents every consentry: event the code dispatches, and no other', () => {
    const sources = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(`${dir}${e.name}/`) : /\.tsx?$/.test(e.name) ? [read(`${dir}${e.name}`)] : [],
      );
    const dispatched = new Set(sources('src/').flatMap((s) => [...s.matchAll(/new CustomEvent\('(consentry:[\w-]+)'/g)].map((m) => m[1]!)));
    expect(firstColumn(section(README, 'API'), 1).sort()).toEqual([...dispatched].sort());
  });

  it("names every receipt method the server accepts in docs/server.md's receipt table, and no other", () => {
    // A site's receipt pipeline filters on these words: a method missing here is one it drops.
    const row = read('docs/server.md')
      .split('\n')
      .find((l) => l.startsWith('| `method` |'));
    const named = [...(row?.split('|')[2] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1]!);
    expect(named.sort()).toEqual([...CONSENT_METHODS].sort());
  });

  it('names every export of consentry/vendors in docs/vendors.md', () => {
    const doc = read('docs/vendors.md');
    expect(Object.keys(vendors).filter((name) => !doc.includes(code(name)))).toEqual([]);
  });

  it('shows the catalog table exactly as vendors/ defines it', () => {
    const [, table] = README.match(/<!-- catalog:start[^\n]*-->\n([\s\S]*?)\n<!-- catalog:end -->/) ?? [];
    const expected = catalogTable(Object.values(catalog));
    expect(table, `README.md catalog table should read:\n${expected}\n`).toBe(expected);
  });
});

describe('links in the docs', () => {
  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
  const anchors = (markdown: string) =>
    new Set(
      [...markdown.matchAll(/^#+ (.+)$/gm)].map((m) =>
        m[1]!
          .toLowerCase()
          .replace(/[^\w\- ]/g, '')
          .replace(/ /g, '-'),
      ),
    );

  it.each(DOCS)('%s links only to files and headings that exist', (file) => {
    const text = read(file);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const broken = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1]!)
      .filter((href) => !/^[a-z]+:/.test(href))
      .filter((href) => {
        const [path, hash] = href.split('#') as [string, string | undefined];
        const target = path ? join(dir, path) : file;
        if (!existsSync(join(ROOT, target))) return true;
        return hash !== undefined && target.endsWith('.md') && !anchors(read(target)).has(hash);
      });
    expect(broken).toEqual([]);
  });
});

describe('every configuration snippet in the docs is valid', () => {
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  const json = snippets.filter((s) => s.lang === 'json');

  it('has configuration snippets to check', () => {
    expect(json.length).toBeGreaterThanOrEqual(3);
  });

  it.each(json.map((s) => [label(s), s] as const))('%s', (_, s) => {
    const config = JSON.parse(s.code);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    const problems: string[] = [];
    resolveConfig(config, catalog, (...p) => problems.push(wording(p)));
    expect(problems).toEqual([]);
  });
});

describe('every bundler snippet in the docs runs', () => {
  const modules: Record<string, unknown> = { consentry, 'consentry/vendors': vendors };
  const esm = snippets.filter((s) => s.lang === 'js' && /^import /m.test(s.code));

  it('has bundler snippets to run', () => {
    expect(esm.length).toBeGreaterThanOrEqual(2);
  });

  it.each(esm.map((s) => [label(s), s] as const))('%s', async (_, s) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
    const body = s.code.replace(/^import \{([^}]+)\} from '([^']+)';$/gm, (_m, names: string, from: string) => {
      if (!(from in modules)) throw new Error(`snippet imports "${from}", which is not a public entry`);
      return `const {${names}} = __modules[${JSON.stringify(from)}];`;
    });
    new Function('__modules', body)(modules);
    expect(errors.mock.calls).toEqual([]);
    logs.mockRestore();
  });
});
