// dist/consentry-ui.de.js: the UI in German.
import { announceUi } from './announce';
import { mountUiIn } from './mount';
import { de } from './text-de';

announceUi(mountUiIn({ lang: 'de', text: de }));
