// dist/consentry-ui.de.js: the UI in German.
import { announceUi } from './announce';
import { withCatalogTextIn } from './catalog-text';
import { mountUiIn } from './mount';
import { de } from './text-de';

announceUi(withCatalogTextIn(mountUiIn({ lang: 'de', text: de })));
