// `npm run build`: every rollup config, shared across the machine's cores by one rollup process
// per core (CONSENTRY_BUILD_PART in rollup.config.mjs). A failed part fails the build with its output.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const rollup = fileURLToPath(new URL('../node_modules/rollup/dist/bin/rollup', import.meta.url));
const parts = Math.min(Math.max(availableParallelism(), 1), 4);

const build = (i) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [rollup, '-c', '--silent'], {
      stdio: 'inherit',
      env: { ...process.env, CONSENTRY_BUILD_PART: `${i}/${parts}` },
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`rollup part ${i + 1} of ${parts} failed (exit ${code}): see its output above`)),
    );
  });

try {
  await Promise.all(Array.from({ length: parts }, (_, i) => build(i)));
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exit(1);
}
