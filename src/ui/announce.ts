// A script-tag part (the UI chunk, the preferences part) defines no global: it hands what it
// exports over through an event on its own <script> element, which only its loader listens to.
export function announce(event: string, detail: unknown): void {
  document.currentScript?.dispatchEvent(new CustomEvent(event, { detail }));
}
