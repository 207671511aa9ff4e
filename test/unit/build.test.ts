// What the shipped script-tag files promise the browser, read from dist/ (npm test builds first).
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
