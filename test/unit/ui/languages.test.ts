import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/boot/language';
import type { LanguagePack } from '../../../src/ui/lang/pack';
import { enGB } from '../../../src/ui/text-en-gb';
import { catalog } from '../../../vendors';

const packs = Object.fromEntries(
  await Promise.all(UI_LANGUAGES.map(async (l) => [l, ((await import(`../../../src/ui/lang/${l}.ts`)) as { pack: LanguagePack }).pack] as const)),
) as Record<(typeof UI_LANGUAGES)[number], LanguagePack>;
const translated = UI_LANGUAGES.filter((l) => l !== 'en-GB');

/** Every word of the catalog the shopper reads in the UI, per vendor (company names stay as they are). */
const catalogWords = (id: string): string[] => {
  const v = catalog[id]!;
  return [v.purpose, ...v.cookies.flatMap((c) => [c.purpose, c.lifetime])];
};

describe('language packs', () => {
  it('exist for exactly the languages the core chooses from', () => {
    const files = readdirSync('src/ui/lang').filter((f) => f !== 'pack.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(translated)('%s has exactly the keys of the English table', (lang) => {
    expect(Object.keys(packs[lang].text).sort()).toEqual(Object.keys(enGB).sort());
  });

  it.each(translated)('%s leaves no English where a translation belongs', (lang) => {
    const { text, sameAsEnglish } = packs[lang];
    const untranslated = Object.keys(enGB).filter((k) => text[k as keyof typeof enGB] === enGB[k as keyof typeof enGB] && !sameAsEnglish.includes(k as keyof typeof enGB));
    expect(untranslated, `translate these keys, or list them in sameAsEnglish if English is right`).toEqual([]);
    expect(Object.values(text).filter((s) => !s.trim())).toEqual([]);
  });

  it.each(translated)('%s keeps every {slot} of the English strings', (lang) => {
    for (const [k, en] of Object.entries(enGB)) for (const slot of en.match(/\{\w+\}/g) ?? []) expect(packs[lang].text[k as keyof typeof enGB], k).toContain(slot);
  });

  // Any vendor in the catalog, including one added later, must have its words in every language.
  it.each(translated)('%s has the words of every catalog vendor', (lang) => {
    const words = packs[lang].catalog;
    const missing = Object.keys(catalog).flatMap((id) => catalogWords(id).filter((w) => !words[w]?.trim()).map((w) => `${id}: ${w}`));
    expect(missing, 'add these English phrases, with their translation, to the pack\'s catalog').toEqual([]);
  });

  it.each(translated)('%s says whether a native speaker reviewed it', (lang) => expect(typeof packs[lang].reviewed).toBe('boolean'));
});
