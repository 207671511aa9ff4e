// Where the script-tag build finds its configuration. Sources do not merge: the first found wins,
// so what a site sees in one place is the whole truth.
import type { Report } from '../shared/spec';

export const CONFIG_ELEMENT_ID = 'consentry-config';

export function findConfig(doc: Document, win: Window, report: Report): unknown {
  const el = doc.getElementById(CONFIG_ELEMENT_ID);
  if (el) {
    try {
      return JSON.parse(el.textContent ?? '');
    } catch (e) {
      report(`<script id="${CONFIG_ELEMENT_ID}">`, `is not valid JSON (${(e as Error).message}); fix it, everything optional stays blocked until then`);
      return undefined;
    }
  }
  try {
    return (win as Window & { consentryConfig?: unknown }).consentryConfig;
  } catch (e) {
    // A throwing getter must not stop start-up: without Consentry nothing would gate the tags.
    report('window.consentryConfig', `could not be read (${e instanceof Error ? e.message : 'it threw'}); set it to a plain object`);
    return undefined;
  }
}
