// `consentry audit <url>`: the command a developer runs and a CI step fails on.
// Exit 0: no leak, unmarked tag or misplaced script (with --strict: nothing undeclared either);
// 1: the audit found one; 2: the command could not run (usage, browser or network).
import { readFileSync, writeFileSync } from 'node:fs';
import { catalog } from '../../vendors';
import { resolveConfig } from '../shared/config';
import { crawl, launch, UsageError } from './crawl';
import {
  activity,
  type CookieSeen,
  cookieInventory,
  fails,
  judge,
  site,
  type Finding,
  type PageRecord,
  type StorageSeen,
  storageInventory,
} from './findings';
import type { ResolvedConfig } from '../shared/types';

declare const CONSENTRY_VERSION: string;

const USAGE = 'usage: consentry audit <url> [--pages N] [--config FILE] [--json FILE] [--html FILE] [--suggest-config] [--strict]';

interface Options {
  url: string;
  pages: number;
  config?: string;
  json?: string;
  html?: string;
  suggest: boolean;
  strict: boolean;
}

function parse(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'audit') throw new UsageError(USAGE);
  const o: Partial<Options> = { pages: 10, suggest: false, strict: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--pages') {
      o.pages = Number(value());
      if (!Number.isInteger(o.pages) || o.pages < 1) throw new UsageError(`--pages takes a whole number of 1 or more\n${USAGE}`);
    } else if (a === '--config') o.config = value();
    else if (a === '--json') o.json = value();
    else if (a === '--html') o.html = value();
    else if (a === '--suggest-config') o.suggest = true;
    else if (a === '--strict') o.strict = true;
    else if (!a.startsWith('--') && !o.url) o.url = a;
    else throw new UsageError(`unknown argument ${a}\n${USAGE}`);
  }
  if (!o.url || !/^https?:\/\//.test(o.url)) throw new UsageError(`give the site's address, starting with http:// or https://\n${USAGE}`);
  return o as Options;
}

/** The JSON report; its schema is docs/audit.schema.json. */
export interface AuditReport {
  readonly url: string;
  readonly when: string;
  readonly consentryVersion: string;
  readonly pages: readonly { url: string; consentry: boolean; passes: string[] }[];
  readonly vendors: readonly VendorSummary[];
  readonly cookies: readonly CookieSeen[];
  readonly storage: readonly StorageSeen[];
  readonly findings: readonly Finding[];
}

interface VendorSummary {
  readonly vendor: string;
  readonly requests: Record<string, number>;
  readonly verdict: string;
}

function vendorTable(pages: readonly PageRecord[], config: ResolvedConfig, ids: readonly string[]): VendorSummary[] {
  const seen = activity(pages, config, ids);
  return ids.map((id) => {
    const requests = seen[id]!;
    const verdict =
      requests['before-choice'] || requests['after-reject']
        ? 'acted without consent'
        : requests['after-accept']
          ? 'held before a choice, released after "Accept all"'
          : 'not seen in any pass';
    return { vendor: id, requests, verdict };
  });
}

/** One cookie's cells, in the column order both the HTML and the terminal report use. */
const cookieCells = (c: AuditReport['cookies'][number]) => [
  c.name,
  c.domain,
  c.path,
  c.lifetime === null ? 'session' : `${c.lifetime} s`,
  c.party,
  c.vendor ?? 'unknown',
  c.passes.join(', '),
];

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function html(r: AuditReport): string {
  const row = (cells: unknown[], th = false) =>
    `<tr>${cells.map((c, i) => (th ? `<th scope="col">${esc(c)}</th>` : i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consentry audit of ${esc(r.url)}</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#111;background:#fff}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #555;padding:.3rem .5rem;text-align:left;vertical-align:top;word-break:break-all}caption{text-align:left;font-weight:bold}</style></head>
<body><main><h1>Consentry audit of ${esc(r.url)}</h1>
<p>Run on ${esc(r.when)} with Consentry ${esc(r.consentryVersion)}, over ${r.pages.length} page(s). Each page was loaded before any choice, after "Reject all" and after "Accept all" (a returning visitor's view).</p>
<h2>Vendors found</h2><table><caption>What each vendor did before and after a choice</caption>${row(['Vendor', 'Acted before a choice', 'Acted after "Reject all"', 'Seen after "Accept all"', 'Verdict'], true)}${r.vendors
    .map((v) => row([v.vendor, v.requests['before-choice'], v.requests['after-reject'], v.requests['after-accept'], v.verdict]))
    .join('')}</table>
<h2>Cookies</h2>${
    r.cookies.length
      ? `<table><caption>Every cookie seen, and in which passes</caption>${row(['Cookie', 'Domain', 'Path', 'Lifetime', 'Party', 'Vendor', 'Seen'], true)}${r.cookies
          .map((c) => row(cookieCells(c)))
          .join('')}</table>`
      : '<p>None.</p>'
  }
<h2>Storage</h2>${
    r.storage.length
      ? `<table><caption>Every localStorage and sessionStorage key and IndexedDB database seen, per page and pass</caption>${row(['Name', 'Kind', 'Page', 'Pass', 'Vendor'], true)}${r.storage
          .map((s) => row([s.name, s.kind, s.page, s.pass, s.vendor ?? 'unknown']))
          .join('')}</table>`
      : '<p>None.</p>'
  }
<h2>Findings</h2>${
    r.findings.length
      ? `<table><caption>${r.findings.length} finding(s)</caption>${row(['Kind', 'Page', 'Pass', 'Vendor', 'Evidence'], true)}${r.findings
          .map((f) => row([f.kind, f.page, f.pass, f.vendor ?? 'unknown', f.host ?? f.cookie ?? f.storage ?? f.tag ?? f.detail ?? '']))
          .join('')}</table>`
      : '<p>None.</p>'
  }
<h2>Pages</h2><ul>${r.pages.map((p) => `<li>${esc(p.url)}: ${esc(p.passes.join(', '))}</li>`).join('')}</ul></main></body></html>\n`;
}

/** A configuration with the catalog vendors seen and a skeleton entry per unknown third party. */
function suggest(siteConfig: unknown, findings: readonly Finding[]): object {
  const base = siteConfig && typeof siteConfig === 'object' ? (siteConfig as Record<string, unknown>) : {};
  const listed = Array.isArray(base.vendors) ? [...base.vendors] : [];
  const has = (id: string) => listed.some((v) => (typeof v === 'string' ? v : (v as { id: string }).id) === id);
  for (const f of findings)
    if ((f.kind === 'undeclared-host' || f.kind === 'undeclared-cookie') && f.vendor && !has(f.vendor)) listed.push(f.vendor);
  const unknown = new Map<string, { hosts: Set<string>; cookies: Set<string> }>();
  for (const f of findings)
    if (f.kind === 'undeclared-host' && !f.vendor && f.host) {
      const domain = site(f.host);
      const e = unknown.get(domain) ?? { hosts: new Set(), cookies: new Set() };
      e.hosts.add(/\./.test(domain) ? domain : f.host);
      unknown.set(domain, e);
    }
  for (const f of findings) if (f.kind === 'undeclared-cookie' && !f.vendor && f.host) unknown.get(site(f.host))?.cookies.add(f.cookie!);
  for (const [domain, e] of unknown) {
    const id = domain
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40);
    if (has(id)) continue;
    listed.push({
      id,
      name: domain,
      category: 'marketing',
      purpose: `TODO: say what ${domain} does, and move it to the right category`,
      hosts: [...e.hosts],
      cookies: [...e.cookies].map((name) => ({ name, party: 'third' })),
    });
  }
  return { ...base, vendors: listed };
}

export async function main(argv: readonly string[]): Promise<number> {
  let o: Options;
  try {
    o = parse(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  let given: unknown;
  if (o.config) {
    try {
      given = JSON.parse(readFileSync(o.config, 'utf8'));
    } catch (e) {
      process.stderr.write(`--config ${o.config}: cannot read it as JSON (${(e as Error).message})\n`);
      return 2;
    }
  }
  let browser: Awaited<ReturnType<typeof launch>>;
  try {
    browser = await launch();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  try {
    const progress = (line: string) => process.stderr.write(process.stderr.isTTY ? `\r\x1b[K${line}` : `${line}\n`);
    const { pages, siteConfig } = await crawl(browser, o.url, o.pages, given, progress);
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    const problems: string[] = [];
    const config = resolveConfig(
      siteConfig ?? null,
      catalog,
      (path, code) => void problems.push(`${path}: ${typeof code === 'string' ? code : 'invalid'}`),
    );
    const findings = judge(pages, config);
    const ids = [...new Set([...config.vendors.map((v) => v.id), ...findings.flatMap((f) => (f.vendor ? [f.vendor] : []))])];
    const report: AuditReport = {
      url: o.url,
      when: new Date().toISOString(),
      consentryVersion: CONSENTRY_VERSION,
      pages: pages.map((p) => ({ url: p.url, consentry: p.consentry, passes: p.passes.map((x) => x.pass) })),
      vendors: vendorTable(pages, config, ids),
      cookies: cookieInventory(pages, config),
      storage: storageInventory(pages, config),
      findings,
    };
    if (o.json) writeFileSync(o.json, `${JSON.stringify(report, null, 2)}\n`);
    if (o.html) writeFileSync(o.html, html(report));
    const out = o.suggest ? process.stderr : process.stdout;
    const lines = [
      `Consentry audit of ${o.url}: ${pages.length} page(s)`,
      ...problems.map((p) => `config problem: ${p}`),
      '',
      'vendor | before choice | after reject | after accept | verdict',
    ];
    for (const v of report.vendors)
      lines.push(
        `${v.vendor} | ${v.requests['before-choice']} | ${v.requests['after-reject']} | ${v.requests['after-accept']} | ${v.verdict}`,
      );
    lines.push('', 'cookie | domain | path | lifetime | party | vendor | seen');
    for (const c of report.cookies) lines.push(cookieCells(c).join(' | '));
    lines.push('', 'storage | kind | page | pass | vendor');
    for (const s of report.storage) lines.push(`${s.name} | ${s.kind} | ${s.page} | ${s.pass} | ${s.vendor ?? 'unknown'}`);
    lines.push('', `${findings.length} finding(s)`);
    for (const f of findings)
      lines.push(
        `${f.kind} [${f.pass}] ${f.page} ${f.vendor ?? 'unknown'}: ${f.host ?? f.cookie ?? f.storage ?? f.tag ?? ''}${f.detail ? ` (${f.detail})` : ''}`,
      );
    out.write(`${lines.join('\n')}\n`);
    if (o.suggest) process.stdout.write(`${JSON.stringify(suggest(siteConfig, findings), null, 2)}\n`);
    return fails(findings, o.strict) ? 1 : 0;
  } catch (e) {
    process.stderr.write(`consentry audit could not finish: ${(e as Error).message}\n`);
    return 2;
  } finally {
    await browser.close();
  }
}
