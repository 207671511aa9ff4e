// @vitest-environment node
// The README's list of languages is generated from src/ui/lang/: each file's `reviewed` flag says
// whether a native speaker has read it, and a site's legal team reads the README to choose
// `languages`. The test prints the table to paste when a file changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/shared/languages';
import type { LanguagePack } from '../../src/ui/lang/pack';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const names = new Intl.DisplayNames(['en'], { type: 'language' });

async function languagesTable(): Promise<string> {
  const rows = await Promise.all(
    UI_LANGUAGES.map(async (code) => {
      const { pack } = (await import(`../../src/ui/lang/${code}.ts`)) as { pack: LanguagePack };
      const reviewed = code === 'en-GB' ? 'the source' : pack.reviewed ? 'yes' : 'not yet';
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
