import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerButtons, placeAnswers } from '../../../src/ui/answers';
import { Banner, type BannerProps } from '../../../src/ui/banner';
import { enGB } from '../../../src/ui/text-en-gb';
import { banner as fr } from '../../../src/ui/lang/fr';

const props = (over: Partial<BannerProps> = {}): BannerProps => ({
  text: enGB,
  lang: 'en-GB',
  policyUrl: 'https://shop.example/cookies',
  signal: false,
  modal: false,
  ...over,
});

const handlers = () => ({ accept: vi.fn(), reject: vi.fn(), manage: vi.fn() });

/** The banner with its answers in place, as the UI shows it where there is no shadow DOM. */
function renderBanner(over: Partial<BannerProps> = {}, on = handlers()) {
  const p = props(over);
  const { container } = render(<Banner {...p} />);
  placeAnswers(container as HTMLElement, answerButtons(document, p.text, p.lang, on));
  return on;
}

afterEach(cleanup);

describe('Banner', () => {
  it('is a labelled, non-modal dialog', () => {
    render(<Banner {...props()} />);
    const dialog = screen.getByRole('dialog', { name: 'Cookies on this site' });
    expect(dialog.getAttribute('aria-modal')).toBeNull();
  });

  it('offers "Accept all", "Reject all" and "Manage preferences", in that order', () => {
    renderBanner();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
  });

  it('gives every button the same look, so rejecting is as prominent as accepting', () => {
    renderBanner();
    const classes = screen.getAllByRole('button').map((b) => b.className);
    expect(new Set(classes).size).toBe(1);
  });

  it('calls back for each button, passing the opener to "Manage preferences"', () => {
    const on = renderBanner();
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    const manage = screen.getByRole('button', { name: 'Manage preferences' });
    fireEvent.click(manage);
    expect(on.accept).toHaveBeenCalledOnce();
    expect(on.reject).toHaveBeenCalledOnce();
    expect(on.manage).toHaveBeenCalledWith(manage);
  });

  it("puts its answers in the page's own DOM, on the shadow host, each assigned to its slot in the banner", () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    render(<Banner {...props()} />, { container: root as unknown as HTMLElement });
    placeAnswers(root, answerButtons(document, enGB, 'en-GB', handlers()));
    const slots = Array.from(root.querySelectorAll('slot'));
    expect(slots.map((slot) => slot.assignedElements().map((b) => b.textContent))).toEqual([
      ['Accept all'],
      ['Reject all'],
      ['Manage preferences'],
    ]);
    expect(Array.from(host.children).map((b) => b.parentNode === host && b.tagName)).toEqual(['BUTTON', 'BUTTON', 'BUTTON']);
    host.remove();
  });

  it("links to the site's cookie policy", () => {
    render(<Banner {...props()} />);
    expect(screen.getByRole('link', { name: 'Cookie policy' }).getAttribute('href')).toBe('https://shop.example/cookies');
  });

  it('shows no policy link when the site has no usable policy URL', () => {
    render(<Banner {...props({ policyUrl: null })} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it("says the browser's privacy signal is respected when one is present", () => {
    render(<Banner {...props({ signal: true })} />);
    expect(screen.getByText("Your browser's privacy signal is respected.")).toBeTruthy();
  });

  it('becomes a modal dialog with layout "modal"', () => {
    render(<Banner {...props({ modal: true })} />);
    expect(screen.getByRole('dialog').getAttribute('aria-modal')).toBe('true');
  });

  it('speaks the language of its table', () => {
    renderBanner({ text: fr, lang: 'fr' });
    const dialog = screen.getByRole('dialog', { name: 'Cookies sur ce site' });
    expect(dialog.getAttribute('lang')).toBe('fr');
    // Slotted from the page, whose own language may differ, the buttons declare the UI's.
    expect(screen.getByRole('button', { name: 'Tout refuser' }).getAttribute('lang')).toBe('fr');
  });

  it('renders config text as text, never as markup', () => {
    render(<Banner {...props({ text: { ...enGB, title: '<img src=x onerror=alert(1)>' } })} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('dialog', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
  });
});
