// WebKitGTK (the stand-in for Safari) through classic WebDriver over plain HTTP: WebKitWebDriver
// starts the WebKit MiniBrowser with --automation under a virtual X display. Classic WebDriver
// cannot intercept requests, so they are counted at the recording proxy. One session serves a
// whole test file; each scenario starts from cleared cookies and storage.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestServer } from '../harness';
import type { Engine, Key } from './engine';
import { startRecordingProxy } from './recorder';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Expires each cookie the page sees, host-only and on every parent domain, and empties Web Storage. */
const FORGET_SITE = `(function () {
  var labels = location.hostname.split('.'), domains = [''];
  for (var i = 0; i < labels.length - 1; i++) domains.push('; domain=.' + labels.slice(i).join('.'));
  document.cookie.split('; ').forEach(function (c) {
    var name = c.split('=')[0];
    if (name) domains.forEach(function (d) { document.cookie = name + '=; max-age=0; path=/' + d; });
  });
  localStorage.clear(); sessionStorage.clear();
  return true;
})()`;

/** The WebDriver code points of the keys (the spec's table of normalised key values). */
const KEYS: Record<Key, string[]> = {
  Tab: ['\uE004'],
  'Shift+Tab': ['\uE008', '\uE004'],
  Enter: ['\uE007'],
  Space: ['\uE00D'],
  Escape: ['\uE00C'],
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function launchWebKit(site: TestServer): Promise<Engine> {
  for (const [path, pkg] of [
    [WEBKIT_DRIVER, 'webkit2gtk-driver'],
    [MINIBROWSER, 'webkit2gtk-driver'],
    ['/usr/bin/xvfb-run', 'xvfb'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} not found: apt-get install -y ${pkg} (or set WEBKIT_DRIVER / WEBKIT_MINIBROWSER)`);
  }
  const proxy = await startRecordingProxy(site);
  const port = await freePort();
  // Its own process group, so closing ends xvfb-run, Xvfb, the driver and the browser together.
  const driver: ChildProcess = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as { value: { error?: string; message?: string } | null };
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  };
  const stop = () => {
    try {
      if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let session: { sessionId: string; capabilities: { browserVersion?: string } };
  try {
    for (let i = 0; ; i++) {
      try {
        await call('GET', '/status');
        break;
      } catch (error) {
        if (i > 100) throw new Error(`WebKitWebDriver did not answer on port ${port}: ${String(error)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    session = (await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          proxy: { proxyType: 'manual', httpProxy: `127.0.0.1:${proxy.port}`, sslProxy: `127.0.0.1:${proxy.port}`, noProxy: [] },
          pageLoadStrategy: 'normal',
        },
      },
    })) as typeof session;
  } catch (error) {
    stop();
    await proxy.close();
    throw error;
  }
  const s = `/session/${session.sessionId}`;
  // Classic WebDriver has no "press": keys go through the Actions API, as one key input source
  // holding Shift for a chord, then released, so no key stays down into the next press.
  const press = async (key: Key) => {
    const keys = KEYS[key];
    const actions = [
      ...keys.map((value) => ({ type: 'keyDown', value })),
      ...[...keys].reverse().map((value) => ({ type: 'keyUp', value })),
    ];
    await call('POST', `${s}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await call('DELETE', `${s}/actions`);
  };
  const evaluate = (expression: string) => call('POST', `${s}/execute/sync`, { script: `return (${expression});`, args: [] });
  return {
    name: 'WebKitGTK',
    version: session.capabilities.browserVersion ?? 'unknown',
    async open(url, options = {}) {
      // The same browser serves every scenario: forget what the last one left on the site. The
      // driver's cookie deletion returns before the network process has applied it, and one applied
      // late wiped the cookies a scenario had just written (CI, under load). So the page itself
      // expires every cookie it can see, on its host and each parent domain, in order with its later
      // writes, and the driver's own view of the jar (HttpOnly cookies included) proves it is empty.
      await call('POST', `${s}/url`, { url: new URL('/engines/blank', url).href });
      await evaluate(FORGET_SITE);
      for (let i = 0; ((await call('GET', `${s}/cookie`)) as unknown[]).length > 0; i++) {
        // One the page cannot reach (HttpOnly, another path) falls back on the driver's deletion.
        if (i === 20) await call('DELETE', `${s}/cookie`);
        if (i > 50) throw new Error(`WebKit kept the last scenario's cookies: ${JSON.stringify(await call('GET', `${s}/cookie`))}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      proxy.reset(options.stubs);
      await call('POST', `${s}/url`, { url });
      if ((await evaluate('window.Consentry && window.Consentry.getConsent()')) !== null)
        throw new Error(`${url} opened with a consent record left from the last scenario: every scenario must start undecided`);
      return {
        log: proxy.log,
        evaluate,
        goto: async (to) => void (await call('POST', `${s}/url`, { url: to })),
        press: (key) => press(key),
        close: async () => {},
      };
    },
    async close() {
      await call('DELETE', s).catch(() => {});
      stop();
      await proxy.close();
    },
  };
}
