// consentry.js loads its later parts (the UI chunk for the page's language, consentry-later.js)
// from next to itself, so every script-tag file is served from one folder: public/consentry/.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';

const from = new URL('../node_modules/consentry/dist/', import.meta.url);
const to = new URL('../public/consentry/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from))
  if (/^consentry(-ui(\.[a-zA-Z-]+)?|-later)?\.js$/.test(file)) cpSync(new URL(file, from), new URL(file, to));
