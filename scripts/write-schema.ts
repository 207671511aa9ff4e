import { writeFileSync } from 'node:fs';
import { configSchema } from './json-schema';

writeFileSync(new URL('../schema.json', import.meta.url), `${JSON.stringify(configSchema(), null, 2)}\n`);
console.log('schema.json written');
