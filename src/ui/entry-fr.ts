// dist/consentry-ui.fr.js: the UI in French.
import { announceUi } from './announce';
import { mountUiIn } from './mount';
import { fr } from './text-fr';

announceUi(mountUiIn({ lang: 'fr', text: fr }));
