// Configuration is checked here, once, at the edge. Every problem is reported with the key and
// the fix, and the key falls back to its safe default, so a typo never takes the page down and
// never grants anything: the worst a bad config can do is ask the shopper.
import { own } from './objects';
import { CONFIG, VENDOR } from './config-spec';
import { GOOGLE_VENDORS } from './google';
import { check, isObject, type Report } from './spec';
import type { CategoryDefinition, ConfiguredVendor, ConsentryConfig, ResolvedConfig, VendorDefinition, VendorId } from './types';

export const BUILT_IN_CATEGORIES = ['necessary', 'preferences', 'analytics', 'marketing'];

export const DEFAULTS: ResolvedConfig = Object.freeze<ResolvedConfig>({
  vendors: [],
  categories: BUILT_IN_CATEGORIES.map((id) => ({ id })),
  revision: 0,
  policyUrl: null,
  cookie: { name: 'consentry', domain: null },
  consentDays: 730,
  language: null,
  languages: null,
  text: {},
  signals: { dnt: 'reject-all', gpc: 'reject-marketing' },
  googleConsentMode: null,
  reloadOnWithdraw: true,
  receiptEndpoint: null,
  layout: 'bar',
  debug: false,
});

// Claiming one of these, or a service everyone shares on them (s3, fonts, ajax, cdnjs ...), would
// block every other site's assets served from it. A vendor's own distribution on a shared CDN
// (Fresh Relevance's `d81mfvml8p5ml.cloudfront.net`) is its alone, so it may be claimed.
const SHARED_DOMAINS =
  /^((s3[a-z0-9.-]*|fonts|ajax|www|cdn|cdnjs|storage)\.)?(cloudfront\.net|amazonaws\.com|googleapis\.com|gstatic\.com|azureedge\.net|akamaihd\.net|fastly\.net|jsdelivr\.net|unpkg\.com|cloudflare\.com|herokuapp\.com)$/;

/**
 * Checks a vendor definition from the config or `register()`: fields fit their shape, the
 * category exists, hosts claim no shared CDN, and a vendor new to the catalog is complete.
 * Returns the vendor, or null (reported) when it cannot be used safely.
 */
export function vendorFrom(
  input: unknown,
  known: ConfiguredVendor | undefined,
  categories: readonly string[],
  path: string,
  report: Report,
): ConfiguredVendor | null {
  const fields = check(VENDOR, input, path, report) as VendorDefinition | undefined;
  if (!fields) return null;
  // Over a catalog entry the site's fields win and the words it left out stay missing, for the UI
  // to take from the catalog; a vendor new to the catalog has its own, empty unless written.
  const v = {
    ...(known ?? { name: fields.id, company: fields.name ?? fields.id, purpose: '', cookies: [], policyUrl: '', leavesUkEea: true }),
    ...fields,
  } as ConfiguredVendor;
  const shared = v.hosts?.find((h) => SHARED_DOMAINS.test(h));
  if (!v.category) report(path, 'no-category');
  else if (!categories.includes(v.category)) report(path, 'bad-category', v.category, categories.join(', '));
  else if (!v.hosts) report(path, 'no-hosts');
  else if (shared) report(path, 'shared-host', shared);
  else return v;
  return null;
}

/**
 * Turns whatever the site wrote into a complete, frozen configuration. Reports each problem
 * through `report` and never throws: a missing or broken config is the safe default.
 */
export function resolveConfig(raw: unknown, catalog: Readonly<Record<VendorId, ConfiguredVendor>>, report: Report): ResolvedConfig {
  if (raw == null) return DEFAULTS;
  const c = check(CONFIG, raw, 'config', report) as ConsentryConfig | undefined;
  if (!c) return DEFAULTS;

  const categories: CategoryDefinition[] = BUILT_IN_CATEGORIES.map((id) => ({ id, ...c.categories?.[id] }));
  for (const [id, def] of Object.entries(c.categories ?? {})) {
    if (BUILT_IN_CATEGORIES.includes(id)) continue;
    if (def.label) categories.push({ id, ...def });
    else report(`config.categories.${id}.label`, 'label');
  }
  const ids = categories.map((x) => x.id);

  const vendors: ConfiguredVendor[] = [];
  (c.vendors ?? []).forEach((entry, i) => {
    const path = `config.vendors[${i}]`;
    const id = typeof entry === 'string' ? entry : entry.id;
    const known = own(catalog, id) ? catalog[id] : undefined;
    if (vendors.some((v) => v.id === id)) return report(path, 'twice', id);
    if (typeof entry === 'string' && !known) {
      const catalogued = Object.keys(catalog);
      return catalogued.length ? report(path, 'not-in-catalog', id, catalogued.join(', ')) : report(path, 'no-catalog', id);
    }
    const vendor = typeof entry === 'string' ? known! : vendorFrom(entry, known, ids, path, report);
    if (vendor) vendors.push(vendor);
  });

  const gcm = c.googleConsentMode;
  const usesGoogle = vendors.some((v) => Object.values(GOOGLE_VENDORS).includes(v.id));
  // `check` leaves out every key that failed, so a key the site did not set right keeps its default.
  return Object.freeze<ResolvedConfig>({
    ...DEFAULTS,
    ...(c as object),
    vendors,
    categories,
    cookie: { ...DEFAULTS.cookie, ...c.cookie },
    // A list with no language we ship keeps the site to its source language, never to all 25.
    languages: c.languages?.length ? c.languages : isObject(raw) && own(raw, 'languages') ? ['en-GB'] : null,
    signals: { ...DEFAULTS.signals, ...c.signals },
    googleConsentMode: gcm === false || (gcm === undefined && !usesGoogle) ? null : { mode: 'basic', ...(isObject(gcm) ? gcm : {}) },
  });
}
