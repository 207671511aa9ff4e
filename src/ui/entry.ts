// dist/consentry-ui.js: the UI in en-GB, the default.
import { announceUi } from './announce';
import { withCatalogTextIn } from './catalog-text';
import { mountUiIn } from './mount';
import { enGB } from './text-en-gb';

announceUi(withCatalogTextIn(mountUiIn({ lang: 'en-GB', text: enGB })));
