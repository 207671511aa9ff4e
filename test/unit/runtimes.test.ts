// @vitest-environment node
// Each runtime's code is type-checked with only its own globals: page code cannot reach for Node's
// `process`, the server cannot reach for `window`, and the shared domain code for neither. These
// compile a one-line probe under each folder's real compiler options, so loosening a config fails here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'consentry-runtimes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The diagnostics of `code` compiled with the options of the tsconfig at `config`. */
function check(config: string, code: string): string[] {
  const file = join(dir, `probe-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, `export {};\n${code}\n`);
  const read = ts.readConfigFile(join(ROOT, config), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, join(ROOT, config, '..'));
  const program = ts.createProgram([file], { ...options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe('the type check of each runtime', () => {
  it('refuses `process` in page code', () => {
    expect(check('tsconfig.browser.json', 'process.env.X;').join()).toMatch(/Cannot find name 'process'/);
  });

  it('refuses `Buffer` in page code', () => {
    expect(check('tsconfig.browser.json', "Buffer.from('x');").join()).toMatch(/Cannot find name 'Buffer'/);
  });

  it('refuses `window` in the server', () => {
    expect(check('src/server/tsconfig.json', 'window.location.href;').join()).toMatch(/Cannot find name 'window'/);
  });

  it('refuses `document` in the shared domain code', () => {
    expect(check('src/shared/tsconfig.json', 'document.title;').join()).toMatch(/Cannot find name 'document'/);
  });

  it('refuses `process` in the shared domain code', () => {
    expect(check('src/shared/tsconfig.json', 'process.env.X;').join()).toMatch(/Cannot find name 'process'/);
  });

  it('accepts each runtime its own globals (the probe itself is sound)', () => {
    expect(check('tsconfig.browser.json', 'window.location.href;')).toEqual([]);
    expect(check('src/server/tsconfig.json', 'process.env.X;')).toEqual([]);
  });
});
