// Preact, as the script-tag preferences part sees it: the build resolves `preact` to this module
// (rollup.config.mjs), so the part carries no second copy of Preact (~4.3 KB gzip) and renders
// with the very one the banner chunk already runs, which lends it before the part renders
// anything. Live bindings: every import of them reads what `adopt` assigned. The npm build and
// the tests never see this module; there `preact` is Preact.
import type { createElement as CreateElement, Fragment as PreactFragment, render as Render } from 'preact';

/** Exactly the pieces the part uses: `render`, and what JSX compiles to (src/ui/jsx.ts). */
export interface LentPreact {
  readonly render: typeof Render;
  readonly createElement: typeof CreateElement;
  readonly Fragment: typeof PreactFragment;
}

export let render: typeof Render;
export let createElement: typeof CreateElement;
export let Fragment: typeof PreactFragment;

export function adopt(preact: LentPreact): void {
  ({ render, createElement, Fragment } = preact);
}
