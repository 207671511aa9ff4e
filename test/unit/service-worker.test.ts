// Strict mode's page side: a worker the browser refuses is reported like any other problem, by
// its code, so the words ship with the later part and not in the render-blocking boot.
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/boot/core';
import { serviceWorkerFeature } from '../../src/boot/service-worker';

const refusing = {
  controller: null,
  ready: new Promise(() => {}),
  register: () => Promise.reject(new TypeError('Failed to register a ServiceWorker: 404')),
  addEventListener: () => {},
};

afterEach(() => {
  delete (navigator as { serviceWorker?: unknown }).serviceWorker;
});

describe('strict mode on the page', () => {
  it('says which worker did not register, why, and where to serve it from', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: refusing, configurable: true });
    const logged: string[] = [];
    createCore({ serviceWorker: '/consentry-sw.js' }, { features: [serviceWorkerFeature], log: (m) => logged.push(m) });
    await expect
      .poll(() => logged)
      .toEqual([
        "Consentry: serviceWorker /consentry-sw.js did not register (TypeError: Failed to register a ServiceWorker: 404); serve it from the site's root, or send Service-Worker-Allowed.",
      ]);
  });
});
