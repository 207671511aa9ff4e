// The banner and the preferences dialog for a keyboard and screen-reader shopper, as one
// specification for every engine: axe-core finds no WCAG 2.2 A/AA violations, and Tab, Shift+Tab,
// Space, Enter and Esc (real key presses through each driver) do it all.
import axe from 'axe-core';
import { describe, expect } from 'vitest';
import type { EnginePage, Key } from '../engines/engine';
import { uiShopPage } from '../ui-support';
import type { Stage } from './stage';

/** The UI's shadow root, where the banner and the dialog live. */
const ROOT = "document.querySelector('[data-consentry-ui]') && document.querySelector('[data-consentry-ui]').shadowRoot";
/** Whether the dialog is there and rendered (a hidden one keeps no boxes). */
const shown = (id: 'cy-title' | 'cy-prefs') =>
  `(function (r) { var d = r && r.querySelector('[role=dialog][aria-labelledby=${id}]'); return !!d && d.getClientRects().length > 0; })(${ROOT})`;

interface Focused {
  name: string;
  inDialog: string | null;
}
/** The focused element, looking through open shadow roots: its accessible-ish name and dialog. */
const focused = (page: EnginePage) =>
  page.evaluate(`(function () {
    var el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    // The dialog it shows in, up the flat tree: the banner's answers are slotted in from the page.
    var dialog = null;
    for (var n = el; n && !dialog; n = n.assignedSlot || n.parentNode || n.host) if (n.getAttribute && n.getAttribute('role') === 'dialog') dialog = n;
    var name = (el && (el.getAttribute('aria-label') || ((el.closest('label') || el).textContent || '').trim())) || '';
    return { name: name, inDialog: dialog ? dialog.getAttribute('aria-labelledby') || '' : null };
  })()`) as Promise<Focused>;

/** Presses Tab (or Shift+Tab) until the control named `name` has focus; fails if it never does. */
async function tabTo(page: EnginePage, name: string, key: Key = 'Tab', limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.press(key);
    if ((await focused(page)).name === name) return;
  }
  throw new Error(`"${name}" never got focus after ${limit} presses of ${key}`);
}

const allowed = (page: EnginePage, ids: string[]) =>
  page.evaluate(`${JSON.stringify(ids)}.map(function (id) { return window.Consentry.isAllowed(id); })`);

async function violations(page: EnginePage): Promise<string[]> {
  // Not every driver can ask for reduced motion (WebKit's cannot): axe measures contrast on what
  // is painted, so let the banner's fade-in end first, or it blends text into the page mid-fade.
  // document.getAnimations() leaves out shadow trees (Chromium shows it), so ask the UI's roots too.
  await page.evaluate(`Promise.all([document].concat(Array.prototype.slice.call(document.querySelectorAll('[data-consentry-ui]')).map(function (h) {
      return h.shadowRoot;
    }).filter(Boolean)).reduce(function (all, root) { return all.concat(root.getAnimations()); }, []).filter(function (a) {
      return a.effect && a.effect.getComputedTiming().endTime !== Infinity;
    }).map(function (a) { return a.finished.catch(function () {}); })).then(function () { return true; })`);
  await page.evaluate(
    `(function (source) { var s = document.createElement('script'); s.textContent = source; document.head.append(s); return true; })(${JSON.stringify(axe.source)})`,
  );
  return (await page.evaluate(`window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] }
    }).then(function (result) {
      // A target that is an array of selectors is a node inside a shadow root: ours were checked.
      var inShadow = result.passes.reduce(function (n, r) { return n + r.nodes.filter(function (x) { return Array.isArray(x.target[0]); }).length; }, 0);
      if (inShadow === 0) return ['axe checked nothing inside the shadow root'];
      return result.violations.map(function (v) { return v.id + ': ' + v.nodes.map(function (n) { return JSON.stringify(n.target); }).join(', '); });
    })`)) as string[];
}

/** Registers the banner's keyboard and axe-core scenarios on `stage`. */
export function banner(stage: Stage): void {
  stage.page('/ui.html', uiShopPage());

  /** A first visit with the banner shown. */
  const open = async () => {
    const page = await stage.open('/ui.html');
    await expect.poll(() => page.evaluate(shown('cy-title')), { timeout: 10_000 }).toBe(true);
    return page;
  };
  const openPreferences = async (page: EnginePage) => {
    await tabTo(page, 'Manage preferences');
    await page.press('Enter');
    await expect.poll(() => page.evaluate(shown('cy-prefs')), { timeout: 10_000 }).toBe(true);
  };

  describe('the banner, by keyboard only', () => {
    stage.scenario('puts the banner first in the tab order', async () => {
      const page = await open();
      await page.press('Tab');
      expect((await focused(page)).inDialog).toBe('cy-title');
    });

    stage.scenario('accepts all with Tab and Enter', async () => {
      const page = await open();
      await tabTo(page, 'Accept all');
      await page.press('Enter');
      expect(await allowed(page, ['analytics', 'marketing', 'preferences'])).toEqual([true, true, true]);
      await expect.poll(() => page.evaluate(shown('cy-title'))).toBe(false);
    });

    stage.scenario('rejects all with Tab and Space', async () => {
      const page = await open();
      await tabTo(page, 'Reject all');
      await page.press('Space');
      expect(await page.evaluate('window.Consentry.getConsent() && window.Consentry.getConsent().categories.analytics.granted')).toBe(
        false,
      );
      expect(await allowed(page, ['analytics', 'marketing', 'preferences'])).toEqual([false, false, false]);
    });

    stage.scenario('saves a custom choice with Tab, Shift+Tab, Space and Enter', async () => {
      const page = await open();
      await openPreferences(page);
      await tabTo(page, 'Analytics');
      await page.press('Space');
      await tabTo(page, 'Hotjar');
      await page.press('Space');
      await tabTo(page, 'Analytics', 'Shift+Tab');
      await tabTo(page, 'Save preferences');
      await page.press('Enter');
      expect(await allowed(page, ['analytics', 'mixpanel', 'hotjar', 'marketing'])).toEqual([true, true, false, false]);
    });

    stage.scenario('moves focus into the preferences dialog and keeps it there on Tab and Shift+Tab', async () => {
      const page = await open();
      await openPreferences(page);
      const seen = new Set<string>();
      for (const key of ['Tab', 'Shift+Tab'] as const)
        for (let i = 0; i < 15; i++) {
          const f = await focused(page);
          expect(f.inDialog, `after ${i} presses of ${key}`).toBe('cy-prefs');
          seen.add(f.name);
          await page.press(key);
        }
      expect(seen.has('Close') && seen.has('Save preferences')).toBe(true);
    });

    stage.scenario('closes the preferences on Esc and returns focus to "Manage preferences"', async () => {
      const page = await open();
      await openPreferences(page);
      await page.press('Escape');
      await expect.poll(() => page.evaluate(shown('cy-prefs'))).toBe(false);
      expect(await focused(page)).toEqual({ name: 'Manage preferences', inDialog: 'cy-title' });
    });
  });

  describe('the banner under axe-core (WCAG 2.2 A and AA)', () => {
    stage.scenario('finds no violations with the banner shown', async () => {
      expect(await violations(await open())).toEqual([]);
    });

    stage.scenario('finds no violations with the preferences dialog open', async () => {
      const page = await open();
      await openPreferences(page);
      expect(await violations(page)).toEqual([]);
    });
  });
}
