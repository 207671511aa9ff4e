import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Banner, type BannerProps } from '../../../src/ui/banner';
import { enGB } from '../../../src/ui/text-en-gb';
import { pack as frPack } from '../../../src/ui/lang/fr';
const fr = frPack.text;

const props = (over: Partial<BannerProps> = {}): BannerProps => ({
  text: enGB,
  lang: 'en-GB',
  policyUrl: 'https://shop.example/cookies',
  signal: false,
  modal: false,
  onAccept: vi.fn(),
  onReject: vi.fn(),
  onManage: vi.fn(),
  ...over,
});

afterEach(cleanup);

describe('Banner', () => {
  it('is a labelled, non-modal dialog', () => {
    render(<Banner {...props()} />);
    const dialog = screen.getByRole('dialog', { name: 'Cookies on this site' });
    expect(dialog.getAttribute('aria-modal')).toBeNull();
  });

  it('offers "Accept all", "Reject all" and "Manage preferences", in that order', () => {
    render(<Banner {...props()} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
  });

  it('gives every button the same look, so rejecting is as prominent as accepting', () => {
    render(<Banner {...props()} />);
    const classes = screen.getAllByRole('button').map((b) => b.className);
    expect(new Set(classes).size).toBe(1);
  });

  it('calls back for each button, passing the opener to "Manage preferences"', () => {
    const p = props();
    render(<Banner {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    const manage = screen.getByRole('button', { name: 'Manage preferences' });
    fireEvent.click(manage);
    expect(p.onAccept).toHaveBeenCalledOnce();
    expect(p.onReject).toHaveBeenCalledOnce();
    expect(p.onManage).toHaveBeenCalledWith(manage);
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
    render(<Banner {...props({ text: fr, lang: 'fr' })} />);
    const dialog = screen.getByRole('dialog', { name: 'Cookies sur ce site' });
    expect(dialog.getAttribute('lang')).toBe('fr');
    expect(screen.getByRole('button', { name: 'Tout refuser' })).toBeTruthy();
  });

  it('renders config text as text, never as markup', () => {
    render(<Banner {...props({ text: { ...enGB, title: '<img src=x onerror=alert(1)>' } })} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('dialog', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
  });
});
