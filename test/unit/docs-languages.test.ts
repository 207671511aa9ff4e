// @vitest-environment node
// The README's list of languages is generated from src/ui/lang/, and docs/ui.md names every text key: each file's `reviewed` flag says
// whether a native speaker has read it, and a site's legal team reads the README to choose
// `languages`. The test prints the table to paste when a file changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/shared/languages';
import { TEXT_KEYS } from '../../src/shared/text-keys';
import type { LanguageFile } from '../../src/ui/lang/pack';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const README = read('README.md');
const names = new Intl.DisplayNames(['en'], { type: 'language' });

async function languagesTable(): Promise<string> {
  const rows = await Promise.all(
    UI_LANGUAGES.map(async (code) => {
      const file = (await import(`../../src/ui/lang/${code}.ts`)) as LanguageFile;
      const reviewed = code === 'en-GB' ? 'the source' : file.reviewed ? 'yes' : 'not yet';
      return `| \`${code}\` | ${names.of(code)} | ${reviewed} |`;
    }),
  );
  return ['| code | language | reviewed by a native speaker |', '| --- | --- | --- |', ...rows].join('\n');
}

describe('the README languages list', () => {
  it("lists every shipped language with its file's reviewed flag", async () => {
    const [, table] = README.match(/<!-- languages:start[^\n]*-->\n([\s\S]*?)\n<!-- languages:end -->/) ?? [];
    const expected = await languagesTable();
    expect(table, `README.md languages table should read:\n${expected}\n`).toBe(expected);
  });
});

describe('the wording keys in docs/ui.md', () => {
  it('names every text key a site can override', () => {
    const doc = read('docs/ui.md');
    const named = (key: string) => doc.includes(`\`${key.replace(/^cat\.\w+/, 'cat.<id>')}\``);
    expect(
      TEXT_KEYS.filter((k) => !named(k)),
      'add these keys to the Wording section of docs/ui.md',
    ).toEqual([]);
  });
});
