import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/shared/config';
import { CookieTable, type DeclaredCookie } from '../../../src/ui/cookie-table';
import { categoryViews } from '../../../src/ui/model';
import { enGB } from '../../../src/ui/text-en-gb';
import * as deLang from '../../../src/ui/lang/de';
/** The whole de wording as the two UI files hold it together. */
const de = { text: { ...deLang.banner, ...deLang.prefs.text }, catalog: deLang.prefs.catalog };
import * as frLang from '../../../src/ui/lang/fr';
/** The whole fr wording as the two UI files hold it together. */
const fr = { text: { ...frLang.banner, ...frLang.prefs.text }, catalog: frLang.prefs.catalog };
import { doubleclick, hotjar, mixpanel, youtube } from '../../../vendors';
import { frameStorage, STORE_NAMES } from '../../../vendors/words';

const vendors = [mixpanel, hotjar, doubleclick];
const mp = mixpanel.cookies[0]!;

const own: DeclaredCookie = {
  name: 'consentry',
  provider: 'This site',
  purpose: 'Remembers your cookie choices.',
  lifetime: '730 days',
  party: 'first',
};
const show = () =>
  render(<CookieTable text={enGB} lang="en-GB" categories={categoryViews({ config: DEFAULTS, vendors: () => vendors }, enGB)} own={own} />);
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole(/cell|rowheader/)
    .map((c) => c.textContent);

afterEach(cleanup);

describe('CookieTable', () => {
  it('has one table per category, captioned with its label', () => {
    show();
    expect(screen.getAllByRole('table').map((t) => t.querySelector('caption')!.textContent)).toEqual([
      'Necessary',
      'Preferences',
      'Analytics',
      'Marketing',
    ]);
  });

  it("declares Mixpanel's cookie with provider, purpose, lifetime and party", () => {
    show();
    const row = screen.getByRole('rowheader', { name: 'mp_*' }).closest('tr')!;
    expect(cells(row)).toEqual(['mp_*', mixpanel.company, mp.purpose, mp.lifetime, 'First party']);
    expect(row.closest('table')!.getAttribute('data-category')).toBe('analytics');
  });

  it('marks a cookie on the vendor’s own domain as third party', () => {
    show();
    expect(cells(screen.getByRole('rowheader', { name: 'IDE' }).closest('tr')!)).toContain('Third party');
  });

  it("declares Consentry's own cookie as necessary", () => {
    show();
    const table = screen.getByRole('table', { name: 'Necessary' });
    expect(cells(within(table).getByRole('rowheader', { name: 'consentry' }).closest('tr')!)).toEqual([
      'consentry',
      'This site',
      'Remembers your cookie choices.',
      '730 days',
      'First party',
    ]);
  });

  it('says so when a category sets no cookies', () => {
    show();
    expect(within(screen.getByRole('table', { name: 'Preferences' })).getByText('No cookies.')).toBeTruthy();
  });

  it("declares an embed's storage on its own origin beside its cookies, third party, with where it lives", () => {
    render(
      <CookieTable text={enGB} lang="en-GB" categories={categoryViews({ config: DEFAULTS, vendors: () => [youtube] }, enGB)} own={own} />,
    );
    const table = screen.getByRole('table', { name: 'Marketing' });
    expect(cells(within(table).getByRole('rowheader', { name: 'yt-remote-device-id (localStorage)' }).closest('tr')!)).toEqual([
      'yt-remote-device-id (localStorage)',
      'Google',
      'Gives this browser an ID for playing videos on a TV.',
      '1 year',
      'Third party',
    ]);
    expect(within(table).getByRole('rowheader', { name: 'LogsDatabaseV2:* (IndexedDB)' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'yt-remote-* (sessionStorage)' })).toBeTruthy();
    // Its cookies are still there, and a vendor without an embed gets no such rows.
    expect(within(table).getByRole('rowheader', { name: 'YSC' })).toBeTruthy();
  });

  it('adds no own-origin storage rows to a vendor that declares none', () => {
    show();
    expect(screen.queryAllByRole('rowheader', { name: /\((localStorage|sessionStorage|IndexedDB)\)$/ })).toEqual([]);
  });

  it.each([
    [
      'fr',
      fr,
      [
        'yt-remote-device-id (localStorage)',
        'Google',
        'Donne à ce navigateur un identifiant pour lire des vidéos sur un téléviseur.',
        '1 an',
        'Tierce partie',
      ],
    ],
    [
      'de',
      de,
      [
        'yt-remote-device-id (localStorage)',
        'Google',
        'Gibt diesem Browser eine Kennung, um Videos auf einem Fernseher abzuspielen.',
        '1 Jahr',
        'Drittanbieter',
      ],
    ],
  ])("declares YouTube's storage on its own origin in the page's language (%s), the store names as they are", (lang, pack, first) => {
    render(
      <CookieTable
        text={pack.text}
        lang={lang}
        categories={categoryViews({ config: DEFAULTS, vendors: () => [youtube] }, pack.text)}
        own={own}
        words={pack.catalog}
      />,
    );
    const table = document.querySelector<HTMLElement>('table[data-category="marketing"]')!;
    const row = (name: string) => cells(within(table).getByRole('rowheader', { name }).closest('tr')!);
    expect(row('yt-remote-device-id (localStorage)')).toEqual(first);
    // Every row of it, in the pack's words: none left in English.
    for (const s of frameStorage.youtube!)
      expect(row(`${s.name} (${STORE_NAMES[s.store]})`).slice(2, 4)).toEqual([pack.catalog[s.purpose], pack.catalog[s.lifetime]]);
  });
});
