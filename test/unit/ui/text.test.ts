import { describe, expect, it } from 'vitest';
import { uiChunkFile, uiLanguage } from '../../../src/boot/language';
import { fill, withOverrides } from '../../../src/ui/text';
import * as deFile from '../../../src/ui/lang/de';
/** The whole German table: the banner's words and the preferences part's. */
const de = { ...deFile.banner, ...deFile.prefs.text };
import { enGB } from '../../../src/ui/text-en-gb';
import * as frFile from '../../../src/ui/lang/fr';
const fr = { ...frFile.banner, ...frFile.prefs.text };

describe('language', () => {
  it('takes the configured language first', () => expect(uiLanguage('de', 'fr-FR')).toBe('de'));
  it('falls back to <html lang>, by primary subtag', () => expect(uiLanguage(null, 'fr-CA')).toBe('fr'));
  it('defaults to en-GB for languages it does not ship', () => expect(uiLanguage(null, 'ja')).toBe('en-GB'));
  it('falls back from a region to its language', () =>
    expect([uiLanguage(null, 'pt-BR'), uiLanguage('de-AT', ''), uiLanguage(null, 'en-US')]).toEqual(['pt', 'de', 'en-GB']));
  it('gives Norwegian and Nynorsk readers Bokmål', () => expect([uiLanguage(null, 'no'), uiLanguage(null, 'nn-NO')]).toEqual(['nb', 'nb']));
  it('defaults to en-GB without any language', () => expect(uiLanguage(null, '')).toBe('en-GB'));
  it('serves a listed language as the page asks', () =>
    expect([uiLanguage(null, 'fr-CA', ['en-GB', 'fr']), uiLanguage(null, 'en-US', ['fr', 'en-GB'])]).toEqual(['fr', 'en-GB']));
  it("gives a page in a language the site does not list the site's first listed language", () =>
    expect([uiLanguage(null, 'de', ['fr', 'en-GB']), uiLanguage('de', 'fr', ['nl']), uiLanguage(null, 'ja', ['fr', 'en-GB'])]).toEqual([
      'fr',
      'nl',
      'fr',
    ]));
  it('loads consentry-ui.js for en-GB and a suffixed chunk otherwise', () => {
    expect([uiChunkFile('en-GB'), uiChunkFile('fr'), uiChunkFile('de')]).toEqual([
      'consentry-ui.js',
      'consentry-ui.fr.js',
      'consentry-ui.de.js',
    ]);
  });
});

describe('text tables', () => {
  it('translate every en-GB key into French and German', () => {
    for (const table of [fr, de]) {
      expect(Object.keys(table).sort()).toEqual(Object.keys(enGB).sort());
      expect(Object.values(table).every((s) => s.trim().length > 0)).toBe(true);
    }
  });

  it('keep the public button names in en-GB', () => {
    expect([enGB.accept, enGB.reject, enGB.manage, enGB.save, enGB.close, enGB.dialog]).toEqual([
      'Accept all',
      'Reject all',
      'Manage preferences',
      'Save preferences',
      'Close',
      'Cookie preferences',
    ]);
  });

  it('let a site override any string by key', () => {
    expect(withOverrides({ lang: 'fr', text: fr }, { accept: 'Accepter' }).text.accept).toBe('Accepter');
  });

  it("let a site's strings for one language win over its strings for every language", () => {
    const overrides = { accept: 'Yes to all', reject: 'No to all', fr: { accept: 'Oui à tout' } };
    const { text } = withOverrides({ lang: 'fr', text: fr }, overrides);
    expect([text.accept, text.reject, text.manage]).toEqual(['Oui à tout', 'No to all', fr.manage]);
  });

  it("keep a site's strings for one language off the pages of another", () => {
    expect(withOverrides({ lang: 'de', text: de }, { fr: { accept: 'Oui à tout' } }).text.accept).toBe(de.accept);
  });

  it('ignore override keys that are not strings of the UI', () => {
    const { text } = withOverrides({ lang: 'en-GB', text: enGB }, JSON.parse('{"__proto__":"x","nope":"y"}'));
    expect(Object.getPrototypeOf(text)).toBe(Object.prototype);
    expect('nope' in text).toBe(false);
  });

  it('fill named slots with plain values', () => expect(fill('About {name}', { name: '<b>' })).toBe('About <b>'));
});
