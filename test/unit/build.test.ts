// What the shipped script-tag files promise the browser, read from dist/ (npm test builds first).
// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/shared/languages';
import type { LanguageFile } from '../../src/ui/lang/pack';
import { scriptTagFiles } from '../script-tag-files';

const SCRIPT_TAG_FILES = scriptTagFiles(['en-GB', 'fr', 'de']);

describe('the script-tag build', () => {
  it.each(SCRIPT_TAG_FILES)("%s opens with V8's compile hint, so its functions compile off the main thread", (file) => {
    // V8 reads the hint only at the very top of the file: a banner or licence comment before it voids it.
    const first = readFileSync(`dist/${file}`, 'utf8').split('\n')[0];
    expect(first).toBe('//# allFunctionsCalledOnLoad');
  });

  it('gives the seams between the boot and its later parts short names in every file alike, so no file still carries a long one', async () => {
    const config = '../../rollup.config.mjs';
    const { INTERNAL_NAMES } = (await import(config)) as { INTERNAL_NAMES: string[] };
    const long = (file: string) =>
      INTERNAL_NAMES.filter((name) => new RegExp(`[.]${name}\\b|\\b${name}:`).test(readFileSync(`dist/${file}`, 'utf8')));
    expect(SCRIPT_TAG_FILES.map((file) => [file, long(file)])).toEqual(SCRIPT_TAG_FILES.map((file) => [file, []]));
  });

  it("keeps the hint out of the ESM build, where the site's bundler decides what loads when", () => {
    expect(readFileSync('dist/consentry.mjs', 'utf8')).not.toContain('allFunctionsCalledOnLoad');
  });
});

describe('every shipped file', () => {
  /** What dist/ ships to a browser or a bundler (source maps aside, which carry the sources by design). */
  const CODE = readdirSync('dist').filter((f) => /\.m?js$/.test(f));

  it("leaves out the language files' notes for the tests: whether a file is reviewed, and why a string is rightly English", async () => {
    const files = await Promise.all(UI_LANGUAGES.map((l) => import(`../../src/ui/lang/${l}.ts`) as Promise<LanguageFile>));
    // Each reason's longest ASCII run: a bundler may write the rest as \u escapes.
    const reasons = files.flatMap((f) =>
      Object.values(f.sameAsEnglish).map((r) => r.split(/[^\x20-\x7e]+/).reduce((a, b) => (b.length > a.length ? b : a))),
    );
    expect(reasons.length).toBeGreaterThan(0);
    const carrying = CODE.filter((file) => {
      const code = readFileSync(`dist/${file}`, 'utf8');
      return /\b(?:sameAsEnglish|reviewed)\b/.test(code) || reasons.some((r) => code.includes(r));
    });
    expect(carrying).toEqual([]);
  });
});
