// English (UK): the source every other language translates; the catalog's words are already English.
import { enGB } from '../text-en-gb';
import type { LanguagePack, SameAsEnglish } from './pack';

export const pack: LanguagePack = { reviewed: true, text: enGB, catalog: {} };

/** English is the source: nothing to tell apart. */
export const sameAsEnglish: SameAsEnglish = {};
