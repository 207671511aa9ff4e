import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/boot/language';
import { BANNER_KEYS, TEXT_KEYS } from '../../../src/shared/text-keys';
import type { LanguageFile } from '../../../src/ui/lang/pack';
import { bannerEnGB, enGB, prefsEnGB, type Texts } from '../../../src/ui/text-en-gb';
import { catalog, embeds } from '../../../vendors';
import { frameStorage } from '../../../vendors/words';

const files = Object.fromEntries(
  await Promise.all(UI_LANGUAGES.map(async (l) => [l, (await import(`../../../src/ui/lang/${l}.ts`)) as LanguageFile] as const)),
) as Record<(typeof UI_LANGUAGES)[number], LanguageFile>;
/** Each language's whole table (the banner's part and the preferences part's) and its catalog words. */
const packs = Object.fromEntries(
  UI_LANGUAGES.map((l) => {
    const { banner, prefs, reviewed } = files[l];
    const text: Texts = { ...banner, ...prefs.text };
    return [l, { reviewed, text, catalog: prefs.catalog }];
  }),
) as Record<(typeof UI_LANGUAGES)[number], { reviewed: boolean; text: Texts; catalog: Readonly<Record<string, string>> }>;
const translated = UI_LANGUAGES.filter((l) => l !== 'en-GB');

/**
 * Every vendor whose words ship with Consentry: the catalog, and the embeds a placeholder shows
 * (an npm site's `vendors: [youtube]` reads them in the page's language).
 */
const shipped = { ...catalog, ...embeds };

/** Every word of a shipped vendor the shopper reads in the UI (company names stay as they are). */
const catalogWords = (id: string): string[] => {
  const v = shipped[id]!;
  return [v.purpose, ...v.cookies.flatMap((c) => [c.purpose, c.lifetime])];
};

/** Every word of an embed's storage on its own origin the declaration shows (store names stay as they are). */
const frameWords = (id: string): string[] => frameStorage[id]!.flatMap((s) => [s.purpose, s.lifetime]);

describe('language packs', () => {
  it('exist for exactly the languages the core chooses from', () => {
    const files = readdirSync('src/ui/lang')
      .filter((f) => f !== 'pack.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it("splits the English table into the banner's keys and the rest, each key in one part", () => {
    expect(Object.keys(bannerEnGB).sort()).toEqual([...BANNER_KEYS].sort());
    expect([...Object.keys(bannerEnGB), ...Object.keys(prefsEnGB)].sort()).toEqual([...TEXT_KEYS].sort());
  });

  // Each part ships in its own file: a key in the wrong part is missing where it is shown.
  it.each(translated)('%s has exactly the keys of the English banner part', (lang) => {
    expect(Object.keys(files[lang].banner).sort()).toEqual(Object.keys(bannerEnGB).sort());
  });

  it.each(translated)('%s has exactly the keys of the English preferences part', (lang) => {
    expect(Object.keys(files[lang].prefs.text).sort()).toEqual(Object.keys(prefsEnGB).sort());
  });

  it.each(translated)('%s leaves no English where a translation belongs', (lang) => {
    const { text } = packs[lang];
    const { sameAsEnglish } = files[lang];
    const untranslated = Object.keys(enGB).filter(
      (k) => text[k as keyof typeof enGB] === enGB[k as keyof typeof enGB] && !(k in sameAsEnglish),
    );
    expect(untranslated, `translate these keys, or list them in sameAsEnglish if English is right`).toEqual([]);
    expect(Object.values(text).filter((s) => !s.trim())).toEqual([]);
  });

  it.each(translated)('%s keeps every {slot} of the English strings', (lang) => {
    for (const [k, en] of Object.entries(enGB))
      for (const slot of en.match(/\{\w+\}/g) ?? []) expect(packs[lang].text[k as keyof typeof enGB], k).toContain(slot);
  });

  // Any vendor in the catalog or the embeds, including one added later, must have its words in every language.
  it.each(translated)('%s has the words of every catalog vendor and every embed', (lang) => {
    const words = packs[lang].catalog;
    const missing = Object.keys(shipped).flatMap((id) =>
      catalogWords(id)
        .filter((w) => !words[w]?.trim())
        .map((w) => `${id}: ${w}`),
    );
    expect(missing, "add these English phrases, with their translation, to the pack's catalog").toEqual([]);
  });

  // The same for each embed's storage on its own origin: the declaration and the preferences show it.
  it.each(translated)("%s has the words of every embed's storage on its own origin", (lang) => {
    const words = packs[lang].catalog;
    const missing = Object.keys(frameStorage).flatMap((id) =>
      frameWords(id)
        .filter((w) => !words[w]?.trim())
        .map((w) => `${id} frameStorage: ${w}`),
    );
    expect(missing, "add these English phrases, with their translation, to the pack's catalog").toEqual([]);
  });

  it.each(translated)('%s leaves no catalog phrase in English unless it lists why', (lang) => {
    const words = packs[lang].catalog;
    const english = Object.keys(words).filter((w) => words[w] === w && !(w in files[lang].sameAsEnglish));
    expect(english, 'translate these phrases, or list them in sameAsEnglish with the reason').toEqual([]);
  });

  it.each(translated)('%s lists in sameAsEnglish only what really is English, each with a reason', (lang) => {
    const { text, catalog: words } = packs[lang];
    const stale = Object.entries(files[lang].sameAsEnglish).filter(([k, why]) => {
      const same = k in enGB ? text[k as keyof typeof enGB] === enGB[k as keyof typeof enGB] : words[k] === k;
      return !same || why.trim().length < 10;
    });
    expect(stale, 'remove these entries, or give the reason the English is right').toEqual([]);
  });

  it.each(translated)('%s says whether a native speaker reviewed it', (lang) => expect(typeof packs[lang].reviewed).toBe('boolean'));
});
