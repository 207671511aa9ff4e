// dist/consentry-ui.js: the UI in en-GB, the default.
import { announceUi } from './announce';
import { mountUiIn } from './mount';
import { enGB } from './text-en-gb';

announceUi(mountUiIn({ lang: 'en-GB', text: enGB }));
