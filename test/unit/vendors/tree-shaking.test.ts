// An ESM site pays only for the vendors it imports from `consentry/vendors`: the entry has no
// side effects (so bundlers may drop what is unused), and a bundle of one vendor holds no other.
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../vendors';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Bundles `code` the way a site's bundler would, minified, with unused exports dropped. */
async function bundle(code: string): Promise<string> {
  const out = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    treeShaking: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

describe('consentry/vendors', () => {
  it('is exported with its types first', () => {
    expect(Object.keys(pkg.exports['./vendors'])).toEqual(['types', 'import']);
  });

  it('is not declared to have side effects', () => {
    const effects: unknown = pkg.sideEffects;
    const listed = effects === true || (Array.isArray(effects) && effects.some((p: string) => p.includes('vendors')));
    expect(listed).toBe(false);
  });

  it('ships only Hotjar to a site that imports only Hotjar', async () => {
    const code = await bundle(`import { hotjar } from './vendors'; console.log(hotjar);`);
    expect(code).toContain(catalog.hotjar!.hosts[0]);
    for (const v of Object.values(catalog).filter((v) => v.id !== 'hotjar')) expect(code).not.toContain(v.hosts[0]);
  });

  it('ships nothing of the catalog to a site that imports none of it', async () => {
    const code = await bundle(`import './vendors'; console.log(1);`);
    for (const v of Object.values(catalog)) expect(code).not.toContain(v.hosts[0]);
  });
});
