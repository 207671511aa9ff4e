// @vitest-environment node
// docs/autoconsent.md says in which of our languages autoconsent's heuristics find and reject the
// banner without a rule. That depends on autoconsent's patterns and on our translations, so the
// list is checked with autoconsent's own functions (lib/heuristics.ts of the pinned version) over
// what its heuristics can read of the banner: the three answers, which are light-DOM buttons (the
// title and text are in the shadow root, which its innerText does not enter).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/shared/languages';
import type { LanguageFile } from '../../src/ui/lang/pack';

// The package exports its builds only; its heuristics are read from its shipped sources.
const lib = join(dirname(createRequire(import.meta.url).resolve('@duckduckgo/autoconsent')), '../lib/heuristics.ts');
const { checkHeuristicPatterns, classifyButtonTextRegex, isExcludedPopup } = (await import(lib)) as {
  checkHeuristicPatterns(text: string): { patterns: string[] };
  classifyButtonTextRegex(text: string): string;
  isExcludedPopup(text: string): boolean;
};

const DOC = readFileSync(new URL('../../docs/autoconsent.md', import.meta.url), 'utf8');

describe('docs/autoconsent.md, the languages the heuristics cover', () => {
  it("names exactly those whose answers autoconsent's patterns detect as a cookie pop-up with a reject button", async () => {
    const covered = [];
    for (const code of UI_LANGUAGES) {
      const { banner } = (await import(`../../src/ui/lang/${code}.ts`)) as LanguageFile;
      const answers = [banner.accept, banner.reject, banner.manage];
      const text = answers.join('\n');
      const detected = checkHeuristicPatterns(text).patterns.length > 0 && !isExcludedPopup(text);
      if (detected && classifyButtonTextRegex(banner.reject) === 'reject') covered.push(code);
    }
    const [, listed] = /^Heuristics cover: (.+)\.$/m.exec(DOC) ?? [];
    expect(listed, 'docs/autoconsent.md should have the line "Heuristics cover: `code`, …."').toBe(
      covered.map((c) => `\`${c}\``).join(', '),
    );
  });
});
