// `npm run size`, part one: every language's UI file, and the first visit in every language held
// to the one first-visit limit in package.json. size-limit measures that limit for the file list
// as written (English); this script reads the same entry and swaps in each language's UI file,
// measuring the way size-limit does (each file gzipped at level 9, the sizes summed; 1 KB = 1000 B).
// Each language's preferences part is printed beside it: it is not part of a first visit (the
// banner chunk fetches it when the dialog, a cookie declaration or a placeholder is needed).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { UI_LANGUAGES, prefsChunkFile, uiChunkFile } from '../rollup.config.mjs';

const root = new URL('../', import.meta.url);
const { 'size-limit': checks } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const ENGLISH_UI = `dist/${uiChunkFile('en-GB')}`;
const firstVisit = checks.find((c) => Array.isArray(c.path) && c.path.includes(ENGLISH_UI));
if (!firstVisit)
  throw new Error(`size-languages: no size-limit entry in package.json lists ${ENGLISH_UI}; the first-visit limit is the one that does`);

const KB = { B: 1, KB: 1000, kB: 1000 };
const [, amount, unit] = /^([\d.]+)\s*(B|KB|kB)$/.exec(firstVisit.limit) ?? [];
if (!amount) throw new Error(`size-languages: cannot read the limit "${firstVisit.limit}"; write it as "30.6 KB"`);
const limit = Number(amount) * KB[unit];

const gz = (path) => gzipSync(readFileSync(new URL(path, root)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;

const rows = UI_LANGUAGES.map((lang) => {
  const ui = `dist/${uiChunkFile(lang)}`;
  const files = firstVisit.path.map((p) => (p === ENGLISH_UI ? ui : p));
  const total = files.reduce((sum, f) => sum + gz(f), 0);
  return { lang, ui: gz(ui), prefs: gz(`dist/${prefsChunkFile(lang)}`), total };
});

console.log(`First visit per language (${firstVisit.path.join(' + ')}, with that language's UI file), limit ${firstVisit.limit}:`);
for (const r of rows)
  console.log(
    `  ${r.lang.padEnd(6)} UI ${kb(r.ui).padStart(9)}   first visit ${kb(r.total).padStart(9)}   preferences part ${kb(r.prefs).padStart(9)}${r.total > limit ? `   over by ${r.total - limit} B` : ''}`,
  );
const over = rows.filter((r) => r.total > limit);
if (over.length) {
  console.error(
    `\nThe first visit is over ${firstVisit.limit} in ${over.map((r) => r.lang).join(', ')}: shrink the UI or the boot (docs/performance.md).`,
  );
  process.exit(1);
}
