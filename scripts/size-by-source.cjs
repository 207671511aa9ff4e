// Attributes each byte of a minified bundle to the source file it came from (via its source map),
// then reports gzip-9 sizes per source, so a size budget miss points at a module, not a guess.
const fs = require('node:fs');
const zlib = require('node:zlib');
const { SourceMapConsumer } = require('source-map-js');
const file = process.argv[2] || 'dist/consentry.js';
const code = fs.readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
const lines = code.split('\n');
const offsets = [];
let acc = 0;
for (const l of lines) {
  offsets.push(acc);
  acc += l.length + 1;
}
const owner = new Array(code.length).fill('(unmapped)');
const maps = [];
map.eachMapping((m) => maps.push(m));
maps.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
for (let i = 0; i < maps.length; i++) {
  const m = maps[i],
    n = maps[i + 1];
  const start = offsets[m.generatedLine - 1] + m.generatedColumn;
  const end = n ? offsets[n.generatedLine - 1] + n.generatedColumn : code.length;
  for (let k = start; k < end; k++) owner[k] = m.source || '(unmapped)';
}
const parts = {};
for (let k = 0; k < code.length; k++) (parts[owner[k]] ??= []).push(code[k]);
const total = zlib.gzipSync(code, { level: 9 }).length;
console.log(`${file}: ${code.length} B minified, ${total} B gzip -9`);
for (const [src, chars] of Object.entries(parts).sort((a, b) => b[1].length - a[1].length)) {
  const s = chars.join('');
  console.log(`${String(s.length).padStart(7)} B  ~${String(zlib.gzipSync(s, { level: 9 }).length).padStart(5)} B gz  ${src}`);
}
