// @vitest-environment node
// Each runtime's code is type-checked with only its own globals: page code cannot reach for Node's
// `process`, the server cannot reach for `window`, and the shared domain code for neither. These
// compile one-line probes under each folder's real compiler options, so loosening a config fails here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const BROWSER = 'tsconfig.browser.json';
const SERVER = 'src/server/tsconfig.json';
const SHARED = 'src/shared/tsconfig.json';
const WORKER = 'src/sw/tsconfig.json';
const CLI = 'src/cli/tsconfig.json';
const AUDITED_PAGE = 'src/cli/tsconfig.page.json';

/** Each probe: the config it compiles under, its one line, and the error expected (null: none). */
const PROBES = {
  'process in page code': [BROWSER, 'process.env.X;', /Cannot find name 'process'/],
  'Buffer in page code': [BROWSER, "Buffer.from('x');", /Cannot find name 'Buffer'/],
  'window in the server': [SERVER, 'window.location.href;', /Cannot find name 'window'/],
  'document in shared code': [SHARED, 'document.title;', /Cannot find name 'document'/],
  'process in shared code': [SHARED, 'process.env.X;', /Cannot find name 'process'/],
  'document in the service worker': [WORKER, 'document.title;', /Cannot find name 'document'/],
  'process in the service worker': [WORKER, 'process.env.X;', /Cannot find name 'process'/],
  'window in the CLI': [CLI, 'window.location.href;', /Cannot find name 'window'/],
  'process in what the CLI runs in the audited page': [AUDITED_PAGE, 'process.env.X;', /Cannot find name 'process'/],
  'window in page code': [BROWSER, 'window.location.href;', null],
  'process in the server': [SERVER, 'process.env.X;', null],
  'process in the CLI': [CLI, 'process.env.X;', null],
  'document in what the CLI runs in the audited page': [AUDITED_PAGE, 'document.title;', null],
  'a FetchEvent in the service worker': [
    WORKER,
    '((e: FetchEvent) => e.respondWith(caches.match(e.request).then((r) => r ?? Response.error())));',
    null,
  ],
} as const;
type Probe = keyof typeof PROBES;

const dir = mkdtempSync(join(tmpdir(), 'consentry-runtimes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The diagnostics of every probe, one program per config (loading the DOM's types is the slow part). */
const diagnostics = new Map<Probe, string[]>();
const compiled = new Set<string>();
function errorsOf(probe: Probe): string[] {
  const config = PROBES[probe][0];
  if (!compiled.has(config)) {
    compiled.add(config);
    const probes = (Object.keys(PROBES) as Probe[]).filter((p) => PROBES[p][0] === config);
    const files = probes.map((p, i) => {
      const file = join(dir, `${config.replace(/\W/g, '-')}-${i}.ts`);
      writeFileSync(file, `export {};\n${PROBES[p][1]}\n`);
      return file;
    });
    const read = ts.readConfigFile(join(ROOT, config), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, join(ROOT, config, '..'));
    const program = ts.createProgram(files, { ...options, noEmit: true });
    probes.forEach((p, i) => {
      const source = program.getSourceFile(files[i]!)!;
      const found = [...program.getSemanticDiagnostics(source), ...program.getSyntacticDiagnostics(source)];
      diagnostics.set(
        p,
        found.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')),
      );
    });
  }
  return diagnostics.get(probe)!;
}

// Loading TypeScript's DOM types takes a second alone and far longer on a busy shared machine;
// time is not what these test.
const ROOM = 180_000;

describe('the type check of each runtime', () => {
  it.each((Object.keys(PROBES) as Probe[]).filter((p) => PROBES[p][2]))(
    'refuses %s',
    (probe) => {
      expect(errorsOf(probe).join('\n')).toMatch(PROBES[probe][2]!);
    },
    ROOM,
  );

  it.each((Object.keys(PROBES) as Probe[]).filter((p) => !PROBES[p][2]))(
    'accepts %s (the probes themselves are sound)',
    (probe) => {
      expect(errorsOf(probe)).toEqual([]);
    },
    ROOM,
  );
});
