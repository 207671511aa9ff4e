// Builds: the script-tag IIFE (starts itself, defines window.Consentry), the ESM library with
// its types, each with source maps. Entries are listed once so the size budget and the
// benchmark read the same files the site ships.
import esbuild from 'rollup-plugin-esbuild';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const ts = () => esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact', minify: false });
/**
 * `allFunctionsCalledOnLoad` is V8's explicit compile hint (Chrome 136+): nearly every function
 * of a script-tag file runs while the page loads, so V8 compiles them all eagerly on the
 * streaming thread instead of lazily on the main thread, one call at a time. Other browsers read
 * a comment. Measured by `npm run bench` (docs/performance.md).
 */
/**
 * The seams between the script-tag files (the boot's context, the problem log, the UI handle, the
 * gate's own helpers) are read only by our code, so their names shrink. The boot, the later part
 * and the UI chunks are minified apart but hand each other these objects, so every file gets
 * the same fixed names, never names terser picks per file. Only names no platform object or
 * config key has (`isAllowed`, `record` and the like are public and stay); the short names are
 * `$`-prefixed, which no source property uses (checked on every build, below).
 */
export const INTERNAL_NAMES = [
  'loadPart',
  'noteShownText',
  'shownText',
  'needsChoice',
  'refusedBySignal',
  'reread',
  'onDecisions',
  'onChoice',
  'onVendor',
  'onStored',
  'onDebug',
  'expose',
  'problems',
  'kept',
  'onKept',
  'fillCookieTables',
  'holdTree',
  'copyHolds',
  'setAttr',
  'rearm',
  'heldFrame',
];
const SHORT = Object.fromEntries(INTERNAL_NAMES.map((name, i) => [name, `$${i.toString(36)}`]));
export const TERSER = Object.freeze({
  ecma: 2020,
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
  mangle: {
    properties: {
      regex: new RegExp(`^(${INTERNAL_NAMES.join('|')})$`),
      cache: { props: Object.fromEntries(Object.entries(SHORT).map(([name, short]) => [`$${name}`, short])) },
    },
  },
  format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
});
/** Stops the build if a source property already has one of the short names (it would clash). */
const shortNamesFree = () => ({
  name: 'short-names-free',
  renderChunk(code) {
    // As a property read (`.$1`) or an object key (`$1:`); a regex's "$1" in a string is no property.
    const taken = Object.values(SHORT).filter((short) => new RegExp(`(\\.\\${short}(?![\\w$])|(?<![\\w$])\\${short}\\s*:)`).test(code));
    if (taken.length) this.error(`${taken.join(', ')} already in the code: pick other short names in rollup.config.mjs`);
    return null;
  },
});
const min = () => terser(TERSER);

/** JSX compiles to `preact/jsx-runtime`; the bundled builds take a smaller equivalent (src/ui/jsx.ts). */
const smallJsx = () => ({
  name: 'small-jsx',
  resolveId: (id) => (id === 'preact/jsx-runtime' ? fileURLToPath(new URL('src/ui/jsx.ts', import.meta.url)) : null),
});

/**
 * The shipped languages, read from the one list the core chooses from (src/shared/languages.ts), so
 * a language added there gets its chunk here and nowhere else needs to change.
 */
export const UI_LANGUAGES = (() => {
  const list = readFileSync(new URL('src/shared/languages.ts', import.meta.url), 'utf8').match(/UI_LANGUAGES = \[([^\]]*)\]/);
  if (!list) throw new Error('rollup.config.mjs: no UI_LANGUAGES = [...] list in src/shared/languages.ts; keep it a plain array literal');
  return [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
})();
export const uiChunkFile = (lang) => (lang === 'en-GB' ? 'consentry-ui.js' : `consentry-ui.${lang}.js`);
/** Each language's preferences part, next to its UI chunk (the same names as src/ui/prefs-handle.ts). */
export const prefsChunkFile = (lang) => (lang === 'en-GB' ? 'consentry-prefs.js' : `consentry-prefs.${lang}.js`);

/** Each language's chunk entry: the shared UI started with that language's pack, and no other. */
const uiEntry = (lang) => {
  const id = `\0consentry-ui:${lang}`;
  const at = (f) => JSON.stringify(fileURLToPath(new URL(f, import.meta.url)));
  return {
    name: 'ui-entry',
    resolveId: (source) => (source === id ? id : null),
    load: (source) =>
      source === id
        ? `import { startUi } from ${at('src/ui/entry.ts')};\nimport { banner } from ${at(`src/ui/lang/${lang}.ts`)};\nstartUi(${JSON.stringify(lang)}, banner);\n`
        : null,
  };
};

/** Each language's preferences part: the dialog, declaration and placeholders with that language's words. */
const prefsEntry = (lang) => {
  const id = `\0consentry-prefs:${lang}`;
  const at = (f) => JSON.stringify(fileURLToPath(new URL(f, import.meta.url)));
  return {
    name: 'prefs-entry',
    resolveId: (source) => (source === id ? id : null),
    load: (source) =>
      source === id
        ? `import { startPrefsPart } from ${at('src/ui/prefs-entry.ts')};\nimport { prefs } from ${at(`src/ui/lang/${lang}.ts`)};\nstartPrefsPart(prefs);\n`
        : null,
  };
};

/**
 * The preferences part renders with the Preact the banner chunk already runs: `preact` resolves
 * to live bindings the chunk fills when it starts the part (src/ui/lent-preact.ts), so a page
 * holds one Preact. `CONSENTRY_PREFS_PREACT=bundled` builds it with its own copy, to compare.
 */
const LENT_PREACT = fileURLToPath(new URL('src/ui/lent-preact.ts', import.meta.url));
const lentPreact = () => ({
  name: 'lent-preact',
  resolveId: (source) => (source === 'preact' && process.env.CONSENTRY_PREFS_PREACT !== 'bundled' ? LENT_PREACT : null),
});

/** A self-starting script for one plain <script src>: everything it needs is bundled in. */
const iife = (input, file, extra = []) => ({
  input,
  output: { file, format: 'iife', sourcemap: true, strict: true },
  plugins: [...extra, smallJsx(), resolve({ browser: true }), ts(), shortNamesFree(), min()],
});

const external = (id) => /^(preact|js-cookie|pg)(\/|$)/.test(id) || id.startsWith('node:');

const configs = [
  iife('src/browser.ts', 'dist/consentry.js'),
  // What a page view needs only after first paint or once something happens (src/boot/later.ts).
  iife('src/later/entry.ts', 'dist/consentry-later.js'),
  // The banner and preferences UI, one chunk per language, fetched only when the shopper must choose.
  ...UI_LANGUAGES.map((lang) => iife(`\0consentry-ui:${lang}`, `dist/${uiChunkFile(lang)}`, [uiEntry(lang)])),
  // The rest of the UI, one part per language, fetched by the UI chunk when first needed.
  ...UI_LANGUAGES.map((lang) => iife(`\0consentry-prefs:${lang}`, `dist/${prefsChunkFile(lang)}`, [prefsEntry(lang), lentPreact()])),
  // Strict mode's service worker: the site copies it to its root (src/sw/worker.ts).
  iife('src/sw/worker.ts', 'dist/consentry-sw.js'),
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
  // `consentry audit` (package.json `bin`): playwright-core stays the user's optional install,
  // tldts (the Public Suffix List) is bundled, so neither is a dependency of a site's install.
  {
    input: 'src/cli/bin.ts',
    output: { file: 'dist/cli.mjs', format: 'es', banner: '#!/usr/bin/env node' },
    external: (id) => id === 'playwright-core' || id.startsWith('node:'),
    plugins: [
      resolve({ preferBuiltins: true }),
      esbuild({
        target: 'node20',
        define: { CONSENTRY_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
      }),
    ],
  },
  // `consentry/react`: React is the site's (an optional peer), never bundled. 'use client' lets a
  // Next.js server component import the provider; the module itself touches no window at import.
  {
    input: 'src/react/index.ts',
    output: { file: 'dist/react.mjs', format: 'es', sourcemap: true, banner: "'use client';" },
    external: (id) => /^react(-dom)?(\/|$)/.test(id),
    plugins: [ts()],
  },
  {
    input: 'src/react/index.ts',
    output: { file: 'dist/react.d.ts', format: 'es' },
    external: (id) => /^react(-dom)?(\/|$)/.test(id),
    plugins: [dts()],
  },
];

/**
 * `CONSENTRY_BUILD_PART=i/n` builds every n-th config from the i-th (scripts/build.mjs runs one
 * rollup per core): the language chunks make a single sequential run the slowest step of a test run.
 */
const part = process.env.CONSENTRY_BUILD_PART?.match(/^(\d+)\/(\d+)$/);
export default part ? configs.filter((_, i) => i % Number(part[2]) === Number(part[1])) : configs;
