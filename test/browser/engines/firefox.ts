// Firefox ESR through puppeteer-core over WebDriver BiDi. Every request goes through the
// recording proxy (the same evidence as WebKit's), each scenario in its own user context.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import type { TestServer } from '../harness';
import type { Engine } from './engine';
import { startRecordingProxy } from './recorder';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox(site: TestServer): Promise<Engine> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox ESR not found at ${FIREFOX_PATH}: apt-get install -y firefox-esr, or set FIREFOX_PATH`);
  }
  const proxy = await startRecordingProxy(site);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // Every host, the test site's included, goes to the recording proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      // Except Firefox's own settings service, which would only add noise to the log.
      'network.proxy.no_proxies_on': 'firefox.settings.services.mozilla.com',
      'network.proxy.allow_hijacking_localhost': true,
      // The scenarios use plain http; an engine that upgrades or blocks a vendor by itself
      // would hide what the gate did.
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'privacy.trackingprotection.enabled': false,
      'privacy.trackingprotection.pbmode.enabled': false,
      'network.prefetch-next': true,
    },
  });
  const version = await browser.version();
  return {
    name: 'Firefox ESR',
    version,
    async open(url, options = {}) {
      proxy.reset(options.stubs);
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return {
        log: proxy.log,
        evaluate: (expression) => page.evaluate(expression),
        goto: async (to) => void (await page.goto(to, { waitUntil: 'load' })),
        async press(key) {
          // puppeteer names the space bar ' ', and a chord as separate downs and ups.
          if (key === 'Space') return page.keyboard.press(' ');
          if (key !== 'Shift+Tab') return page.keyboard.press(key);
          await page.keyboard.down('Shift');
          await page.keyboard.press('Tab');
          await page.keyboard.up('Shift');
        },
        close: () => context.close(),
      };
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}
