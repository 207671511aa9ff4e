// `npm run bench`: the page figures of docs/performance.md (three visits, the gate and the
// scale figures), measured in one run in Chromium with the CPU throttled 4x, for the same shop page with
// no consent library, with vanilla-cookieconsent 3.1.0 (as its docs say, and loaded synchronously
// in <head> as Consentry is) and with Consentry; three visits each (a first visit, a returning
// visitor who accepted all, one who rejected all), at a phone and a desktop viewport, with the
// browser's default settings (no reduced-motion emulation). Prints medians over N runs and the
// ratios the targets are written in. Timings live here only, never in pass/fail tests: the bench
// prints 'met' / 'MISSED' and exits 0.
//
//   BENCH_RUNS=N      runs per page (default 5)
//   CHROME_PATH=...   the Chromium to drive (default: `chromium` on PATH)
//   BENCH_DEBUG=1     print each load's library files and bytes
//   BENCH_ONLY=gate   only the gate row (2,000 elements with and without Consentry, in turns)
//   BENCH_ONLY=strict only strict mode's rows (a returning visit with and without the worker, in turns)
//   BENCH_ONLY=accepted, BENCH_ONLY=rejected
//                     only the shop visitors who make that choice (four pages: first visit, the
//                     click, the returning visit), for work on one visit; the viewport tables alone
//   BENCH_VIEWPORT=phone (or desktop)  the shop visits at that viewport only
//   --docs            also rewrite the figures block in docs/performance.md
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  VANILLA_CONFIG_PATH,
  VENDORS,
  consentryShop,
  gatePage,
  plainShop,
  renderBlockingFiles,
  scalePage,
  vanillaConfigModule,
  vanillaHeadShop,
  vanillaShop,
} from './pages.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLE = 4;
/** One row alone, for work on it: its pages run, nothing else does. */
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && !['gate', 'strict', 'accepted', 'rejected'].includes(ONLY))
  throw new Error(`BENCH_ONLY=${ONLY}: the rows that run alone are 'gate', 'strict', 'accepted' and 'rejected'`);
/** The shop visitors' choices to run: both, or the one BENCH_ONLY names. */
const SHOP_ONLY = ONLY === 'accepted' || ONLY === 'rejected' ? [ONLY] : null;
// Only the gate row has a place of its own in docs/performance.md to be rewritten alone.
if (ONLY && ONLY !== 'gate' && process.argv.includes('--docs')) throw new Error(`--docs: BENCH_ONLY=${ONLY} only prints its rows`);
/** The shop visits run at both; the gate and scale pages at the phone only. */
const ALL_VIEWPORTS = {
  phone: { width: 412, height: 915 },
  desktop: { width: 1366, height: 768 },
};
const ONE_VIEWPORT = process.env.BENCH_VIEWPORT;
if (ONE_VIEWPORT !== undefined && !(ONE_VIEWPORT in ALL_VIEWPORTS))
  throw new Error(`BENCH_VIEWPORT=${ONE_VIEWPORT}: the viewports are ${Object.keys(ALL_VIEWPORTS).join(' and ')}`);
if (ONE_VIEWPORT && process.argv.includes('--docs')) throw new Error('--docs: the figures block needs both viewports');
const VIEWPORTS = ONE_VIEWPORT ? { [ONE_VIEWPORT]: ALL_VIEWPORTS[ONE_VIEWPORT] } : ALL_VIEWPORTS;
/** The gate, scale and strict pages run at the phone, whichever shop viewport is chosen. */
const PHONE = ALL_VIEWPORTS.phone;
const SITE = 'www.shop.test';
/** Strict mode's pages: a service worker needs a secure context, which plain-http localhost is and www.shop.test is not. */
const STRICT_HOST = 'localhost';
const SETTLE_MS = 500;
const TIMEOUT_MS = 20000;
const started = Date.now();

/** The shop page four ways; `vanilla` (as its docs say) is the baseline the targets' status uses. */
const LIBS = ['none', 'vanilla', 'vanilla-head', 'consentry'];
const LIB_NAMES = {
  none: 'no library',
  vanilla: 'vanilla-cc 3.1.0, as its docs say',
  'vanilla-head': 'vanilla-cc 3.1.0, sync in <head>',
  consentry: 'Consentry',
};

// --- the server: the site's files and pages, and a stand-in for every vendor host -------------

const pages = new Map();
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
const server = createServer((req, res) => {
  const host = (req.headers.host ?? '').split(':')[0];
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  // Every load is a cold one: what a visitor downloads is what this run measures.
  const headers = { 'cache-control': 'no-store' };
  if (path === '/favicon.ico') {
    res.writeHead(204, headers);
    return res.end();
  }
  if (host !== SITE && host !== STRICT_HOST) {
    res.writeHead(200, { ...headers, 'content-type': 'text/javascript', 'access-control-allow-origin': '*' });
    return res.end('/* vendor stand-in */');
  }
  if (pages.has(path)) {
    res.writeHead(200, { ...headers, 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    return res.end(pages.get(path));
  }
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT) || !/^\/(dist|node_modules\/vanilla-cookieconsent\/dist)\//.test(path) || !existsSync(file)) {
    res.writeHead(404, headers);
    return res.end();
  }
  res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const PORT = server.address().port;
const url = (path) => `http://${SITE}:${PORT}${path}`;

pages.set('/blank', '<!doctype html><title>blank</title>');
pages.set('/none', plainShop(PORT));
pages.set('/vanilla', vanillaShop(PORT));
pages.set(VANILLA_CONFIG_PATH, vanillaConfigModule());
pages.set('/vanilla-head', vanillaHeadShop(PORT));
pages.set('/consentry', consentryShop(PORT));
pages.set('/gate-without', gatePage(false));
pages.set('/gate-with', gatePage(true));
pages.set('/scale', scalePage(PORT));
pages.set('/strict', consentryShop(PORT, { serviceWorker: '/consentry-sw.js' }));
// At the site's root, as docs/strict-mode.md tells sites, so its scope covers the shop.
pages.set('/consentry-sw.js', readFileSync(join(ROOT, 'dist/consentry-sw.js'), 'utf8'));

/** What a visitor downloads of a consent library: its JS and CSS files, gzip -9. */
const gz = new Map();
function libraryBytes(paths) {
  let total = 0;
  for (const p of paths) {
    if (!gz.has(p)) gz.set(p, gzipSync(readFileSync(join(ROOT, p)), { level: 9 }).length);
    total += gz.get(p);
  }
  return total;
}

/** What the synchronous tags in each page's <head> download before it renders (gzip -9). */
const blocking = Object.fromEntries(
  LIBS.map((lib) => {
    const files = renderBlockingFiles(pages.get(`/${lib}`)).map((f) => f.replace(/^\//, ''));
    return [lib, { files, bytes: libraryBytes(files) }];
  }),
);

// --- the browser ----------------------------------------------------------------------------

function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
}

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    // Every host (the shop and the vendors) is this machine; the port stays the server's.
    '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
  ],
});

/** The banner's buttons, by name, for every library alike: it is visible when all are painted. */
const BUTTONS = ['Accept all', 'Reject all'];

/**
 * Runs in every page before its own scripts: first contentful paint, layout shifts, the first
 * frame in which the banner is visible (polled each frame), and the time from a click to the
 * next paint (the frame after the click's task, then a task after that frame).
 *
 * `finder` returns the banner's candidate buttons. The banner is visible in the first frame in
 * which each of its BUTTONS is painted: it has a size, lies in the viewport, is
 * `visibility: visible`, and the product of its own and every ancestor's computed opacity
 * (through shadow hosts) is above 0. Entrance animations and transitions change computed opacity
 * frame by frame, so a banner that fades in counts from its first frame above 0.
 */
const probe = (finder) => `(() => {
  if (window !== top) return;
  const b = (window.__bench = { fcp: null, banner: null, cls: 0, click: null, eventMax: null });
  let ready;
  // Resolves once the banner and FCP are known: the runner awaits it instead of polling the page.
  window.__benchReady = new Promise((r) => (ready = r));
  const check = () => b.banner !== null && b.fcp !== null && ready();
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') { b.fcp = e.startTime; check(); } }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (/^(pointer|mouse|click)/.test(e.name)) b.eventMax = Math.max(b.eventMax || 0, e.duration); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  const NAMES = ${JSON.stringify(BUTTONS)};
  const buttons = ${finder};
  const named = (name) => ((buttons && buttons()) || []).filter((el) => (el.getAttribute('aria-label') || el.textContent || '').trim() === name);
  // The buttons' lowest effective opacity in the banner's frame (BENCH_DEBUG prints it).
  let lowest = 1;
  const painted = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
    if (getComputedStyle(el).visibility !== 'visible') return false;
    let opacity = 1;
    // The flat tree, as the browser paints it: a slotted button (Consentry's answers) under its slot.
    for (let n = el; n; n = n.assignedSlot ?? (n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement)) {
      const s = getComputedStyle(n);
      if (s.display === 'none') return false;
      opacity *= +s.opacity;
      if (!(opacity > 0)) return false;
    }
    lowest = Math.min(lowest, opacity);
    return true;
  };
  const visible = () => { lowest = 1; return NAMES.every((name) => named(name).some(painted)); };
  // One look, taken by the runner after the page has settled: a returning visit must show no banner.
  window.__benchShowsBanner = () => NAMES.some((name) => named(name).some(painted));
  // Polling costs main-thread time, which the page would be charged for: only a load that
  // expects a banner polls (a returning visit, ?returning, must not pay for looking).
  const poll = location.search !== '?returning' && ${finder !== 'null'};
  // Frame start times, so the banner's frame can be compared with the frame that gave FCP.
  b.frames = [];
  if (poll) {
    let after = 0;
    const frame = (t) => {
      b.frames.push(t);
      if (b.banner === null && visible()) { b.banner = t; b.bannerOpacity = lowest; check(); }
      if (b.banner !== null) after++;
      if ((b.banner === null || b.fcp === null || after < 3) && t < ${TIMEOUT_MS}) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }
  addEventListener('click', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => (b.click = performance.now() - t0); c.port2.postMessage(0); });
  }, true);
})();`;

const FINDERS = {
  none: 'null',
  vanilla: `() => [...document.querySelectorAll('#cc-main .cm button')]`,
  'vanilla-head': `() => [...document.querySelectorAll('#cc-main .cm button')]`,
  // The banner's answers are the host's own children, slotted in; the preferences' buttons are in its shadow root.
  consentry: `() => { const h = document.querySelector('[data-consentry-ui]'); return h ? [...h.querySelectorAll(':scope > button'), ...(h.shadowRoot?.querySelectorAll('button') ?? [])] : []; }`,
};

const consoleErrors = new Map();
const note = (text) => consoleErrors.set(text.slice(0, 240), (consoleErrors.get(text.slice(0, 240)) ?? 0) + 1);
const within = (promise, what) =>
  Promise.race([promise, new Promise((_, fail) => setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS).unref())]);

/**
 * A fresh visitor: own cookies, CPU throttled before the shop's first byte arrives, the
 * browser's default media settings (no reduced-motion emulation).
 */
async function visitor(lib, viewport, label) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') note(`${label}: ${m.text()}`);
  });
  page.on('pageerror', (e) => note(`${label}: ${e.message}`));
  await page.addInitScript(probe(FINDERS[lib] ?? 'null'));
  const cdp = await context.newCDPSession(page);
  // Same site as the shop, so the shop's page reuses this renderer and its throttling.
  await page.goto(url('/blank'));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const requested = [];
  const vendorHits = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.hostname === SITE && /^\/(dist|node_modules)\//.test(u.pathname)) requested.push(u.pathname.slice(1));
    if (u.hostname !== SITE) vendorHits.push(u.hostname);
  });
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  /** Loads `path`, waits for the banner if one is expected, lets the page settle, and reports. */
  const load = async (path, expectBanner) => {
    requested.length = 0;
    vendorHits.length = 0;
    await page.goto(url(path), { waitUntil: 'load' });
    if (expectBanner)
      await within(
        page.evaluate(() => window.__benchReady),
        `the banner of ${path}`,
      );
    await page.waitForTimeout(SETTLE_MS);
    const after = await metrics();
    // FCP has long happened by now; if not (a very slow load), wait for it without rAF polling.
    await page.waitForFunction(() => window.__bench.fcp !== null, null, { timeout: TIMEOUT_MS, polling: 100 });
    const probed = await page.evaluate(() => window.__bench);
    const showsBanner = await page.evaluate(() => window.__benchShowsBanner());
    return {
      ...probed,
      showsBanner,
      // Chromium keeps these counters per document (they restart with each navigation).
      task: after.TaskDuration * 1000,
      script: after.ScriptDuration * 1000,
      bytes: libraryBytes(requested),
      files: [...new Set(requested)],
      vendorRequests: vendorHits.length,
    };
  };
  /**
   * A real click on the banner's button `name`; time to the next paint, vendor requests after it.
   * Settles until the `expected` vendor requests have been made, then a little more (so a stray
   * extra one, or the choice's own writes, land before the reload), at most SETTLE_MS.
   */
  const choose = async (name, expected) => {
    await page.getByRole('button', { name, exact: true }).first().click();
    await page.waitForFunction(() => window.__bench.click !== null, null, { timeout: TIMEOUT_MS });
    const { click } = await page.evaluate(() => window.__bench);
    const until = Date.now() + SETTLE_MS;
    while (vendorHits.length < expected && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    await page.waitForTimeout(Math.max(0, Math.min(SETTLE_MS / 4, until - Date.now())));
    return { click, vendorRequests: vendorHits.length };
  };
  return { page, load, choose, close: () => context.close() };
}

// --- one run of every page ------------------------------------------------------------------

/** The gate rows mean something only once the script-tag entry imports the gate (wherever src/ puts it). */
const entry = join(ROOT, 'src/browser.ts');
const gateWired = !existsSync(entry) || /from '\.\/(?:[\w-]+\/)*gate['/]/.test(readFileSync(entry, 'utf8'));
const samples = {};
/** The run each sample came from, for per-run figures. */
const sampleRuns = {};
let run = 0;
const add = (key, value) => {
  if (value == null || !Number.isFinite(value)) return;
  (samples[key] ??= []).push(value);
  (sampleRuns[key] ??= []).push(run);
};

/** The three visits' keys: a first visit, then the returning visitor of each choice. */
const VISITS = ['first', 'accepted', 'rejected'];
const CHOICES = { accepted: 'Accept all', rejected: 'Reject all' };
/** Vendor requests each choice should lead to on the page it was made on (and on the returning visit). */
const EXPECTED = { accepted: VENDORS.length, rejected: 0 };

/**
 * One visitor of `lib` at viewport `vp`: a first visit, a click on `choice`'s button (no click
 * on the page without a library), and the returning visit after it. Every page gets the same
 * visits, so the no-library page's figures sit beside each library's for the same visit.
 */
async function shopRun(lib, vp, visit) {
  const label = `${lib} (${vp}, ${visit})`;
  const v = await visitor(lib, VIEWPORTS[vp], label);
  const k = (...parts) => [vp, lib, ...parts].join('.');
  try {
    const path = `/${lib}`;
    const first = await v.load(path, lib !== 'none');
    if (process.env.BENCH_DEBUG)
      console.log(label, 'first', first.files, first.bytes, 'banner', first.banner, 'opacity then', first.bannerOpacity, 'fcp', first.fcp);
    add(`${lib}.first.bytes`, first.bytes);
    add(k('first.task'), first.task);
    add(k('first.script'), first.script);
    add(k('first.fcp'), first.fcp);
    add(k('vendors.first'), first.vendorRequests);
    if (lib !== 'none') {
      add(k('banner'), first.banner);
      // FCP's time is when its frame was presented; the frame it belongs to is the last one begun before it.
      const fcpFrame = first.frames.filter((t) => t <= first.fcp).length - 1;
      add(k('bannerFrames'), first.frames.indexOf(first.banner) - fcpFrame);
      add(k('cls'), first.cls);
      const { click, vendorRequests } = await v.choose(CHOICES[visit], EXPECTED[visit]);
      add(k(`vendors.after.${visit}`), vendorRequests);
      add(k(`click.${visit}`), click);
    }
    const back = await v.load(`${path}?returning`, false);
    if (process.env.BENCH_DEBUG) console.log(label, 'returning', back.files, back.bytes, 'script', back.script.toFixed(1), 'ms');
    add(`${lib}.${visit}.bytes`, back.bytes);
    if (lib === 'consentry') add(`${lib}.${visit}.onlyCore`, back.files.join() === blocking.consentry.files.join() ? 1 : 0);
    add(k(`${visit}.task`), back.task);
    add(k(`${visit}.script`), back.script);
    add(k(`${visit}.fcp`), back.fcp);
    add(k(`vendors.${visit}`), back.vendorRequests);
    if (back.showsBanner) note(`${label}: banner shown again on the returning visit`);
  } catch (e) {
    note(`${label}: run ${run} failed: ${e.message.split('\n')[0]}`);
  } finally {
    await v.close();
  }
}

/**
 * The gate page without and with Consentry, open side by side, rounds of 2,000 insertions taken
 * in turns (a warm-up round each first), so a change in the machine's load falls on both alike.
 * Each load's sample is the median of its rounds.
 */
const GATE_ROUNDS = 7;
async function gateRun() {
  const sides = [];
  try {
    for (const withConsentry of [false, true]) {
      const path = withConsentry ? '/gate-with' : '/gate-without';
      const v = await visitor('none', PHONE, path);
      sides.push({ withConsentry, path, v, rounds: [] });
      await v.page.goto(url(path));
      if (withConsentry) {
        // A returning visitor who rejected: nothing optional runs, no UI is loaded, the gate holds.
        await v.page.evaluate(() => window.Consentry.rejectAll());
        await v.page.goto(url(path));
      }
    }
    await sides[0].v.page.waitForTimeout(SETTLE_MS);
    for (const s of sides) await s.v.page.evaluate(() => window.benchInsert());
    // The main thread's CPU time (trace events' thread durations) beside the wall time: time the
    // thread spent waiting for a core of a loaded machine is in the one and not in the other.
    await browser.startTracing(undefined, { categories: ['toplevel', 'devtools.timeline'] });
    for (const [i, s] of sides.entries()) await s.v.page.evaluate((i) => console.timeStamp(`gate-side-${i}`), i);
    for (let i = 0; i < GATE_ROUNDS; i++)
      for (const s of i % 2 ? sides : [...sides].reverse()) s.rounds.push(await s.v.page.evaluate(() => window.benchInsert()));
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const side = {};
    const mains = new Set();
    for (const e of events) {
      if (e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain') mains.add(`${e.pid}:${e.tid}`);
      const m = e.name === 'TimeStamp' && /gate-side-(\d)/.exec(e.args?.data?.message ?? '');
      if (m) side[e.pid] = sides[+m[1]];
    }
    const cpu = new Map(sides.map((s) => [s, 0]));
    for (const e of events)
      if (e.ph === 'X' && e.tdur && side[e.pid] && mains.has(`${e.pid}:${e.tid}`) && /RunTask/.test(e.name))
        cpu.set(side[e.pid], cpu.get(side[e.pid]) + e.tdur / 1000);
    for (const s of sides) {
      const key = `gate.${s.withConsentry ? 'with' : 'without'}`;
      add(key, median(s.rounds));
      if (cpu.get(s)) add(`${key}.cpu`, cpu.get(s) / GATE_ROUNDS);
    }
  } catch (e) {
    note(`gate pages: run ${run} failed: ${e.message.split('\n')[0]}`);
  } finally {
    await Promise.all(sides.map((s) => s.v.close()));
  }
}

async function scaleRun() {
  const v = await visitor('consentry', PHONE, 'scale');
  try {
    const first = await v.load('/scale', true);
    add('scale.banner', first.banner);
    add('scale.task', first.task);
    add('scale.vendors', first.vendorRequests);
  } catch (e) {
    note(`scale: run ${run} failed: ${e.message.split('\n')[0]}`);
  } finally {
    await v.close();
  }
}

/**
 * Strict mode's cost to a returning visitor who accepted all: the same shop page with and without
 * `serviceWorker`, on the same origin, loaded in turns (so the machine's load falls on both alike).
 * Before each returning load the browser's service workers are stopped, as after a visitor's
 * absence, so the worker's start-up is counted.
 */
async function strictRun() {
  const visitors = [];
  try {
    for (const withWorker of [false, true]) {
      const label = `strict mode (${withWorker ? 'with' : 'without'} the worker)`;
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      page.on('pageerror', (e) => note(`${label}: ${e.message}`));
      const cdp = await context.newCDPSession(page);
      const path = `http://${STRICT_HOST}:${PORT}${withWorker ? '/strict' : '/consentry'}`;
      visitors.push({ withWorker, label, context, page, cdp, path });
      await page.goto(`http://${STRICT_HOST}:${PORT}/blank`);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      await cdp.send('ServiceWorker.enable');
      await page.goto(path, { waitUntil: 'load' });
      await page.evaluate(() => window.Consentry.acceptAll());
      if (withWorker) await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: TIMEOUT_MS });
    }
    for (let i = 0; i < 5; i++) {
      for (const { withWorker, label, page, cdp, path } of visitors) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await page.goto(`${path}?returning`, { waitUntil: 'load' });
        const t = await page.evaluate(() => ({
          load: performance.getEntriesByType('navigation')[0].loadEventStart,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          controlled: !!navigator.serviceWorker.controller,
        }));
        if (t.controlled !== withWorker)
          note(`${label}: the returning page was ${t.controlled ? '' : 'not '}controlled by a service worker`);
        add(`strict.${withWorker ? 'with' : 'without'}.load`, t.load);
        add(`strict.${withWorker ? 'with' : 'without'}.fcp`, t.fcp);
      }
    }
  } catch (e) {
    note(`strict mode: run ${run} failed: ${e.message.split('\n')[0]}`);
  } finally {
    await Promise.all(visitors.map((v) => v.context.close()));
  }
}

function median(values) {
  if (!values?.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const vpText = Object.entries(VIEWPORTS)
  .map(([name, { width, height }]) => `${name} ${width}x${height}`)
  .join(', ');
console.log(
  `Consentry bench: ${RUNS} runs, CPU throttled ${THROTTLE}x, viewports ${vpText}, default motion settings, gate ${gateWired ? 'wired' : 'NOT wired yet'}`,
);
for (run = 1; run <= RUNS; run++) {
  if (!ONLY || SHOP_ONLY) {
    for (const vp of Object.keys(VIEWPORTS)) {
      for (const lib of LIBS) for (const visit of SHOP_ONLY ?? ['accepted', 'rejected']) await shopRun(lib, vp, visit);
    }
  }
  if (!ONLY || ONLY === 'gate') await gateRun();
  if (!ONLY) await scaleRun();
  if (!ONLY || ONLY === 'strict') await strictRun();
  process.stdout.write(`  run ${run}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
}
run = null;

// --- the tables -----------------------------------------------------------------------------

const m = (key) => median(samples[key]);
const perRun = (key) => Array.from({ length: RUNS }, (_, i) => median((samples[key] ?? []).filter((_, j) => sampleRuns[key][j] === i + 1)));
const ms = (x) => (x == null ? 'n/a' : `${Math.round(x) || 0} ms`);
const kb = (x) => (x == null ? 'n/a' : `${(x / 1000).toFixed(2)} KB`);
/** A ratio only means something over a positive baseline (an "added" time can be 0 or below). */
const ratio = (a, b) => (a == null || b == null || !(b > 0) ? null : a / b);
const rx = (x) => (x == null ? 'n/a' : `${x.toFixed(2)}x`);
const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'met' : 'MISSED');
const num = (x) => (x == null ? 'n/a' : String(x));
/** Against a limit and an aim below it: 'MISSED' only when the limit is. */
const aimed = (x, limit, aim) => (x == null ? 'n/a' : x > limit ? 'MISSED' : x <= aim ? 'met, aim met' : 'met, aim missed');

const HEADER = [
  'measure (median)',
  ...LIBS.map((l) => LIB_NAMES[l]),
  'ratio',
  'ratio, sync-head vanilla',
  'target',
  'status',
  'status, sync-head vanilla',
];

/**
 * One table row: the four pages' cells, then a ratio and status against vanilla-cookieconsent as
 * its docs say (the targets' baseline) and against vanilla-cookieconsent in <head>.
 */
const table = () => {
  const rows = [];
  const row = (measure, cells, r1 = '-', r2 = '-', target = 'info', s1 = null, s2 = s1) =>
    rows.push([
      measure,
      ...LIBS.map((l) => cells[l] ?? '-'),
      r1,
      r2,
      target,
      typeof s1 === 'string' ? s1 : verdict(s1),
      typeof s2 === 'string' ? s2 : verdict(s2),
    ]);
  return { rows, row };
};

/** The gate's row: the page with Consentry over the same page without it, both from this run. */
function gateRow(row) {
  // The two pages of a run are measured in turns, so the ratio is taken within each run, then the median of the runs'.
  const paired = (suffix = '') =>
    median(
      perRun(`gate.with${suffix}`)
        .map((x, i) => ratio(x, perRun(`gate.without${suffix}`)[i]))
        .filter((x) => x != null),
    );
  const gateRatio = paired();
  row(
    `gate: 2,000 elements added at run time (phone; ratio: median of each run's)${gateWired ? '' : ' (PENDING: gate not wired)'}`,
    { none: ms(m('gate.without')), consentry: ms(m('gate.with')) },
    rx(gateRatio),
    '-',
    'ratio <= 1.1',
    gateWired ? gateRatio != null && gateRatio <= 1.1 : null,
  );
  const cpuRatio = paired('.cpu');
  row(
    'gate: the same rounds, main-thread CPU time per round (trace thread time; less moved by a loaded machine)',
    { none: ms(m('gate.without.cpu')), consentry: ms(m('gate.with.cpu')) },
    rx(cpuRatio),
    '-',
    'info',
    null,
  );
}

/** Strict mode's rows: the worker's cost to a returning visitor (BENCH_ONLY=strict prints them alone). */
function strictRows(row) {
  for (const [what, key, target] of [
    ['page load (load event)', 'load', '<= 1.05x'],
    ['first contentful paint', 'fcp', 'info'],
  ]) {
    const r = ratio(m(`strict.with.${key}`), m(`strict.without.${key}`));
    row(
      `strict mode: ${what}, returning visitor who accepted all, worker stopped before (phone; cell: with the worker, and without it)`,
      { consentry: `${ms(m(`strict.with.${key}`))} (without: ${ms(m(`strict.without.${key}`))})` },
      `${rx(r)} of without`,
      '-',
      target,
      target === 'info' ? null : r != null && r <= 1.05,
    );
  }
}

// Sizes, the gate and the scale page (viewport-independent, or measured at the phone only).
const sizes = table();
if (ONLY === 'gate') gateRow(sizes.row);
else if (ONLY === 'strict') strictRows(sizes.row);
else {
  const { row } = sizes;
  const rb = Object.fromEntries(LIBS.map((l) => [l, kb(blocking[l].bytes)]));
  const ours = blocking.consentry.bytes;
  row(
    `render-blocking bytes: what the synchronous <head> tags download (gzip -9): ${blocking.consentry.files.join(' + ') || 'none'}`,
    rb,
    rx(ratio(ours, blocking.vanilla.bytes)),
    rx(ratio(ours, blocking['vanilla-head'].bytes)),
    '<= 9 KB; aim 7 KB',
    aimed(ours, 9000, 7000),
  );
  const bytes = (visit) => Object.fromEntries(LIBS.map((l) => [l, kb(m(`${l}.${visit}.bytes`))]));
  const first = m('consentry.first.bytes');
  row(
    'bytes, first visit: all library files (JS + CSS, gzip -9)',
    bytes('first'),
    rx(ratio(first, m('vanilla.first.bytes'))),
    rx(ratio(first, m('vanilla-head.first.bytes'))),
    '<= 20 KB; aim 18 KB',
    aimed(first, 20000, 18000),
  );
  for (const visit of ['accepted', 'rejected']) {
    const back = m(`consentry.${visit}.bytes`);
    const only = samples[`consentry.${visit}.onlyCore`];
    row(
      `bytes, returning visit, ${visit} all (JS + CSS, gzip -9)`,
      bytes(visit),
      rx(ratio(back, m(`vanilla.${visit}.bytes`))),
      rx(ratio(back, m(`vanilla-head.${visit}.bytes`))),
      `${blocking.consentry.files.join(' + ')} only`,
      only?.length ? only.every((x) => x === 1) : null,
    );
  }
  gateRow(row);
  const scaleBanner = ratio(m('scale.banner'), m('phone.consentry.banner'));
  const scaleTask = ratio(m('scale.task'), m('phone.consentry.first.task'));
  row(
    `200 vendors + 1,000 held tags: banner visible (phone)${gateWired ? '' : ' (gate not wired)'}`,
    { consentry: ms(m('scale.banner')) },
    `${rx(scaleBanner)} of 5-vendor page`,
    '-',
    'starts',
    m('scale.banner') != null,
  );
  row(
    '200 vendors + 1,000 held tags: requests to their hosts before a choice',
    { consentry: num(m('scale.vendors')) },
    '-',
    '-',
    '0',
    m('scale.vendors') === 0,
  );
  strictRows(row);
  row(
    '200 vendors + 1,000 held tags: main-thread time (TaskDuration)',
    { consentry: ms(m('scale.task')) },
    `${rx(scaleTask)} of 5-vendor page`,
    '-',
    'info',
    null,
  );
}

/** The shop visits at one viewport. */
function viewportTable(vp) {
  const t = table();
  const { row } = t;
  const k = (lib, ...parts) => [vp, lib, ...parts].join('.');
  const each = (f) => Object.fromEntries(LIBS.map((l) => [l, f(l)]));
  const libs = ['vanilla', 'vanilla-head'];
  const visitName = { first: 'first visit', accepted: 'returning, accepted all', rejected: 'returning, rejected all' };

  // FCP beside the page without a library: each page's ratio to it in its cell.
  for (const visit of VISITS) {
    const none = m(k('none', visit, 'fcp'));
    const fcp = (l) => m(k(l, visit, 'fcp'));
    const r = ratio(fcp('consentry'), none);
    row(
      `first contentful paint, ${visitName[visit]} (ratio: Consentry over no library; cells: over no library)`,
      each((l) => (l === 'none' ? ms(none) : `${ms(fcp(l))} (${rx(ratio(fcp(l), none))})`)),
      rx(r),
      '-',
      '<= 1.15x',
      r != null && r <= 1.15,
    );
  }

  const banner = (l) => m(k(l, 'banner'));
  const b1 = ratio(banner('consentry'), banner('vanilla'));
  const b2 = ratio(banner('consentry'), banner('vanilla-head'));
  row(
    'banner visible (its buttons painted, opacity > 0), first visit',
    each((l) => (l === 'none' ? '-' : ms(banner(l)))),
    rx(b1),
    rx(b2),
    'ratio <= 0.8',
    b1 != null && b1 <= 0.8,
    b2 != null && b2 <= 0.8,
  );
  const frames = (x) => (x == null ? 'n/a' : `${x} frames`);
  row(
    'banner frame minus FCP frame, first visit',
    each((l) => (l === 'none' ? '-' : frames(m(k(l, 'bannerFrames'))))),
    '-',
    '-',
    'info',
    null,
  );

  // Script time (CDP ScriptDuration) and its part added over the page without a library, per visit.
  const targets = { first: 0.75, accepted: 0.5, rejected: 0.5 };
  const raw = (l, visit, metric) => m(k(l, visit, metric));
  const added = (l, visit, metric) =>
    raw(l, visit, metric) == null || raw('none', visit, metric) == null ? null : raw(l, visit, metric) - raw('none', visit, metric);
  for (const visit of VISITS) {
    row(
      `script time (ScriptDuration), ${visitName[visit]}`,
      each((l) => ms(raw(l, visit, 'script'))),
    );
    const [r1, r2] = libs.map((l) => ratio(added('consentry', visit, 'script'), added(l, visit, 'script')));
    const target = targets[visit];
    row(
      `  script time added over no library, ${visitName[visit]}`,
      each((l) => (l === 'none' ? '-' : ms(added(l, visit, 'script')))),
      rx(r1),
      rx(r2),
      `ratio <= ${target}`,
      r1 != null && r1 <= target,
      r2 != null && r2 <= target,
    );
  }
  // Main-thread time (TaskDuration: script, style, layout, parsing), as information.
  for (const visit of VISITS) {
    const [r1, r2] = libs.map((l) => ratio(added('consentry', visit, 'task'), added(l, visit, 'task')));
    const cell = (l) => (l === 'none' ? ms(raw(l, visit, 'task')) : `${ms(raw(l, visit, 'task'))} (added ${ms(added(l, visit, 'task'))})`);
    row(`main-thread time (TaskDuration), ${visitName[visit]} (ratio: of the added time)`, each(cell), rx(r1), rx(r2));
  }

  const cls = (l) => m(k(l, 'cls'));
  row(
    'layout shift caused by the banner (CLS), first visit',
    each((l) => (l === 'none' ? '-' : (cls(l) ?? NaN).toFixed(4))),
    '-',
    '-',
    '0',
    cls('consentry') === 0,
  );
  for (const [visit, name] of Object.entries(CHOICES)) {
    const click = (l) => m(k(l, `click.${visit}`));
    const [r1, r2] = libs.map((l) => ratio(click('consentry'), click(l)));
    const target = visit === 'accepted';
    row(
      `"${name}" click to next paint`,
      each((l) => (l === 'none' ? '-' : ms(click(l)))),
      rx(r1),
      rx(r2),
      target ? '<= 50 ms' : 'info',
      target ? click('consentry') != null && click('consentry') <= 50 : null,
    );
  }

  // Sanity: a broken setup shows up here instead of in flattering numbers.
  const v = (l, key) => num(m(k(l, key)));
  row(
    'sanity: vendor requests, first visit before a choice / after "Accept all" / after "Reject all"',
    each((l) =>
      l === 'none'
        ? v(l, 'vendors.first')
        : `${v(l, 'vendors.first')} / ${v(l, 'vendors.after.accepted')} / ${v(l, 'vendors.after.rejected')}`,
    ),
    '-',
    '-',
    '0 / 5 / 0',
    ...libs.map(
      () =>
        m(k('consentry', 'vendors.first')) === 0 &&
        m(k('consentry', 'vendors.after.accepted')) === EXPECTED.accepted &&
        m(k('consentry', 'vendors.after.rejected')) === EXPECTED.rejected,
    ),
  );
  row(
    'sanity: vendor requests, returning visit after "Accept all" / after "Reject all"',
    each((l) => `${v(l, 'vendors.accepted')} / ${v(l, 'vendors.rejected')}`),
    '-',
    '-',
    '5 / 0',
    m(k('consentry', 'vendors.accepted')) === EXPECTED.accepted && m(k('consentry', 'vendors.rejected')) === EXPECTED.rejected,
  );
  return t;
}

const shopTables = () =>
  Object.entries(VIEWPORTS).map(([vp, { width, height }]) => [`shop visits, ${vp} ${width}x${height}`, viewportTable(vp).rows]);
const tables = SHOP_ONLY
  ? shopTables().map(([title, rows]) => [`${title}, ${ONLY} visitors alone (BENCH_ONLY=${ONLY}; the other visit's rows read n/a)`, rows])
  : ONLY
    ? [[`${ONLY} alone (BENCH_ONLY=${ONLY})`, sizes.rows]]
    : [['sizes, gate and scale', sizes.rows], ...shopTables()];

const version = browser.version();
const settings = [
  `runs: ${RUNS} (median of each), ${Math.round((Date.now() - started) / 1000)} s`,
  `machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  `browser: Chromium ${version} headless, CPU throttled ${THROTTLE}x (CDP Emulation.setCPUThrottlingRate), viewports ${vpText} (gate and scale at the phone), default motion settings (no reduced-motion emulation: entrance animations run), local server, network not throttled, no HTTP cache`,
].concat(
  ONLY && !SHOP_ONLY
    ? []
    : [
        'vanilla-cc 3.1.0 two ways: as its docs say (stylesheet in <head>; <script type="module"> at the end of <body> importing cookieconsent.umd.js and calling CookieConsent.run) and synchronously in <head> as Consentry is (stylesheet and cookieconsent.umd.js in <head>, run on DOMContentLoaded); "ratio" and "status" are against the first, the columns after them against the second',
        `banner visible: the first animation frame in which the banner's ${BUTTONS.map((b) => `"${b}"`).join(' and ')} buttons are painted (size, in the viewport, visibility visible, opacity through every ancestor and shadow host above 0), for every library alike`,
        "script time added: the library page's median ScriptDuration (CDP Performance.getMetrics) minus the no-library page's, for the same visit and viewport",
      ],
);

const widthsOf = (rows) => HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
for (const [title, rows] of tables) {
  const widths = widthsOf(rows);
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
  console.log(`\n${title}`);
  console.log(line(HEADER));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}
console.log('');
for (const s of settings) console.log(s);
// The ratios with their own pass marks per run: show their spread, not only the medians.
const spread = (key) => (samples[key] ?? []).map((x) => x.toFixed(0)).join(', ');
const gateRan = !ONLY || ONLY === 'gate';
if (gateRan)
  console.log(
    `gate samples (ms, median of ${GATE_ROUNDS} rounds per load): without [${spread('gate.without')}], with [${spread('gate.with')}]`,
  );
// Each run's pages ran back to back, so each run's own ratio shows how much the machine's load moved it.
const gateRatios = perRun('gate.with').map((x, i) => rx(ratio(x, perRun('gate.without')[i])));
if (gateRan) console.log(`gate ratio per run (with over without, same run): [${gateRatios.join(', ')}]`);
const cpuRatios = perRun('gate.with.cpu').map((x, i) => rx(ratio(x, perRun('gate.without.cpu')[i])));
if (gateRan)
  console.log(
    `gate CPU time per round (ms): without [${spread('gate.without.cpu')}], with [${spread('gate.with.cpu')}]; ratio per run [${cpuRatios.join(', ')}]`,
  );
// Strict mode's pair also ran in turns: each run's own ratio shows how much the machine's load moved it.
if (!ONLY || ONLY === 'strict')
  console.log(
    `strict mode load samples (ms): without [${spread('strict.without.load')}], with [${spread('strict.with.load')}]; ratio per run [${perRun(
      'strict.with.load',
    )
      .map((x, i) => rx(ratio(x, perRun('strict.without.load')[i])))
      .join(', ')}]`,
  );
if (!ONLY || SHOP_ONLY)
  for (const vp of Object.keys(VIEWPORTS)) {
    const ours = perRun(`${vp}.consentry.banner`);
    const per = (lib) =>
      perRun(`${vp}.${lib}.banner`)
        .map((x, i) => rx(ratio(ours[i], x)))
        .join(', ');
    console.log(
      `banner visible, Consentry over vanilla-cc per run (median of each run), ${vp}: docs way [${per('vanilla')}], sync-head [${per('vanilla-head')}]`,
    );
  }
if (consoleErrors.size) {
  console.log('\nconsole errors and failures seen (check the bench pages):');
  for (const [e, n] of consoleErrors) console.log(`  ${e}${n > 1 ? ` (x${n})` : ''}`);
}

if (process.argv.includes('--docs') && ONLY) {
  // The gate's row alone: the rest of the figures block keeps the full run it came from.
  const doc = join(ROOT, 'docs/performance.md');
  const esc = (text) => String(text).replace(/<(?=[a-z/!])/gi, '&lt;');
  const [gate, gateCpu] = sizes.rows;
  const line = (r) => `| ${r.map((c) => esc(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const note = `- gate rows: BENCH_ONLY=gate, ${RUNS} runs, wall samples without [${spread('gate.without')}] ms, with [${spread('gate.with')}] ms, ratio per run [${gateRatios.join(', ')}]; CPU ratio per run [${cpuRatios.join(', ')}]; taken ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}`;
  const text = readFileSync(doc, 'utf8')
    .replace(/^\| gate: the same rounds.*\n/m, '')
    .replace(/^\| gate: 2,000 elements.*$/m, () => [gate, gateCpu].map(line).join('\n'))
    .replace(/^- gate rows?: BENCH_ONLY=gate.*\n/m, '')
    .replace(/\n<!-- bench:end -->/, () => `\n${note}\n<!-- bench:end -->`);
  writeFileSync(doc, text);
  console.log('\ndocs/performance.md: gate row updated');
} else if (process.argv.includes('--docs')) {
  // Markdown would read `<head>` as a tag: escape what looks like one, and table pipes.
  const esc = (text) => String(text).replace(/<(?=[a-z/!])/gi, '&lt;');
  const cells = (r) => `| ${r.map((c) => esc(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  const md = [
    ...tables.flatMap(([title, rows]) => [`**${title}**`, '', cells(HEADER), cells(HEADER.map(() => '---')), ...rows.map(cells), '']),
    ...settings.map((s) => `- ${esc(s)}`),
    `- taken: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}`,
  ].join('\n');
  const doc = join(ROOT, 'docs/performance.md');
  const text = readFileSync(doc, 'utf8');
  writeFileSync(
    doc,
    text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, () => `<!-- bench:start -->\n${md}\n<!-- bench:end -->`),
  );
  console.log('\ndocs/performance.md updated');
}

await browser.close();
server.close();
