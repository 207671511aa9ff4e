// dist/consentry-ui.fr.js: the UI in French.
import { announceUi } from './announce';
import { withCatalogTextIn } from './catalog-text';
import { mountUiIn } from './mount';
import { fr } from './text-fr';

announceUi(withCatalogTextIn(mountUiIn({ lang: 'fr', text: fr })));
