// @vitest-environment node
// The vendor-file template in docs/vendors.md must be a vendor file as the catalog's are: it
// compiles against the real types, its rules and words are one vendor's two parts, and the whole
// vendor passes the checks a configured vendor passes (esbuild needs node's own TextEncoder,
// hence this file's environment).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATEGORIES, vendorFrom } from '../../src/shared/config';
import type { Vendor, VendorRules, VendorWords } from '../../src/shared/types';
import { whole } from '../../vendors/whole';
import { splitProblems } from './vendors/split';

const doc = readFileSync(new URL('../../docs/vendors.md', import.meta.url), 'utf8');
const template = [...doc.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!).find((c) => c.includes(': VendorRules = {'));

/** The template's exports, run as the file it would be in vendors/. */
async function load(): Promise<Record<string, unknown>> {
  const { code: js } = await transform(template!, { loader: 'ts', format: 'cjs' });
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string) => (id === './whole' ? { whole } : {});
  new Function('module', 'exports', 'require', js)(module, module.exports, require);
  return module.exports;
}

describe('the vendor-file template in docs/vendors.md', () => {
  it('type-checks as a file of vendors/', () => {
    expect(template).toBeDefined();
    const file = resolve('vendors/example-chat.ts');
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
      lib: ['lib.es2020.d.ts'],
      skipLibCheck: true,
    };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version, ...rest) =>
      resolve(name) === file ? ts.createSourceFile(name, template!, version) : read(name, version, ...rest);
    host.fileExists = (
      (exists) => (name: string) =>
        resolve(name) === file || exists(name)
    )(host.fileExists.bind(host));
    const program = ts.createProgram([file], options, host);
    const errors = ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  });

  it('exports the rules and the words apart, as two parts of one vendor', async () => {
    const { exampleChatRules, exampleChatWords } = await load();
    expect(splitProblems(exampleChatRules as VendorRules, exampleChatWords as VendorWords)).toEqual([]);
  });

  it('exports the whole vendor, which passes the checks a configured or registered vendor passes', async () => {
    const { exampleChat } = await load();
    const problems: string[] = [];
    const checked = vendorFrom(exampleChat, undefined, BUILT_IN_CATEGORIES, 'template', (p, m) => problems.push(`${p} ${m}`));
    expect(problems).toEqual([]);
    expect(checked).toMatchObject({ id: 'example-chat', category: 'preferences', company: 'Example Chat Ltd' });
    expect((exampleChat as Vendor).cookies[0]).toMatchObject({ name: 'ec_', lifetime: '30 days' });
  });
});
