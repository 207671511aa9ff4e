// English (UK): the source every other language translates; the catalog's words are already English.
import { bannerEnGB, prefsEnGB } from '../text-en-gb';
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

export const reviewed = true;

export const banner: BannerTexts = bannerEnGB;

export const prefs: PrefsPack = { text: prefsEnGB, catalog: {} };

/** English is the source: nothing to tell apart. */
export const sameAsEnglish: SameAsEnglish = {};
