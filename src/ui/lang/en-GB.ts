// English (UK): the source every other language translates; the catalog's words are already English.
import { enGB } from '../text-en-gb';
import type { LanguagePack } from './pack';

export const pack: LanguagePack = { reviewed: true, sameAsEnglish: [], text: enGB, catalog: {} };
