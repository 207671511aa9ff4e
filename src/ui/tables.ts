// Every shipped table, for the ESM build, where a bundler splits what the site imports.
import type { UiLanguage } from '../boot/language';
import { de } from './text-de';
import { enGB, type Texts } from './text-en-gb';
import { fr } from './text-fr';

export const TABLES: Readonly<Record<UiLanguage, Texts>> = { 'en-GB': enGB, fr, de };
