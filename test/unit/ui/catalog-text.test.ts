// The script-tag UI fills in the vendor words the core ships without (its catalog is rules
// only, vendors/rules.ts): the preferences and the cookie declaration read as they would with the
// whole catalog in the core, and whatever the site wrote itself still wins.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsentryContext, Feature } from '../../../src/boot/context';
import { createCore } from '../../../src/boot/core';
import type { ConsentryApi, ConfiguredVendor, Vendor } from '../../../src/shared/types';
import { withCatalogText, withCatalogTextIn } from '../../../src/ui/catalog-text';
import { mountUiIn } from '../../../src/ui/mount';
import { startPrefsIn } from '../../../src/ui/prefs';
import type { StartPrefs } from '../../../src/ui/prefs-handle';
import { bannerEnGB, prefsEnGB } from '../../../src/ui/text-en-gb';
import { uiFeatureWith } from '../../../src/boot/ui-loader';
import { catalog, embeds } from '../../../vendors';

const youtube = embeds.youtube as Vendor;
/** The catalog as dist/consentry.js carries it: rules, none of the words the UI alone shows. */
import { catalogRules as coreCopy } from '../../../vendors/rules';

const stops: Array<() => void> = [];
const start = (vendors: unknown[], prefs: StartPrefs = withCatalogTextIn(startPrefsIn(prefsEnGB))): ConsentryApi => {
  const ui = uiFeatureWith(async () => mountUiIn({ lang: 'en-GB', text: bannerEnGB }, () => prefs));
  const features: Feature[] = [(ctx: ConsentryContext) => void stops.push(ui(ctx) ?? (() => {}))];
  return createCore({ vendors }, { features, catalog: coreCopy, log: () => {} });
};

const root = () => document.querySelector('[data-consentry-ui]')?.shadowRoot ?? null;
/** The preferences' "About <name>" section, as text. */
const details = (name: string) =>
  Array.from(root()?.querySelectorAll('details') ?? []).find((d) => d.querySelector('summary')?.textContent === `About ${name}`);
const openPreferences = async (api: ConsentryApi) => {
  api.showPreferences?.();
  await vi.waitFor(() => expect(root()?.querySelector('details')).toBeTruthy());
};
/** The declaration's row for `cookie`, cell by cell. */
const row = (cookie: string) =>
  Array.from(document.querySelectorAll('[data-consentry-cookie-table] tr'))
    .find((r) => r.querySelector('th')?.textContent === cookie)
    ?.querySelectorAll('th, td');
const cells = (cookie: string) => Array.from(row(cookie) ?? []).map((c) => c.textContent);

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  document.body.innerHTML = '';
  document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('catalog words in the script-tag UI', () => {
  const { hotjar, doubleclick } = catalog as Record<string, Vendor>;

  it('shows a catalog vendor the core carries without words as the catalog describes it', async () => {
    await openPreferences(start(['hotjar']));
    const about = details('Hotjar')!;
    expect(about.textContent).toContain(hotjar!.company);
    expect(about.textContent).toContain(hotjar!.purpose);
    for (const c of hotjar!.cookies) expect(about.textContent).toContain(`(${c.lifetime}): ${c.purpose}`);
    expect(about.querySelector('a')?.getAttribute('href')).toBe(hotjar!.policyUrl);
  });

  it('shows nothing of it without the catalog words (so the test above proves the filling)', async () => {
    await openPreferences(start(['hotjar'], startPrefsIn(prefsEnGB)));
    expect(details('Hotjar')!.textContent).not.toContain(hotjar!.purpose);
    expect(details('Hotjar')!.querySelector('a')).toBeNull();
  });

  it("keeps the site's own words for a catalog vendor, '' included, and fills only the rest", async () => {
    const ours = { name: 'IDE', party: 'third', lifetime: 'one day', purpose: 'Our cookie words.' };
    await openPreferences(
      start([
        { id: 'doubleclick', purpose: 'Our words.', cookies: [ours] },
        { id: 'hotjar', company: '' },
      ]),
    );
    const dc = details('DoubleClick')!.textContent!;
    expect(dc).toContain('Our words.');
    expect(dc).not.toContain(doubleclick!.purpose);
    expect(dc).toContain(doubleclick!.company);
    expect(dc).toContain('(one day): Our cookie words.');
    // The site's list replaced the catalog's: none of the catalog's other cookies come back.
    expect(dc).not.toContain(doubleclick!.cookies[0]!.purpose);
    const hj = details('Hotjar')!;
    expect(hj.querySelector('dd')!.textContent).toBe('');
    expect(hj.textContent).toContain(hotjar!.purpose);
  });

  it('fills the cookie declaration from the catalog, and from the site where it says so', async () => {
    document.body.innerHTML = '<div data-consentry-cookie-table></div>';
    start(['hotjar', { id: 'doubleclick', cookies: [{ name: 'IDE', party: 'third', lifetime: 'one day', purpose: 'Our cookie words.' }] }]);
    await vi.waitFor(() => expect(row('_hj*')).toBeTruthy());
    for (const c of hotjar!.cookies)
      expect(cells(`${c.name}*`)).toEqual([`${c.name}*`, hotjar!.company, c.purpose, c.lifetime, 'First party']);
    expect(cells('IDE')).toEqual(['IDE', doubleclick!.company, 'Our cookie words.', 'one day', 'Third party']);
  });

  it('leaves a vendor the catalog does not know as the site wrote it', () => {
    const own: Vendor = {
      id: 'shop-chat',
      name: 'Chat',
      company: '',
      category: 'preferences',
      purpose: '',
      hosts: ['chat.example'],
      cookies: [],
      policyUrl: '',
      leavesUkEea: false,
    };
    expect(withCatalogText(own)).toEqual(own);
  });

  it("shows a vendor passed whole (an embed from consentry/vendors) in the page's language where its words are the catalog's", () => {
    const words = { [youtube.purpose]: 'Lit des vidéos YouTube dans nos pages.', '1 year': '1 an' };
    const shown = withCatalogText(
      { ...youtube, cookies: [{ name: 'VISITOR_INFO1_LIVE', party: 'third', purpose: 'Mine.', lifetime: '1 year' }] } as ConfiguredVendor,
      words,
    );
    expect([shown.purpose, shown.cookies[0]!.purpose, shown.cookies[0]!.lifetime]).toEqual([
      'Lit des vidéos YouTube dans nos pages.',
      'Mine.',
      '1 an',
    ]);
  });

  it('fills nothing into a vendor registered under a catalog id: it builds on no catalog entry', async () => {
    const api = start([]);
    expect(api.register({ id: 'hotjar', category: 'analytics', hosts: ['hotjar.com'] })).toBe(true);
    await openPreferences(api);
    expect(details('hotjar')!.textContent).not.toContain(hotjar!.purpose);
    expect(details('hotjar')!.querySelector('a')).toBeNull();
  });

  it("pairs cookie words by name, so a core from another release never shows one cookie's words for another", () => {
    // A cached dist/consentry.js whose catalog lists the cookies in another order, one renamed.
    const [first, second] = coreCopy.hotjar!.cookies;
    const core = { ...coreCopy.hotjar!, cookies: [second!, { ...first!, name: '_hjRenamed' }, first!] };
    const shown = withCatalogText(core).cookies;
    for (const c of shown.filter((k) => k.name !== '_hjRenamed')) {
      const own = hotjar!.cookies.find((k) => k.name === c.name)!;
      expect([c.lifetime, c.purpose]).toEqual([own.lifetime, own.purpose]);
    }
    expect(shown.find((k) => k.name === '_hjRenamed')).toMatchObject({ lifetime: undefined, purpose: undefined });
  });

  it('fills the words of a core from an earlier release, which carried each one as null', () => {
    const gap = null as unknown as string;
    const old = {
      ...coreCopy.hotjar!,
      purpose: gap,
      cookies: coreCopy.hotjar!.cookies.map((c) => ({ ...c, lifetime: gap, purpose: gap })),
    };
    const shown = withCatalogText(old);
    expect([shown.purpose, shown.cookies[0]!.lifetime]).toEqual([hotjar!.purpose, hotjar!.cookies[0]!.lifetime]);
  });

  it("gives a site's cookie of a catalog vendor the catalog's words for that cookie where the site wrote none", () => {
    // The core carries a catalog cookie and a site's cookie of the same name alike: both are rules.
    const site: ConfiguredVendor = { ...coreCopy.hotjar!, cookies: [{ name: '_hj', prefix: true, party: 'first', purpose: 'Ours.' }] };
    const catalogCookie = hotjar!.cookies.find((c) => c.name === '_hj')!;
    expect(withCatalogText(site).cookies).toEqual([
      { name: '_hj', prefix: true, party: 'first', purpose: 'Ours.', lifetime: catalogCookie.lifetime },
    ]);
  });

  it('leaves a cookie the catalog does not list without the words the site left out, as the ESM build shows it', () => {
    const site: ConfiguredVendor = { ...coreCopy.hotjar!, cookies: [{ name: '_hjOwn', party: 'first', purpose: 'Ours.' }] };
    expect(withCatalogText(site).cookies[0]).toMatchObject({ purpose: 'Ours.', lifetime: undefined });
  });
});
