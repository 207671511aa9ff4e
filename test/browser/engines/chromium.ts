// Chromium through playwright-core: the harness's own browser and request routing.
import { launchBrowser, recordNetwork } from '../harness';
import type { Engine } from './engine';

export async function launchChromium(): Promise<Engine> {
  const browser = await launchBrowser();
  return {
    name: 'Chromium',
    version: browser.version(),
    async open(url) {
      const context = await browser.newContext();
      const log = await recordNetwork(context);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { log, evaluate: (expression) => page.evaluate(expression), close: () => context.close() };
    },
    close: () => browser.close(),
  };
}
