// `npm run bench`: the performance figures of issue 8 (and the gate and scale figures of issues 4
// and 9), measured in one run in Chromium with the CPU throttled 4x, for the same shop page with
// no consent library, with vanilla-cookieconsent 3.1.0 and with Consentry. Prints medians over N
// runs and the ratios the targets are written in. Timings live here only, never in pass/fail tests.
//
//   BENCH_RUNS=N      runs per page (default 7)
//   CHROME_PATH=...   the Chromium to drive (default: `chromium` on PATH)
//   --docs            also rewrite the figures block in docs/performance.md
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { consentryShop, gatePage, plainShop, scalePage, vanillaShop } from './pages.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const THROTTLE = 4;
const VIEWPORT = { width: 412, height: 915 };
const SITE = 'www.shop.test';
const SETTLE_MS = 500;
const started = Date.now();

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
  if (host !== SITE) {
    res.writeHead(200, { ...headers, 'content-type': 'text/javascript', 'access-control-allow-origin': '*' });
    return res.end('/* vendor stand-in */');
  }
  if (pages.has(path)) {
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
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
pages.set('/consentry', consentryShop(PORT));
pages.set('/gate-without', gatePage(false));
pages.set('/gate-with', gatePage(true));
pages.set('/scale', scalePage(PORT));

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

/**
 * Runs in every page before its own scripts: first contentful paint, layout shifts, the first
 * frame in which the banner is visible (polled each frame), and the time from an "Accept all"
 * click to the next paint (the frame after the click's task, then a task after that frame).
 */
const probe = (finder) => `(() => {
  if (window !== top) return;
  const b = (window.__bench = { fcp: null, banner: null, cls: 0, click: null, eventMax: null });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (/^(pointer|mouse|click)/.test(e.name)) b.eventMax = Math.max(b.eventMax || 0, e.duration); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  // Polling costs main-thread time, which the page would be charged for: only a load that
  // expects a banner polls (a returning visit, ?returning, must not pay for looking).
  const find = location.search === '?returning' ? null : ${finder};
  // One look, taken by the runner after the page has settled: a returning visit must show no banner.
  window.__benchShowsBanner = () => { const f = ${finder}; return !!f && visible(f()); };
  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none' && +s.opacity > 0;
  };
  // Frame start times, so the banner's frame can be compared with the frame that gave FCP.
  b.frames = [];
  if (find) {
    let after = 0;
    const poll = (t) => {
      b.frames.push(t);
      if (b.banner === null && visible(find())) b.banner = t;
      if (b.banner !== null) after++;
      if ((b.banner === null || b.fcp === null || after < 3) && t < 20000) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }
  addEventListener('click', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => (b.click = performance.now() - t0); c.port2.postMessage(0); });
  }, true);
})();`;

const FINDERS = {
  none: 'null',
  vanilla: `() => document.querySelector('#cc-main .cm')`,
  consentry: `() => document.querySelector('[data-consentry-ui]')?.shadowRoot?.querySelector('[role=dialog]')`,
};

const consoleErrors = new Map();

/** A fresh visitor: own cookies, CPU throttled before the shop's first byte arrives. */
async function visitor(finder, label) {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.set(`${label}: ${m.text()}`.slice(0, 240), (consoleErrors.get(label) ?? 0) + 1);
  });
  page.on('pageerror', (e) => consoleErrors.set(`${label}: ${e.message}`.slice(0, 240), 1));
  await page.addInitScript(probe(finder));
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
    if (expectBanner) await page.waitForFunction(() => window.__bench.banner !== null && window.__bench.fcp !== null, null, { timeout: 20000 });
    await page.waitForTimeout(SETTLE_MS);
    const after = await metrics();
    const probed = await page.evaluate(() => window.__bench);
    const showsBanner = await page.evaluate(() => window.__benchShowsBanner());
    return {
      ...probed,
      showsBanner,
      // Chromium keeps these counters per document (they restart with each navigation).
      task: after.TaskDuration * 1000,
      script: after.ScriptDuration * 1000,
      bytes: libraryBytes(requested),
      files: [...requested],
      vendorRequests: vendorHits.length,
    };
  };
  const acceptAll = async () => {
    await page.getByRole('button', { name: 'Accept all', exact: true }).first().click();
    await page.waitForFunction(() => window.__bench.click !== null, null, { timeout: 20000 });
    const { click, eventMax } = await page.evaluate(() => window.__bench);
    await page.waitForTimeout(SETTLE_MS);
    return { click, eventMax, vendorRequests: vendorHits.length };
  };
  return { page, load, acceptAll, close: () => context.close() };
}

// --- one run of every page ------------------------------------------------------------------

/** The gate rows mean something only once the script-tag entry imports the gate. */
const gateWired = /from '\.\/gate/.test(readFileSync(join(ROOT, 'src/browser.ts'), 'utf8'));
const samples = {};
const add = (key, value) => value != null && Number.isFinite(value) && (samples[key] ??= []).push(value);

async function shopRun(lib) {
  const v = await visitor(FINDERS[lib], lib);
  try {
    const path = `/${lib}`;
    const first = await v.load(path, lib !== 'none');
    if (process.env.BENCH_DEBUG) console.log(lib, first.files, first.bytes);
    add(`${lib}.first.bytes`, first.bytes);
    add(`${lib}.first.task`, first.task);
    add(`${lib}.first.script`, first.script);
    add(`${lib}.fcp`, first.fcp);
    add(`${lib}.vendors.first`, first.vendorRequests);
    if (lib !== 'none') {
      add(`${lib}.banner`, first.banner);
      // FCP's time is when its frame was presented; the frame it belongs to is the last one begun before it.
      const fcpFrame = first.frames.filter((t) => t <= first.fcp).length - 1;
      add(`${lib}.bannerFrames`, first.frames.indexOf(first.banner) - fcpFrame);
      add(`${lib}.cls`, first.cls);
      const { click, eventMax, vendorRequests } = await v.acceptAll();
      add(`${lib}.vendors.accepted`, vendorRequests);
      add(`${lib}.click`, click);
      if (eventMax != null) add(`${lib}.eventMax`, eventMax);
    }
    const back = await v.load(`${path}?returning`, false);
    add(`${lib}.back.bytes`, back.bytes);
    add(`${lib}.back.task`, back.task);
    add(`${lib}.back.script`, back.script);
    if (back.showsBanner) consoleErrors.set(`${lib}: banner shown again on the returning visit`, 1);
  } finally {
    await v.close();
  }
}

/** Median of several rounds of 2,000 insertions on one page (the first round warms up). */
async function gateRun(withConsentry) {
  const path = withConsentry ? '/gate-with' : '/gate-without';
  const v = await visitor('null', path);
  try {
    await v.page.goto(url(path));
    if (withConsentry) {
      // A returning visitor who rejected: nothing optional runs, no UI is loaded, the gate holds.
      await v.page.evaluate(() => window.Consentry.rejectAll());
      await v.page.goto(url(path));
    }
    await v.page.waitForTimeout(SETTLE_MS);
    const rounds = [];
    for (let i = 0; i < 6; i++) rounds.push(await v.page.evaluate(() => window.benchInsert()));
    add(`gate.${withConsentry ? 'with' : 'without'}`, median(rounds.slice(1)));
  } finally {
    await v.close();
  }
}

async function scaleRun() {
  const v = await visitor(FINDERS.consentry, 'scale');
  try {
    const first = await v.load('/scale', true);
    add('scale.banner', first.banner);
    add('scale.task', first.task);
    add('scale.vendors', first.vendorRequests);
  } finally {
    await v.close();
  }
}

function median(values) {
  if (!values?.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

console.log(`Consentry bench: ${RUNS} runs, CPU throttled ${THROTTLE}x, viewport ${VIEWPORT.width}x${VIEWPORT.height}, gate ${gateWired ? 'wired' : 'NOT wired yet'}`);
for (let run = 1; run <= RUNS; run++) {
  for (const lib of ['none', 'vanilla', 'consentry']) await shopRun(lib);
  await gateRun(false);
  await gateRun(true);
  await scaleRun();
  process.stdout.write(`  run ${run}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
}

// --- the table ------------------------------------------------------------------------------

const m = (key) => median(samples[key]);
const ms = (x) => (x == null ? 'n/a' : `${x.toFixed(0)} ms`);
const kb = (x) => (x == null ? 'n/a' : `${(x / 1000).toFixed(2)} KB`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
const rx = (x) => (x == null ? 'n/a' : `${x.toFixed(2)}x`);
const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'met' : 'MISSED');

const added = (lib, visit) => m(`${lib}.${visit}.task`) - m(`none.${visit}.task`);
const rows = [];
const row = (measure, none, vcc, ours, r, target, ok) => rows.push([measure, none, vcc, ours, r, target, verdict(ok)]);

row('bytes, first visit (JS+CSS, gzip -9)', kb(m('none.first.bytes')), kb(m('vanilla.first.bytes')), kb(m('consentry.first.bytes')),
  rx(ratio(m('consentry.first.bytes'), m('vanilla.first.bytes'))), '<= 12 KB', m('consentry.first.bytes') <= 12000);
row('bytes, returning visit (JS+CSS, gzip -9)', kb(m('none.back.bytes')), kb(m('vanilla.back.bytes')), kb(m('consentry.back.bytes')),
  rx(ratio(m('consentry.back.bytes'), m('vanilla.back.bytes'))), '<= 4 KB', m('consentry.back.bytes') <= 4000);
row('first contentful paint, first visit', ms(m('none.fcp')), ms(m('vanilla.fcp')), ms(m('consentry.fcp')),
  rx(ratio(m('consentry.fcp'), m('vanilla.fcp'))), 'info', null);
const bannerRatio = ratio(m('consentry.banner'), m('vanilla.banner'));
row('banner visible, first visit', '-', ms(m('vanilla.banner')), ms(m('consentry.banner')), rx(bannerRatio), 'ratio <= 1.0', bannerRatio != null && bannerRatio <= 1);
const frames = (x) => (x == null ? 'n/a' : `${x} frames`);
row('banner frame minus FCP frame', '-', frames(m('vanilla.bannerFrames')), frames(m('consentry.bannerFrames')), '-', 'aim: 0 (same frame)', null);
const addedFirst = ratio(added('consentry', 'first'), added('vanilla', 'first'));
row('main-thread time, first visit (TaskDuration)', ms(m('none.first.task')), ms(m('vanilla.first.task')), ms(m('consentry.first.task')), '-', 'info', null);
row('  added over no library, first visit', '-', ms(added('vanilla', 'first')), ms(added('consentry', 'first')), rx(addedFirst), 'ratio <= 0.50', addedFirst != null && addedFirst <= 0.5);
const addedBack = ratio(added('consentry', 'back'), added('vanilla', 'back'));
row('main-thread time, returning visit (TaskDuration)', ms(m('none.back.task')), ms(m('vanilla.back.task')), ms(m('consentry.back.task')), '-', 'info', null);
row('  added over no library, returning visit', '-', ms(added('vanilla', 'back')), ms(added('consentry', 'back')), rx(addedBack), 'ratio <= 0.25', addedBack != null && addedBack <= 0.25);
row('script time, first / returning (ScriptDuration)', `${ms(m('none.first.script'))} / ${ms(m('none.back.script'))}`,
  `${ms(m('vanilla.first.script'))} / ${ms(m('vanilla.back.script'))}`, `${ms(m('consentry.first.script'))} / ${ms(m('consentry.back.script'))}`, '-', 'info', null);
row('layout shift caused by the banner (CLS)', '-', (m('vanilla.cls') ?? NaN).toFixed(4), (m('consentry.cls') ?? NaN).toFixed(4), '-', '0', m('consentry.cls') === 0);
row('"Accept all" click to next paint', '-', ms(m('vanilla.click')), ms(m('consentry.click')), rx(ratio(m('consentry.click'), m('vanilla.click'))), '<= 50 ms', m('consentry.click') <= 50);
const gateRatio = ratio(m('gate.with'), m('gate.without'));
row(`gate: 2,000 elements added at run time${gateWired ? '' : ' (PENDING: gate not wired)'}`, ms(m('gate.without')), '-', ms(m('gate.with')), rx(gateRatio), 'ratio <= 1.1', gateWired ? gateRatio <= 1.1 : null);
const scaleBanner = ratio(m('scale.banner'), m('consentry.banner'));
const scaleTask = ratio(m('scale.task'), m('consentry.first.task'));
row(`200 vendors + 1,000 held tags: banner visible${gateWired ? '' : ' (gate not wired)'}`, '-', '-', ms(m('scale.banner')), `${rx(scaleBanner)} of 5-vendor page`, 'starts', m('scale.banner') != null);
row('200 vendors + 1,000 held tags: requests to their hosts before a choice', '-', '-', String(m('scale.vendors')), '-', '0', m('scale.vendors') === 0);
row('200 vendors + 1,000 held tags: main-thread time', '-', '-', ms(m('scale.task')), `${rx(scaleTask)} of 5-vendor page`, 'info', null);

row('sanity: vendor requests before a choice / after "Accept all"', String(m('none.vendors.first')),
  `${m('vanilla.vendors.first')} / ${m('vanilla.vendors.accepted')}`, `${m('consentry.vendors.first')} / ${m('consentry.vendors.accepted')}`, '-', '0 / 5', m('consentry.vendors.first') === 0 && m('consentry.vendors.accepted') === 5);

const header = ['measure (median)', 'no library', 'vanilla-cc 3.1.0', 'Consentry', 'ratio', 'target', 'status'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
let version = browser.version();
const settings = [
  `runs: ${RUNS} (median of each), ${Math.round((Date.now() - started) / 1000)} s`,
  `machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  `browser: Chromium ${version} headless, CPU throttled ${THROTTLE}x (CDP Emulation.setCPUThrottlingRate), viewport ${VIEWPORT.width}x${VIEWPORT.height}, reduced motion, local server, network not throttled, no HTTP cache`,
];
console.log('');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
console.log('');
for (const s of settings) console.log(s);
// The one ratio with its own pass mark in an issue: show its spread, not only the medians.
const spread = (key) => (samples[key] ?? []).map((x) => x.toFixed(0)).join(', ');
console.log(`gate samples (ms, median of 5 rounds per load): without [${spread('gate.without')}], with [${spread('gate.with')}]`);
if (consoleErrors.size) {
  console.log('\nconsole errors seen (check the bench pages):');
  for (const e of consoleErrors.keys()) console.log(`  ${e}`);
}

if (process.argv.includes('--docs')) {
  const md = [
    '| ' + header.join(' | ') + ' |',
    '| ' + header.map(() => '---').join(' | ') + ' |',
    ...rows.map((r) => '| ' + r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ') + ' |'),
    '',
    ...settings.map((s) => `- ${s}`),
    `- taken: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}`,
  ].join('\n');
  const doc = join(ROOT, 'docs/performance.md');
  const text = readFileSync(doc, 'utf8');
  writeFileSync(doc, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${md}\n<!-- bench:end -->`));
  console.log('\ndocs/performance.md updated');
}

await browser.close();
server.close();
