// A UI chunk defines no global: it hands its mount function to the loader through an event on
// its own <script> element, which only the loader listens to.
import { UI_READY_EVENT, type MountUi } from '../boot/ui-handle';

export function announceUi(mount: MountUi): void {
  document.currentScript?.dispatchEvent(new CustomEvent(UI_READY_EVENT, { detail: mount }));
}
