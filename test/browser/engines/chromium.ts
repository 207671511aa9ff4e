// Chromium through playwright-core: the harness's own browser and request routing.
import { launchBrowser, recordNetwork } from '../harness';
import type { Engine } from './engine';

export async function launchChromium(): Promise<Engine> {
  const browser = await launchBrowser();
  return {
    name: 'Chromium',
    version: browser.version(),
    async open(url, options = {}) {
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      const log = await recordNetwork(context);
      for (const [host, body] of Object.entries(options.stubs ?? {})) log.stub(host, body);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return {
        log,
        evaluate: (expression) => page.evaluate(expression),
        goto: async (to) => void (await page.goto(to, { waitUntil: 'load' })),
        press: (key) => page.keyboard.press(key),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
