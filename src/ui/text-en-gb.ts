// The default wording (en-GB). Every string the shopper sees has a key here; other languages
// and a site's `text` overrides replace strings by key. Button names are public contract. In two
// parts, as every language: the banner's (the UI chunk) and the rest (the preferences part).
import type { BannerTexts, PrefsTexts, Texts } from '../shared/text-keys';

export const bannerEnGB: BannerTexts = {
  title: 'Cookies on this site',
  body: 'We use optional cookies for preferences, analytics and marketing only if you accept them. You can change your mind at any time.',
  policy: 'Cookie policy',
  accept: 'Accept all',
  reject: 'Reject all',
  manage: 'Manage preferences',
  signal: "Your browser's privacy signal is respected.",
};

export const prefsEnGB: PrefsTexts = {
  save: 'Save preferences',
  close: 'Close',
  dialog: 'Cookie preferences',
  intro: 'Choose which optional cookies we may use. Necessary cookies keep the site working and cannot be switched off.',
  'cat.necessary': 'Necessary',
  'cat.necessary.text': 'Needed for the site to work, such as your basket and this choice.',
  'cat.preferences': 'Preferences',
  'cat.preferences.text': 'Remember settings such as recently viewed products.',
  'cat.analytics': 'Analytics',
  'cat.analytics.text': 'Help us understand how the site is used so we can improve it.',
  'cat.marketing': 'Marketing',
  'cat.marketing.text': 'Show relevant offers and measure our advertising.',
  details: 'About {name}',
  company: 'Company',
  purpose: 'Purpose',
  cookies: 'Cookies',
  privacy: 'Privacy policy',
  transfer: 'Data leaves the UK/EEA',
  yes: 'Yes',
  no: 'No',
  cookie: 'Cookie',
  provider: 'Provider',
  lifetime: 'Lifetime',
  party: 'Set by',
  first: 'First party',
  third: 'Third party',
  site: 'This site',
  consent: 'Remembers your cookie choices.',
  days: '{n} days',
  none: 'No cookies.',
  download: 'Download my consent record',
  'embed.cookies': 'Loading it lets {name} set cookies.',
  'embed.video': 'Load video',
  'embed.map': 'Load map',
  'embed.content': 'Load content',
};

/** The whole table, for the npm build and the tests; neither script-tag file imports it. */
export const enGB: Texts = { ...bannerEnGB, ...prefsEnGB };

export type { BannerTexts, PrefsTexts, TextKey, Texts } from '../shared/text-keys';
