// Where the script-tag build finds its configuration. Sources do not merge: the first found wins,
// so what a site sees in one place is the whole truth.
import { why, type Report } from '../shared/problems';

export const CONFIG_ELEMENT_ID = 'consentry-config';

export function findConfig(doc: Document, win: Window, report: Report): unknown {
  const el = doc.getElementById(CONFIG_ELEMENT_ID);
  if (el) {
    try {
      return JSON.parse(el.textContent ?? '');
    } catch (e) {
      report(`<script id="${CONFIG_ELEMENT_ID}">`, 'bad-json', why(e));
      return undefined;
    }
  }
  try {
    return (win as Window & { consentryConfig?: unknown }).consentryConfig;
  } catch (e) {
    // A throwing getter must not stop start-up: without Consentry nothing would gate the tags.
    report('window.consentryConfig', 'bad-global', why(e));
    return undefined;
  }
}
