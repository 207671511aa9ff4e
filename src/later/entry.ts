// dist/consentry-later.js: what the boot loads after first paint, only when the page view needs
// it. It defines no global: it hands its features to the boot by an event on its own <script>.
import { LATER_READY_EVENT } from '../boot/later';
import { debugStreamFeature } from './debug-stream';
import { messagesFeature } from './messages';
import { receiptsFeature } from './receipts';
import { leftoversFeature } from './sweep';
import { withdrawFeature } from './withdraw';

document.currentScript?.dispatchEvent(
  new CustomEvent(LATER_READY_EVENT, { detail: [messagesFeature, debugStreamFeature, receiptsFeature, leftoversFeature, withdrawFeature] }),
);
