// Every shipped language in Chromium, at a phone's 360 px: a page with that <html lang> shows the
// banner, the preferences (every vendor's details open) and the cookie declaration in that
// language, with no string left in English unless the language file says why English is right,
// no button whose text overflows, and no axe-core violation. Then what a site may choose: the
// languages it serves (only that language's UI file is fetched) and its own words per language.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { catalog, embeds } from '../../vendors';
import { UI_LANGUAGES, type UiLanguage } from '../../src/shared/languages';
import type { LanguageFile, SameAsEnglish } from '../../src/ui/lang/pack';
import type { Texts } from '../../src/ui/text-en-gb';
import { enGB } from '../../src/ui/text-en-gb';
import { launchBrowser, settled, shopPage, startServer, type TestServer } from './harness';
import { axeViolations, openShop, type Shop } from './ui-support';

/** Each language file, with its two parts read as one table: the shopper sees both. */
const files = Object.fromEntries(
  await Promise.all(
    UI_LANGUAGES.map(async (l) => {
      const file = (await import(`../../src/ui/lang/${l}.ts`)) as LanguageFile;
      const text: Texts = { ...file.banner, ...file.prefs.text };
      return [l, { pack: { text, catalog: file.prefs.catalog }, sameAsEnglish: file.sameAsEnglish }] as const;
    }),
  ),
) as Record<UiLanguage, { pack: { text: Texts; catalog: Readonly<Record<string, string>> }; sameAsEnglish: SameAsEnglish }>;

/** Every catalog vendor, so every catalog word the UI can show is on screen. */
const VENDORS = Object.keys(catalog);
const PHONE = { width: 360, height: 740 };

/** A site's own embed of no kind and no cookies: its box says "Load content", its details "No cookies". */
const REVIEWS = {
  id: 'reviews',
  name: 'Reviews',
  company: 'Reviews Ltd',
  category: 'marketing',
  purpose: 'Shows what other shoppers wrote.',
  hosts: ['reviews.example'],
  cookies: [],
  leavesUkEea: false,
};
/** Held embeds of each kind, as wide as a phone's column, big enough for a placeholder. */
const HELD = [
  ['youtube', 'https://www.youtube-nocookie.com/embed/r'],
  ['google-maps', 'https://www.google.com/maps/embed?pb=shop'],
  ['reviews', 'https://reviews.example/widget'],
]
  .map(([id, src]) => `<iframe title="${id}" width="320" height="260" data-consentry="${id}" data-src="${src}"></iframe>`)
  .join('');
const HELD_COUNT = 3;

let browser: Browser;
let server: TestServer;
/** What each test opened, closed after it. */
const opened: Array<() => Promise<void>> = [];

/** A shop page in `lang` with the cookie declaration on it, as a policy page has. */
const page = (lang: string, config: object = {}) =>
  shopPage({ config: { vendors: VENDORS, policyUrl: '/privacy', ...config }, body: '<div data-consentry-cookie-table></div>' }).replace(
    '<html lang="en-GB">',
    `<html lang="${lang}">`,
  );

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  for (const lang of UI_LANGUAGES) server.page(`/${lang}.html`, page(lang));
  for (const lang of UI_LANGUAGES)
    server.page(
      `/${lang}-held.html`,
      shopPage({ config: { vendors: [embeds.youtube, embeds['google-maps'], REVIEWS], policyUrl: '/privacy' }, body: HELD }).replace(
        '<html lang="en-GB">',
        `<html lang="${lang}">`,
      ),
    );
  server.page('/de-only-fr.html', page('de', { languages: ['fr', 'en-GB'] }));
  server.page('/fr-ca-listed.html', page('fr-CA', { languages: ['en-GB', 'fr'] }));
  server.page(
    '/own-words.html',
    page('fr', { text: { reject: 'Refuse everything', fr: { accept: 'Oui à tout' }, de: { reject: 'Nein' } } }),
  );
  for (const lang of ['fr', 'de']) server.page(`/${lang}-youtube.html`, page(lang, { vendors: [embeds.youtube] }));
  server.page('/typos.html', page('fr', { languages: ['fr', 'french'], text: { acceptAll: 'Oui' } }));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((close) => close()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Shop> {
  const shop = await openShop(browser, server, path, { viewport: PHONE });
  opened.push(shop.close);
  return shop;
}

interface Seen {
  /** Each rendered text node and accessible name attribute, whitespace collapsed. */
  readonly strings: string[];
  /** The `lang` the banner, dialog or declaration declares. */
  readonly lang: string | null;
  /** Buttons (and the banner itself) whose content, or one of its words, is wider than their box. */
  readonly overflowing: string[];
}

/**
 * What the shopper sees in the UI layer matching `selector`: in the banner's shadow root (`ui`),
 * in the page (`page`), or in every placeholder's own shadow root (`placeholders`).
 */
function seen(page: Page, selector: string, where: 'ui' | 'page' | 'placeholders'): Promise<Seen> {
  return page.evaluate(
    ([selector, where]) => {
      const hosts = [...document.querySelectorAll('[data-consentry-ui]')];
      const scopes: ParentNode[] =
        where === 'page' ? [document] : where === 'ui' ? [hosts[0]!.shadowRoot!] : hosts.map((h) => h.shadowRoot!);
      const els = scopes
        .flatMap((scope) => [...scope.querySelectorAll<HTMLElement>(selector)])
        .slice(0, where === 'placeholders' ? undefined : 1);
      const el = els[0]!;
      const strings: string[] = [];
      // The banner's answers live in the page's DOM, slotted in: what the shopper sees includes them.
      const slotted = els.flatMap((e) => [...e.querySelectorAll('slot')].flatMap((s) => s.assignedElements() as HTMLElement[]));
      for (const root of [...els, ...slotted]) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
          const found = n instanceof Element ? ['aria-label', 'title', 'alt'].map((a) => n.getAttribute(a) ?? '') : [n.textContent ?? ''];
          for (const s of found) if (/\p{L}/u.test(s)) strings.push(s.replace(/\s+/g, ' ').trim());
        }
      }
      // Measured without emergency word breaks too: a word cut in half is text that did not fit.
      const boxes = [
        ...els.flatMap((e) => [e, ...e.querySelectorAll<HTMLElement>('button')]),
        ...slotted.filter((b) => b.tagName === 'BUTTON'),
      ];
      const wider = (b: HTMLElement) => {
        const fits = b.scrollWidth <= b.clientWidth;
        b.style.overflowWrap = 'normal';
        const whole = b.scrollWidth <= b.clientWidth;
        b.style.overflowWrap = '';
        return !fits || !whole;
      };
      const overflowing = boxes.filter(wider).map((b) => `${b.tagName} "${b.textContent}": ${b.scrollWidth} > ${b.clientWidth}`);
      return { strings, lang: el.closest('[lang]')!.getAttribute('lang'), overflowing };
    },
    [selector, where] as const,
  );
}

/** A string as a whole-string pattern, its `{slots}` matching anything. */
const pattern = (english: string) => new RegExp(`^${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+')}$`);
/** The catalog's English: each vendor's purpose and its cookies' purposes and lifetimes. */
const catalogEnglish = [
  ...new Set(Object.values(catalog).flatMap((v) => [v.purpose, ...v.cookies.flatMap((c) => [c.purpose, c.lifetime])])),
];

/** Rendered strings that are English, except those the language file lists as rightly English. */
function english(lang: UiLanguage, strings: readonly string[]): string[] {
  const same = files[lang].sameAsEnglish;
  const english = [
    ...Object.entries(enGB)
      .filter(([key]) => !(key in same))
      .map(([, s]) => pattern(s)),
    ...catalogEnglish.filter((w) => !(w in same)).map(pattern),
  ];
  return strings.filter((s) => english.some((re) => re.test(s)));
}

/** Opens every vendor's "About" section of the dialog, so each of its words is on screen. */
const openAllDetails = (p: Page) =>
  p.evaluate(() =>
    document
      .querySelector('[data-consentry-ui]')!
      .shadowRoot!.querySelectorAll('details')
      .forEach((d) => (d.open = true)),
  );

describe('each language, at 360 px', () => {
  it.each(UI_LANGUAGES)(
    '%s: the banner, preferences and cookie declaration speak it, no string falls back to English, nothing overflows, axe finds nothing',
    async (lang) => {
      const { pack } = files[lang];
      const { page: p } = await open(`/${lang}.html`);
      await p.getByRole('dialog', { name: pack.text.title }).waitFor();
      await p.locator('[data-consentry-cookie-table] table').first().waitFor();
      const banner = await seen(p, '.b', 'ui');
      const declaration = await seen(p, '.consentry-cookies', 'page');
      const axeBanner = await axeViolations(p);

      await p.getByRole('button', { name: pack.text.manage, exact: true }).click();
      await p.getByRole('dialog', { name: pack.text.dialog }).waitFor();
      await openAllDetails(p);
      const prefs = await seen(p, '.d', 'ui');
      const axePrefs = await axeViolations(p);

      expect.soft([banner.lang, prefs.lang, declaration.lang]).toEqual([lang, lang, lang]);
      expect.soft(banner.strings).toEqual(expect.arrayContaining([pack.text.title, pack.text.accept, pack.text.reject, pack.text.manage]));
      expect.soft(prefs.strings).toEqual(expect.arrayContaining([pack.text.dialog, pack.text.save, pack.text.close]));
      expect
        .soft(declaration.strings)
        .toEqual(expect.arrayContaining([pack.text.cookie, pack.text.provider, pack.text.purpose, pack.text.lifetime, pack.text.party]));
      // Every catalog word is on screen, in this language (en-GB's are the catalog's own).
      const words = catalogEnglish.map((w) => (lang === 'en-GB' ? w : pack.catalog[w]!));
      expect
        .soft(
          words.filter((w) => !prefs.strings.includes(w) && !declaration.strings.includes(w)),
          'catalog words not shown in this language',
        )
        .toEqual([]);
      if (lang !== 'en-GB') {
        const left = english(lang, [...banner.strings, ...prefs.strings, ...declaration.strings]);
        expect.soft(left, `translate these in src/ui/lang/${lang}.ts, or list them in its sameAsEnglish with the reason`).toEqual([]);
      }
      expect.soft([...banner.overflowing, ...prefs.overflowing], 'text wider than its button at 360 px').toEqual([]);
      expect.soft({ banner: axeBanner, preferences: axePrefs }).toEqual({ banner: [], preferences: [] });
    },
  );
});

describe('each language, at 360 px, what only some visits show', () => {
  it.each(UI_LANGUAGES)(
    '%s: the privacy signal line, the placeholders, "No cookies" and the record download speak it, no string falls back to English, nothing overflows',
    async (lang) => {
      const { pack } = files[lang];
      // A browser that sends Global Privacy Control, as the header and as the property.
      const context = await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce', extraHTTPHeaders: { 'Sec-GPC': '1' } });
      opened.push(() => context.close());
      await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
      const p = await context.newPage();
      await p.goto(server.url(`/${lang}-held.html`));
      await p.getByRole('dialog', { name: pack.text.title }).waitFor();
      // A box on each held embed (Playwright's CSS enters the placeholders' open shadow roots).
      await p
        .locator('[data-consentry-ui] div.p[role="group"]')
        .nth(HELD_COUNT - 1)
        .waitFor();
      const banner = await seen(p, '.b', 'ui');
      const boxes = await seen(p, '.p', 'placeholders');

      // A stored record brings the download button; the preferences show the signal line again.
      await p.locator('[data-consentry-ui] > button[data-consentry-action="reject"]').click();
      await p.getByRole('dialog', { name: pack.text.title }).waitFor({ state: 'hidden' });
      await p.evaluate(() => window.Consentry!.showPreferences());
      await p.getByRole('dialog', { name: pack.text.dialog }).waitFor();
      await openAllDetails(p);
      const prefs = await seen(p, '.d', 'ui');

      expect.soft([banner.lang, boxes.lang, prefs.lang]).toEqual([lang, lang, lang]);
      expect.soft(banner.strings).toContain(pack.text.signal);
      expect
        .soft(boxes.strings)
        .toEqual(expect.arrayContaining([pack.text['embed.video'], pack.text['embed.map'], pack.text['embed.content'], pack.text.manage]));
      // Each box says what loading it means, with the vendor's name in the sentence.
      for (const name of ['YouTube', 'Google Maps', 'Reviews'])
        expect.soft(boxes.strings.join(' ')).toContain(pack.text['embed.cookies'].replace('{name}', name));
      expect.soft(prefs.strings).toEqual(expect.arrayContaining([pack.text.signal, pack.text.none, pack.text.download]));
      if (lang !== 'en-GB') {
        const left = english(lang, [...banner.strings, ...boxes.strings, ...prefs.strings]);
        expect.soft(left, `translate these in src/ui/lang/${lang}.ts, or list them in its sameAsEnglish with the reason`).toEqual([]);
      }
      expect.soft([...banner.overflowing, ...boxes.overflowing, ...prefs.overflowing], 'text wider than its button at 360 px').toEqual([]);
    },
  );
});

// The script tag's language files bring these words with their UI: YouTube is a site's own full
// definition there (not yet in the core's catalog), and its player's storage is declared by id.
describe("an embed's storage on its own origin", () => {
  it.each(['fr', 'de'] as const)("is declared in the page's language (%s), the store names as they are", async (lang) => {
    const { pack } = files[lang];
    const { page: p } = await open(`/${lang}-youtube.html`);
    const row = p.locator('[data-consentry-cookie-table] tr', { has: p.locator('th', { hasText: 'yt-remote-device-id (localStorage)' }) });
    await row.waitFor();
    expect(await row.locator('th, td').allTextContents()).toEqual([
      'yt-remote-device-id (localStorage)',
      'Google',
      pack.catalog['Gives this browser an ID for playing videos on a TV.'],
      pack.catalog['1 year'],
      pack.text.third,
    ]);
  });
});

describe('the languages a site serves, and its own words', () => {
  const uiFiles = (shop: Shop) =>
    shop.net.requests.filter((u) => /\/consentry-ui[^/]*\.js$/.test(new URL(u).pathname)).map((u) => new URL(u).pathname.split('/').pop());

  it.each([
    ['a page in a language the site does not list gets the first listed', '/de-only-fr.html'],
    ['a page in a listed language gets it, by its primary subtag', '/fr-ca-listed.html'],
  ])('%s, and no other language’s UI file is fetched', async (_, path) => {
    const shop = await open(path);
    await shop.page.getByRole('dialog', { name: files.fr.pack.text.title }).waitFor();
    await settled(shop.page, shop.net);
    expect(uiFiles(shop)).toEqual(['consentry-ui.fr.js']);
  });

  it('shows the site’s words for the page’s language over its words for every language, and not another language’s', async () => {
    const { page: p } = await open('/own-words.html');
    await p.getByRole('dialog', { name: files.fr.pack.text.title }).waitFor();
    const { strings } = await seen(p, '.b .a', 'ui');
    expect(strings).toEqual(['Oui à tout', 'Refuse everything', files.fr.pack.text.manage]);
  });

  it('names an unknown language code and an unknown text key in the console, with what to use instead', async () => {
    const context = await browser.newContext();
    opened.push(() => context.close());
    const p = await context.newPage();
    const errors: string[] = [];
    const both = new Promise<void>((resolve) =>
      p.on('console', (m) => {
        if (m.type() === 'error' && m.text().startsWith('Consentry: config.')) errors.push(m.text());
        if (errors.length === 2) resolve();
      }),
    );
    await p.goto(server.url('/typos.html'));
    await both;
    expect(errors.sort()).toEqual([
      expect.stringMatching(/^Consentry: config\.languages\[1\] must be one of "en-GB", "bg", .*"fr", .*"nb"\.$/),
      expect.stringMatching(
        /^Consentry: config\.text\.acceptAll is not a known setting; remove it or use one of title, body, policy, accept, .*, en-GB, bg, /,
      ),
    ]);
  });
});
