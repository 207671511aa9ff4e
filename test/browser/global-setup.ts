// Browser tests never skip silently: without Chromium the run fails with what to do.
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium';

export default function setup(): void {
  const path = chromiumPath();
  if (!path || !existsSync(path)) {
    throw new Error(
      'Chromium was not found, so the browser tests cannot run. ' +
        'Install it with `apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  if (!existsSync(new URL('../../dist/consentry.js', import.meta.url))) {
    throw new Error('dist/consentry.js is missing: run `npm run build` first (`npm test` does it for you).');
  }
}
