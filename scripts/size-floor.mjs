// What the byte targets are up against: the gzip -9 size of the parts no design of
// Consentry can leave out of a page view, minified exactly as the shipped files are. If a floor
// is over a target, no trimming of the rest can meet it; docs/performance.md quotes these.
//
//   node scripts/size-floor.mjs
import { build } from 'esbuild';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { TERSER } from '../rollup.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `source` (an ES module importing from the repo) and minifies it with the build's own settings. */
async function gz(source) {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  const min = await minify(out.outputFiles[0].text, TERSER);
  return gzipSync(min.code, { level: 9 }).length;
}

// Each import is kept alive by a global, so tree-shaking keeps what a page would run.
const floors = {
  'the tag gate alone (src/boot/gate)': `import { gateFeature } from './src/boot/gate'; globalThis.x = gateFeature;`,
  'returning-visit floor: read config and record, decide, gate (no validation, UI, cleanup, receipts, Consent Mode, catalog)': `
    import { gateFeature } from './src/boot/gate';
    import { findConfig } from './src/boot/config-source';
    import { createConsentStore } from './src/boot/consent-store';
    import { decide } from './src/shared/decide';
    import { presentSignals } from './src/shared/signals';
    import { listeners } from './src/shared/listeners';
    globalThis.x = [gateFeature, findConfig, createConsentStore, decide, presentSignals, listeners];`,
  'Preact as the UI uses it (render, createElement, Fragment)': `
    import { render, createElement, Fragment } from 'preact';
    globalThis.x = [render, createElement, Fragment];`,
};

for (const [what, source] of Object.entries(floors)) console.log(`${((await gz(source)) / 1000).toFixed(2).padStart(6)} KB  ${what}`);
