// Builds: the script-tag IIFE (starts itself, defines window.Consentry), the ESM library with
// its types, each with source maps. Entries are listed once so the size budget and the
// benchmark read the same files the site ships.
import esbuild from 'rollup-plugin-esbuild';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import { fileURLToPath } from 'node:url';

const ts = () => esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact', minify: false });
/**
 * `allFunctionsCalledOnLoad` is V8's explicit compile hint (Chrome 136+): nearly every function
 * of a script-tag file runs while the page loads, so V8 compiles them all eagerly on the
 * streaming thread instead of lazily on the main thread, one call at a time. Other browsers read
 * a comment. Measured by `npm run bench` (docs/performance.md).
 */
const min = () =>
  terser({
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    mangle: { properties: false },
    format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
  });

/** JSX compiles to `preact/jsx-runtime`; the bundled builds take a smaller equivalent (src/ui/jsx.ts). */
const smallJsx = () => ({
  name: 'small-jsx',
  resolveId: (id) => (id === 'preact/jsx-runtime' ? fileURLToPath(new URL('src/ui/jsx.ts', import.meta.url)) : null),
});

/** A self-starting script for one plain <script src>: everything it needs is bundled in. */
const iife = (input, file) => ({
  input,
  output: { file, format: 'iife', sourcemap: true, strict: true },
  plugins: [smallJsx(), resolve({ browser: true }), ts(), min()],
});

const external = (id) => /^(preact|js-cookie|pg)(\/|$)/.test(id) || id.startsWith('node:');

export default [
  iife('src/browser.ts', 'dist/consentry.js'),
  // The banner and preferences UI, one chunk per language, fetched only when the shopper must choose.
  iife('src/ui/entry.ts', 'dist/consentry-ui.js'),
  iife('src/ui/entry-fr.ts', 'dist/consentry-ui.fr.js'),
  iife('src/ui/entry-de.ts', 'dist/consentry-ui.de.js'),
  {
    // `consentry/vendors`: one named export per vendor, so a site ships only the vendors it imports.
    input: { consentry: 'src/index.ts', vendors: 'vendors/index.ts' },
    // The UI chunk imports helpers from the entry; let the entry export them instead of a facade.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', sourcemap: true },
    external,
    plugins: [resolve({ browser: true }), ts()],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/consentry.d.ts', format: 'es' },
    external,
    plugins: [dts()],
  },
  {
    input: 'vendors/index.ts',
    output: { file: 'dist/vendors.d.ts', format: 'es' },
    external,
    plugins: [dts()],
  },
  // `consentry/server`: the receipt endpoint for Node; `pg` stays the site's optional install.
  {
    input: 'src/server/index.ts',
    output: { file: 'dist/server.mjs', format: 'es', sourcemap: true },
    external,
    plugins: [resolve({ preferBuiltins: true }), ts()],
  },
  {
    input: 'src/server/index.ts',
    output: { file: 'dist/server.d.ts', format: 'es' },
    external,
    plugins: [dts()],
  },
];
