// The name of every string the shopper sees. The config's shape refuses a `text` key not listed
// here, and the English table (src/ui/text-en-gb.ts) must have exactly these keys, by type.
export const TEXT_KEYS = [
  'title',
  'body',
  'policy',
  'accept',
  'reject',
  'manage',
  'save',
  'close',
  'dialog',
  'intro',
  'signal',
  'cat.necessary',
  'cat.necessary.text',
  'cat.preferences',
  'cat.preferences.text',
  'cat.analytics',
  'cat.analytics.text',
  'cat.marketing',
  'cat.marketing.text',
  'details',
  'company',
  'purpose',
  'cookies',
  'privacy',
  'transfer',
  'yes',
  'no',
  'cookie',
  'provider',
  'lifetime',
  'party',
  'first',
  'third',
  'site',
  'consent',
  'days',
  'none',
  'download',
  'embed.cookies',
  'embed.video',
  'embed.map',
  'embed.content',
] as const;
export type TextKey = (typeof TEXT_KEYS)[number];
export type Texts = Readonly<Record<TextKey, string>>;

/**
 * The strings the banner shows: the only ones the UI chunk carries. Every other key belongs to
 * the preferences part (the dialog, the cookie declaration, the placeholders), fetched when needed.
 */
export const BANNER_KEYS = ['title', 'body', 'policy', 'accept', 'reject', 'manage', 'signal'] as const satisfies readonly TextKey[];
export type BannerKey = (typeof BANNER_KEYS)[number];
export type PrefsKey = Exclude<TextKey, BannerKey>;
export type BannerTexts = Readonly<Record<BannerKey, string>>;
export type PrefsTexts = Readonly<Record<PrefsKey, string>>;
/** Some of the strings, as a site overrides them. */
export type TextOverrides = Readonly<Partial<Record<TextKey, string>>>;
