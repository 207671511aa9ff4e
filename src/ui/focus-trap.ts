// Keyboard rules of a modal dialog: Tab and Shift+Tab wrap around inside it, Esc closes it.
// Written as a keydown handler (no global listeners), so it lives and dies with the dialog.

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';

/** Controls a shopper can reach now: not inside a closed <details> or a hidden part. */
export function focusables(dialog: HTMLElement): HTMLElement[] {
  return Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => {
    const details = el.parentElement?.closest('details');
    return !el.closest('[hidden]') && !(details && !details.open && el.tagName !== 'SUMMARY');
  });
}

/** The element that has focus, looking inside the shadow root the dialog lives in. */
export const activeIn = (el: HTMLElement): Element | null => (el.getRootNode() as Document | ShadowRoot).activeElement;

export function modalKeys(e: KeyboardEvent, onEscape: (() => void) | null): void {
  const dialog = e.currentTarget as HTMLElement;
  if (e.key === 'Escape' && onEscape) {
    e.preventDefault();
    onEscape();
    return;
  }
  // WebKitGTK names Shift+Tab's key "Unidentified" (GTK's ISO_Left_Tab) and only its code "Tab";
  // reading the key alone let focus leave the dialog backwards there.
  if (e.key !== 'Tab' && e.code !== 'Tab') return;
  const items = focusables(dialog);
  const first = items[0];
  const last = items[items.length - 1];
  const active = activeIn(dialog);
  if (!first || !last) {
    e.preventDefault();
    return;
  }
  if (e.shiftKey && (active === first || active === dialog)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
