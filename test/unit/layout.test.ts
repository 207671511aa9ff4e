// The folders of src/ say what ships where; these rules keep them honest, read off the imports.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Vitest runs from the repository root (jsdom's import.meta.url is not a file URL). */
const SRC = join(process.cwd(), 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
/** The src/-relative folder of every relative import in `file`, type-only imports included. */
const importedFolders = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)].map(
    (m) => relative(SRC, resolve(dirname(file), m[1]!)).split('/')[0]!,
  );
/** Every relative import of `file` that reaches into vendors/, as a repository path. */
const vendorImports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)]
    .map((m) => relative(process.cwd(), resolve(dirname(file), m[1]!)))
    .filter((p) => p === 'vendors' || p.startsWith('vendors/'));
const folder = (name: string) => files(join(SRC, name)).map((f) => [relative(SRC, f), importedFolders(f)] as const);

describe('the layout of src/', () => {
  it.each(folder('shared'))('keeps %s free of the other folders (the domain has no DOM wiring)', (_, imported) => {
    expect(imported.filter((f) => f !== 'shared')).toEqual([]);
  });

  it.each(folder('boot'))('keeps %s from importing later/ or ui/, which it loads by URL', (_, imported) => {
    expect(imported.filter((f) => f === 'later' || f === 'ui')).toEqual([]);
  });

  it.each([...folder('boot'), ...folder('sw'), ['browser.ts', []] as const].map(([f]) => f))(
    "lets %s take only the catalog's rules, never its words (the render-blocking file and the worker)",
    (f) => {
      expect(vendorImports(join(SRC, f)).filter((p) => p !== 'vendors/rules')).toEqual([]);
    },
  );

  it("lets src/ui/ take only the catalog's words, never its rules or whole vendors", () => {
    const taken = folder('ui').flatMap(([f]) => vendorImports(join(SRC, f)));
    expect(taken.filter((p) => p !== 'vendors/words')).toEqual([]);
  });
});
