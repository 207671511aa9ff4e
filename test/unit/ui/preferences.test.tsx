import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../src/shared/config';
import { categoryViews, choicesFrom, currentDraft, toggle, type Draft } from '../../../src/ui/model';
import { Preferences } from '../../../src/ui/preferences';
import { enGB } from '../../../src/ui/text-en-gb';
import * as frLang from '../../../src/ui/lang/fr';
/** The whole fr wording as the two UI files hold it together. */
const fr = { text: { ...frLang.banner, ...frLang.prefs.text }, catalog: frLang.prefs.catalog };
import { doubleclick, hotjar, mixpanel, youtube } from '../../../vendors';
import { allOff, categories, preferencesProps as props } from './preferences-props';

const dialog = () => screen.getByRole('dialog', { name: 'Cookie preferences' });
const focused = () => document.activeElement;

afterEach(cleanup);

describe('Preferences', () => {
  it('is a modal dialog named "Cookie preferences"', () => {
    render(<Preferences {...props()} />);
    expect(dialog().getAttribute('aria-modal')).toBe('true');
  });

  it('has a switch per category, named by its label', () => {
    render(<Preferences {...props()} />);
    for (const name of ['Necessary', 'Preferences', 'Analytics', 'Marketing']) {
      expect(screen.getByRole('switch', { name })).toBeTruthy();
    }
  });

  it('shows "Necessary" on and disabled', () => {
    render(<Preferences {...props()} />);
    const necessary = screen.getByRole('switch', { name: 'Necessary' }) as HTMLInputElement;
    expect(necessary.checked).toBe(true);
    expect(necessary.disabled).toBe(true);
  });

  it('pre-ticks nothing on a first visit', () => {
    render(<Preferences {...props()} />);
    const optional = screen.getAllByRole('switch').filter((s) => !(s as HTMLInputElement).disabled);
    expect(optional.length).toBe(6);
    expect(optional.every((s) => !(s as HTMLInputElement).checked)).toBe(true);
  });

  it('shows the stored choice on reopening', () => {
    const stored = currentDraft(categories, (id) => id === 'analytics' || id === 'mixpanel');
    render(<Preferences {...props({ draft: stored })} />);
    expect((screen.getByRole('switch', { name: 'Analytics' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('switch', { name: 'Mixpanel' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('switch', { name: 'Hotjar' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('switch', { name: 'Marketing' }) as HTMLInputElement).checked).toBe(false);
  });

  it('lists each vendor under its category with company, purpose, cookies and transfer', () => {
    render(<Preferences {...props()} />);
    const details = screen.getByText('About Mixpanel').closest('details')!;
    expect(within(details).getByText(mixpanel.company)).toBeTruthy();
    expect(within(details).getByText('mp_*')).toBeTruthy();
    expect(within(details).getByText('Data leaves the UK/EEA').nextElementSibling!.textContent).toBe('Yes');
    expect(within(details).getByRole('link', { hidden: true }).getAttribute('href')).toBe('https://mixpanel.com/legal/privacy-policy/');
  });

  it("lists an embed's storage on its own origin with its cookies, saying where it lives", () => {
    render(<Preferences {...props({ categories: categoryViews({ config: DEFAULTS, vendors: () => [youtube] }, enGB) })} />);
    const details = screen.getByText('About YouTube').closest('details')!;
    expect(within(details).getByText('YSC')).toBeTruthy();
    const item = within(details).getByText('ytidb::LAST_RESULT_ENTRY_KEY (localStorage)').closest('li')!;
    expect(item.textContent).toBe("ytidb::LAST_RESULT_ENTRY_KEY (localStorage) (until you clear it): Keeps the player's own records.");
    expect(within(details).getByText('YtIdbMeta (IndexedDB)')).toBeTruthy();
  });

  it("lists an embed's storage on its own origin in the page's language, the store names as they are", () => {
    render(
      <Preferences
        {...props({
          text: fr.text,
          lang: 'fr',
          words: fr.catalog,
          categories: categoryViews({ config: DEFAULTS, vendors: () => [youtube] }, fr.text),
        })}
      />,
    );
    const details = screen.getByText('À propos de YouTube').closest('details')!;
    const item = within(details).getByText('ytidb::LAST_RESULT_ENTRY_KEY (localStorage)').closest('li')!;
    expect(item.textContent).toBe(
      'ytidb::LAST_RESULT_ENTRY_KEY (localStorage) (jusqu’à ce que vous l’effaciez): Conserve les enregistrements propres au lecteur.',
    );
  });

  it('drops a vendor policy link that is not http(s)', () => {
    const hostile = [mixpanel, hotjar, { ...doubleclick, policyUrl: 'javascript:alert(1)' }];
    render(<Preferences {...props({ categories: categoryViews({ config: DEFAULTS, vendors: () => hostile }, enGB) })} />);
    const details = screen.getByText('About DoubleClick').closest('details')!;
    expect(within(details).queryByRole('link', { hidden: true })).toBeNull();
  });

  it('reports switch changes by id', () => {
    const p = props();
    render(<Preferences {...p} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Analytics' }));
    expect(p.onToggle).toHaveBeenCalledWith('analytics', true);
  });

  it('offers "Accept all", "Reject all", "Save preferences" and "Close"', () => {
    const p = props();
    render(<Preferences {...p} />);
    for (const [name, fn] of [
      ['Accept all', p.onAccept],
      ['Reject all', p.onReject],
      ['Save preferences', p.onSave],
      ['Close', p.onClose],
    ] as const) {
      fireEvent.click(screen.getByRole('button', { name }));
      expect(fn).toHaveBeenCalledOnce();
    }
  });

  it('closes on Esc', () => {
    const p = props();
    render(<Preferences {...p} />);
    fireEvent.keyDown(screen.getByRole('switch', { name: 'Analytics' }), { key: 'Escape' });
    expect(p.onClose).toHaveBeenCalledOnce();
  });

  it('moves focus from the last control to the first on Tab', () => {
    render(<Preferences {...props()} />);
    screen.getByRole('button', { name: 'Save preferences' }).focus();
    fireEvent.keyDown(focused()!, { key: 'Tab' });
    expect(focused()).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('keeps focus inside the preferences dialog on Shift+Tab', () => {
    render(<Preferences {...props()} />);
    screen.getByRole('button', { name: 'Close' }).focus();
    fireEvent.keyDown(focused()!, { key: 'Tab', shiftKey: true });
    expect(focused()).toBe(screen.getByRole('button', { name: 'Save preferences' }));
  });

  it('wraps Shift+Tab from the dialog itself to the last control', () => {
    render(<Preferences {...props()} />);
    dialog().focus();
    fireEvent.keyDown(dialog(), { key: 'Tab', shiftKey: true });
    expect(focused()).toBe(screen.getByRole('button', { name: 'Save preferences' }));
  });
});

describe('the switches model', () => {
  it('carries a category switch to its vendors', () => {
    const on = toggle(allOff, categories, 'analytics', true);
    expect([on.analytics, on.mixpanel, on.hotjar, on.doubleclick]).toEqual([true, true, true, false]);
  });

  it('changes only the vendor when a vendor switch moves', () => {
    const d: Draft = toggle(toggle(allOff, categories, 'analytics', true), categories, 'hotjar', false);
    expect([d.analytics, d.mixpanel, d.hotjar]).toEqual([true, true, false]);
  });

  it('saves every optional category and vendor, and never necessary', () => {
    const choices = choicesFrom(toggle(allOff, categories, 'marketing', true), categories);
    expect({ ...choices }).toEqual({
      preferences: false,
      analytics: false,
      mixpanel: false,
      hotjar: false,
      marketing: true,
      doubleclick: true,
    });
  });

  it('treats a site category id of "__proto__" as an ordinary key', () => {
    const odd = categoryViews({ config: { ...DEFAULTS, categories: [{ id: '__proto__', label: 'Odd' }] }, vendors: () => [] }, enGB);
    const d = toggle(
      currentDraft(odd, () => false),
      odd,
      '__proto__',
      true,
    );
    expect(Object.getOwnPropertyDescriptor(d, '__proto__')?.value).toBe(true);
    // biome-ignore lint/suspicious/noProto: the test reads __proto__ to prove the object's prototype was not replaced
    expect(({} as Record<string, unknown>).__proto__).toBe(Object.prototype);
  });
});
