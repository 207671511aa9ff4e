// A returning visitor downloads only dist/consentry.js: the vendor words only the UI shows ship in
// the preferences parts instead (a first visit's banner chunk shows none of them either), and the ESM build stays whole. Read from dist/ (npm test builds first).
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../vendors';

const dist = (file: string) => readFileSync(`dist/${file}`, 'utf8');
const UI_CHUNKS = ['consentry-ui.js', 'consentry-ui.fr.js', 'consentry-ui.de.js'];
const PREFS_PARTS = ['consentry-prefs.js', 'consentry-prefs.fr.js', 'consentry-prefs.de.js'];
const vendors = Object.values(catalog);
/** Words long enough to be found nowhere else by chance. */
const words = vendors.flatMap((v) => [v.purpose, v.policyUrl, ...v.cookies.map((c) => c.purpose)]);

describe('the vendor catalog across the script-tag files', () => {
  it("leaves Hotjar's purpose out of the core and the banner chunk, and puts it in the preferences part", () => {
    expect(dist('consentry.js')).not.toContain(catalog.hotjar!.purpose);
    expect(dist('consentry-ui.js')).not.toContain(catalog.hotjar!.purpose);
    expect(dist('consentry-prefs.js')).toContain(catalog.hotjar!.purpose);
  });

  it.each(UI_CHUNKS)('leaves every purpose and policy link out of %s, which shows only the banner', (file) => {
    const ui = dist(file);
    expect(words.filter((w) => ui.includes(w))).toEqual([]);
  });

  it('leaves every purpose and policy link out of the core', () => {
    const core = dist('consentry.js');
    expect(words.filter((w) => core.includes(w))).toEqual([]);
  });

  it.each(PREFS_PARTS)('puts every word of the catalog in %s', (file) => {
    const ui = dist(file);
    const all = [...words, ...vendors.flatMap((v) => [v.company, ...v.cookies.map((c) => c.lifetime)])];
    expect(all.filter((w) => !ui.includes(w))).toEqual([]);
  });

  it('keeps in the core what the gate, cleanup and warnings read', () => {
    const core = dist('consentry.js');
    for (const v of vendors) {
      for (const kept of [v.id, v.name, ...v.hosts, ...v.cookies.map((c) => c.name), ...(v.storage?.local ?? [])])
        expect(core).toContain(`"${kept}"`);
    }
  });

  it.each([...UI_CHUNKS, ...PREFS_PARTS])('keeps hosts, which only the core needs, out of %s', (file) => {
    const ui = dist(file);
    expect(vendors.flatMap((v) => v.hosts).filter((h) => ui.includes(`"${h}"`))).toEqual([]);
  });

  it('keeps the words in the ESM build, whose vendors a site imports whole', () => {
    const esm = dist('vendors.mjs');
    expect(words.filter((w) => !esm.includes(w))).toEqual([]);
  });
});
