// The automatic JSX runtime, in a few bytes: Preact's own `preact/jsx-runtime` adds ~250 B gzip
// to the UI chunk for speed we do not need (a banner renders a few dozen nodes). `createElement`
// builds the same vnode: it lifts `key` and `ref` out of props and keeps `props.children`.
// Only the script-tag builds alias `preact/jsx-runtime` here (rollup.config.mjs).
import { createElement, Fragment, type ComponentType, type VNode } from 'preact';

type Props = Record<string, unknown>;

export const jsx = (type: string | ComponentType<Props>, props: Props, key?: unknown): VNode =>
  createElement(type as string, key === undefined ? props : { ...props, key });
export { jsx as jsxs, Fragment };
